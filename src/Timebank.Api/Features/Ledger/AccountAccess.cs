using Microsoft.EntityFrameworkCore;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Ledger;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Ledger;

/// <summary>Which organisation runs each ledger, and how (today: timebanks; services add theirs).</summary>
public sealed record LedgerOwner(Id<Domain.Ledger.Ledger> LedgerId, Id<Organisation> OrganisationId, LedgerPurpose Purpose);

public sealed class LedgerOwnerLoader(IDbContextFactory<TimebankDbContext> databases) : BatchLoader<Id<Domain.Ledger.Ledger>, LedgerOwner>
{
    protected override async Task<IReadOnlyDictionary<Id<Domain.Ledger.Ledger>, LedgerOwner>> FetchAsync(
        IReadOnlyList<Id<Domain.Ledger.Ledger>> keys, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Set<Domain.Ledger.Ledger>().AsNoTracking().Where(l => keys.Contains(l.Id))
            .ToDictionaryAsync(l => l.Id, l => new LedgerOwner(l.Id, l.OrganisationId, l.Purpose), cancellationToken);
    }
}

/// <summary>
/// Who may read an account and its statement. A member reads their own hours account; the pool is open to every
/// active member of its timebank; a coordinator reads every account of their timebank. Nobody reads another
/// organisation's accounts.
/// </summary>
public sealed class AccountAccess(Viewer viewer, LedgerOwnerLoader owners)
{
    public async Task<bool> CanReadAsync(Account account, CancellationToken cancellationToken = default)
    {
        if (await viewer.TryGetIdAsync() is not { } me)
            return false;
        var owner = await owners.LoadAsync(account.LedgerId, cancellationToken);
        if (owner is null || await viewer.MembershipInAsync(owner.OrganisationId) is not { IsActive: true } membership)
            return false;
        return account.Kind switch
        {
            AccountKind.MemberHours => account.OwnerId == me.Value || membership.Has(Roles.Coordinator),
            AccountKind.TimebankPool => true,
            _ => membership.CanAdminister,
        };
    }

    /// <summary>Transfers are seen by whoever may read either side of them.</summary>
    public async Task<bool> CanReadAsync(Transfer transfer, ByIdLoader<Account> accounts, CancellationToken cancellationToken = default)
    {
        foreach (var side in new[] { transfer.DebitAccountId, transfer.CreditAccountId })
        {
            if (await accounts.LoadAsync(side, cancellationToken) is { } account && await CanReadAsync(account, cancellationToken))
                return true;
        }
        return false;
    }
}
