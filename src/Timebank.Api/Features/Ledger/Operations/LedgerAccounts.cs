using Microsoft.EntityFrameworkCore;
using Timebank.Api.Platform.Caching;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Ledger;

/// <summary>
/// Opens the missing accounts of a ledger, inside the transaction that writes them (so what it reads, such as default
/// limits another API process may have changed, is current). It may refuse (e.g. an owner who may not have one).
/// </summary>
public delegate Task<IReadOnlyList<Account>> AccountOpening(TimebankDbContext db, Domain.Ledger.Ledger ledger, IReadOnlyList<Guid> missing, CancellationToken cancellationToken);

/// <summary>
/// Each owner's account of a kind in a ledger, found or opened the first time it is needed. An account, once opened,
/// is its owner's for good, so its id is cached without expiry; opens racing another request take the winner's.
/// </summary>
public sealed class LedgerAccounts(IDbContextFactory<TimebankDbContext> databases, LookupCache cache)
{
    public Task<Id<Account>> OfAsync(Id<Domain.Ledger.Ledger> ledger, AccountKind kind, Guid owner, AccountOpening open, CancellationToken cancellationToken)
        => cache.GetOrLoadAsync(Key(ledger, kind, owner), lifetime: null,
            async () => (await FindOrOpenAsync(ledger, kind, [owner], open, cancellationToken))[owner]);

    /// <summary>Many owners' accounts at once (an import names thousands): found in one query, the missing opened in one write.</summary>
    public async Task<IReadOnlyDictionary<Guid, Id<Account>>> OfManyAsync(
        Id<Domain.Ledger.Ledger> ledger, AccountKind kind, IReadOnlyCollection<Guid> owners, AccountOpening open, CancellationToken cancellationToken)
    {
        var accounts = await FindOrOpenAsync(ledger, kind, owners, open, cancellationToken);
        foreach (var (owner, account) in accounts)
            cache.Set(Key(ledger, kind, owner), account, lifetime: null);
        return accounts;
    }

    private static (string, Id<Domain.Ledger.Ledger>, AccountKind, Guid) Key(Id<Domain.Ledger.Ledger> ledger, AccountKind kind, Guid owner) => ("account", ledger, kind, owner);

    private async Task<Dictionary<Guid, Id<Account>>> FindOrOpenAsync(
        Id<Domain.Ledger.Ledger> ledger, AccountKind kind, IReadOnlyCollection<Guid> owners, AccountOpening open, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var accounts = await FindAsync(db, ledger, kind, owners, cancellationToken);
        var missing = owners.Where(o => !accounts.ContainsKey(o)).Distinct().ToList();
        if (missing.Count == 0)
            return accounts;
        var ledgerRow = await db.Set<Domain.Ledger.Ledger>().AsNoTracking().SingleAsync(l => l.Id == ledger, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var opened = await open(db, ledgerRow, missing, cancellationToken);
        db.AddRange(opened);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            foreach (var account in opened)
                accounts[account.OwnerId] = account.Id;
            return accounts;
        }
        catch (DbUpdateException)
        {
            // Someone opened one of them meanwhile: theirs is the owner's account.
            await transaction.RollbackAsync(cancellationToken);
            await using var again = await databases.CreateDbContextAsync(cancellationToken);
            var found = await FindAsync(again, ledger, kind, owners, cancellationToken);
            return missing.All(found.ContainsKey) ? found : throw new InvalidOperationException("account vanished");
        }
    }

    private static async Task<Dictionary<Guid, Id<Account>>> FindAsync(
        TimebankDbContext db, Id<Domain.Ledger.Ledger> ledger, AccountKind kind, IReadOnlyCollection<Guid> owners, CancellationToken cancellationToken)
    {
        var distinct = owners.Distinct().ToList();
        var found = await db.Set<Account>().Where(a => a.LedgerId == ledger && a.Kind == kind && distinct.Contains(a.OwnerId))
            .Select(a => new { a.OwnerId, a.Id }).ToListAsync(cancellationToken);
        return found.ToDictionary(a => a.OwnerId, a => a.Id);
    }
}
