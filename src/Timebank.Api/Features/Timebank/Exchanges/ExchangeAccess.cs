using NodaTime;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

/// <summary>An exchange is seen by its giver and receiver (and whoever recorded it) and by the timebank's coordinators.</summary>
public sealed class ExchangeAccess(Viewer viewer)
{
    public async Task<bool> CanReadAsync(Exchange exchange)
    {
        if (await viewer.TryGetIdAsync() is not { } me || await viewer.MembershipInAsync(exchange.OrganisationId) is not { IsActive: true } membership)
            return false;
        return membership.Has(Roles.Coordinator) || exchange.CreditedMemberId == me || exchange.DebitedMemberId == me || exchange.RecordedBy == me;
    }
}
