using Microsoft.EntityFrameworkCore;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Ledger;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Ledger;

/// <summary>
/// Ledger operations on what a ledger already holds, allowed to whoever holds the role its purpose says administers
/// it: set an account's limits. Something the asker may not see is not found, whatever they may do elsewhere.
/// </summary>
public sealed class LedgerAdministration(
    IDbContextFactory<TimebankDbContext> databases, Viewer viewer, LedgerOwnerLoader owners, LedgerPurposes purposes, ILedgerWriter writer)
{
    /// <summary>The ledger's owner and the asker's membership there, once they are known to administer it.</summary>
    public async Task<(LedgerOwner Owner, Membership Administrator)> RequireAdministratorAsync(
        Id<Domain.Ledger.Ledger>? ledger, NotFound notFound, string forWhat, CancellationToken cancellationToken)
    {
        var owner = ledger is { } id ? await owners.LoadAsync(id, cancellationToken) : null;
        if (owner is null || !await viewer.IsActiveMemberOfAsync(owner.OrganisationId))
            throw new DomainException(notFound);
        return (owner, await viewer.RequireRoleAsync(owner.OrganisationId, purposes.Of(owner.Purpose).Administrators, forWhat));
    }

    /// <summary>Sets an account's hard and soft limits (e.g. a floor of -10 hours); refused if its balance lies outside them.</summary>
    public async Task<AccountChanged> SetBalanceLimitsAsync(SetBalanceLimitsInput input, CancellationToken cancellationToken)
    {
        await viewer.RequireIdAsync();
        var accountId = GlobalId.Parse<Account>(input.AccountId, "Account", "accountId");
        var limits = new BalanceLimits(input.Floor, input.Ceiling, input.WarnBelow, input.WarnAbove).Validated();
        Id<Domain.Ledger.Ledger>? ledger;
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
            ledger = await db.Set<Account>().Where(a => a.Id == accountId).Select(a => (Id<Domain.Ledger.Ledger>?)a.LedgerId).FirstOrDefaultAsync(cancellationToken);
        await RequireAdministratorAsync(ledger, new NotFound("account", input.AccountId), "set balance limits", cancellationToken);
        return await writer.SubmitAsync(new LedgerCommand<AccountChanged>(new LedgerNeeds([accountId]), (book, _, _) =>
        {
            book.SetLimits(accountId, limits);
            return new AccountChanged(accountId);
        }), idempotency: null, cancellationToken);
    }
}

public sealed record AccountChanged(Id<Account> AccountId);

public sealed record SetBalanceLimitsInput(string AccountId, long? Floor, long? Ceiling, long? WarnBelow, long? WarnAbove);
