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
        // Coordinators see them all. A member's own list is those they receive in and those they give in (never both:
        // giver and receiver differ), each read from its (member, timebank, id) index; one "everyone OR giver OR
        // receiver" filter, which no index serves, scanned the whole timebank's exchanges for every member's page.
        var page = await context.PageByIdAsync(db =>
        {
            var exchanges = everyone
                ? db.Set<Exchange>().Where(e => e.OrganisationId == organisation)
                : db.Set<Exchange>().Where(e => e.CreditedMemberId == self && e.OrganisationId == organisation)
                    .Concat(db.Set<Exchange>().Where(e => e.DebitedMemberId == self && e.OrganisationId == organisation));
            return awaiting ? exchanges.Where(e => db.Set<OpenHold>().Any(h => h.TransferId == e.TransferId)) : exchanges;
        }, e => e.Id);
        return page;
    }
}
