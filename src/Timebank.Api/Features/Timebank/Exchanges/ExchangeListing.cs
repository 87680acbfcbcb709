using GraphQL;
using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Features.Members;
using Timebank.Api.Features.Organisations;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Domain.Ledger;
using Timebank.Domain.Organisations;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

public static class ExchangeListing
{
    public static async Task<Connection> PageAsync(IResolveFieldContext context, TimebankSettings timebank)
    {
        var viewer = context.Service<Viewer>();
        var me = await viewer.TryGetIdAsync();
        var membership = await viewer.MembershipInAsync(timebank.OrganisationId);
        if (me is null || membership is not { IsActive: true })
            return Platform.GraphQL.Relay.Connection.Empty;
        var everyone = membership.Has(Roles.Coordinator);
        var awaiting = context.GetArgument<bool?>("awaitingConfirmation") == true;
        var organisation = timebank.OrganisationId;
        var self = me.Value;
        // A member records only exchanges they give or receive in, so their own list is found by giver and receiver
        // alone (each indexed); coordinators see them all.
        var page = await context.PageByIdAsync(db => db.Set<Exchange>().Where(e => e.OrganisationId == organisation
            && (everyone || e.CreditedMemberId == self || e.DebitedMemberId == self)
            && (!awaiting || db.Set<OpenHold>().Any(h => h.TransferId == e.TransferId))), e => e.Id);
        return page;
    }
}
