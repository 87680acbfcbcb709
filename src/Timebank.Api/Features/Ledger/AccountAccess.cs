using Microsoft.EntityFrameworkCore;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.Caching;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Ledger;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Ledger;

/// <summary>Which organisation runs each ledger, and how (today: timebanks; services add theirs).</summary>
public sealed record LedgerOwner(Id<Domain.Ledger.Ledger> LedgerId, Id<Organisation> OrganisationId, LedgerPurpose Purpose);

/// <summary>A ledger's owner never changes, so it is cached for good after the first look.</summary>
public sealed class LedgerOwnerLoader(IDbContextFactory<TimebankDbContext> databases, LookupCache cache) : BatchLoader<Id<Domain.Ledger.Ledger>, LedgerOwner>
{
    protected override async Task<IReadOnlyDictionary<Id<Domain.Ledger.Ledger>, LedgerOwner>> FetchAsync(
        IReadOnlyList<Id<Domain.Ledger.Ledger>> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<Id<Domain.Ledger.Ledger>, LedgerOwner>();
        var missing = new List<Id<Domain.Ledger.Ledger>>();
        foreach (var key in keys)
        {
            if (cache.TryGet<LedgerOwner>(("ledger-owner", key), out var known))
                found[key] = known!;
            else
                missing.Add(key);
        }
        if (missing.Count > 0)
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            foreach (var owner in await db.Set<Domain.Ledger.Ledger>().AsNoTracking().Where(l => missing.Contains(l.Id))
                .Select(l => new LedgerOwner(l.Id, l.OrganisationId, l.Purpose)).ToListAsync(cancellationToken))
            {
                cache.Set(("ledger-owner", owner.LedgerId), owner, lifetime: null);
                found[owner.LedgerId] = owner;
            }
        }
        return found;
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
