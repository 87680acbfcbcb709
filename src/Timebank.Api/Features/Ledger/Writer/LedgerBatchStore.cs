using Microsoft.EntityFrameworkCore;
using Npgsql;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Ledger;

/// <summary>
/// What one ledger batch reads from the store before it runs, and how it writes what it did, inside the writer's
/// transaction. On PostgreSQL, where other API processes write the same tables, what another may be changing is
/// locked before it is trusted: the holds being resolved, then the accounts, in id order (so two writers never wait
/// on each other in a circle); what those locks guard is read after them.
/// </summary>
internal static class LedgerBatchStore
{
    /// <summary>The stored outcomes of these keys (request hash and outcome), by (scope, key).</summary>
    public static async Task<Dictionary<(Guid, string), (string RequestHash, string Outcome)>> ExistingRecordsAsync(
        TimebankDbContext db, IEnumerable<IdempotentRequest> requests, CancellationToken cancellationToken)
    {
        var keys = requests.Select(r => (r.Scope, r.Key.Value)).Distinct().Select(k => new object[] { k.Scope, k.Value }).ToList();
        var stored = await BulkWriter.FindAsync<IdempotencyRecord, (Guid Scope, string Key, string RequestHash, string Outcome)>(db, keys, StoredOutcome,
            row => (row.GetGuid(0), row.GetString(1), row.GetString(2), row.GetString(3)), cancellationToken);
        return stored.ToDictionary(r => (r.Scope, r.Key), r => (r.RequestHash, r.Outcome));
    }

    private static readonly string[] StoredOutcome =
        [nameof(IdempotencyRecord.Scope), nameof(IdempotencyRecord.Key), nameof(IdempotencyRecord.RequestHash), nameof(IdempotencyRecord.Outcome)];

    /// <summary>The book for a batch, over copies of the known committed accounts and the rest loaded (and locked) from the store.</summary>
    public static async Task<(LedgerBook Book, List<Account> Accounts)> LoadBookAsync(
        TimebankDbContext db, IReadOnlyCollection<LedgerNeeds> needs, CommittedAccounts? committed, CancellationToken cancellationToken)
    {
        var holdIds = needs.SelectMany(n => n.Holds ?? []).Distinct().Order().ToList();
        var reversalIds = needs.SelectMany(n => n.Reversals ?? []).Distinct().ToList();

        // A hold another writer is resolving is waited for; it is then no longer open, and its resolution is read next.
        var openHolds = holdIds.Count == 0 ? [] : await OpenHoldsAsync(db, holdIds, cancellationToken);
        var resolved = await TransferLookups.ResolutionsAsync(db, holdIds, cancellationToken);
        var originals = reversalIds.Count == 0 ? [] : await db.Set<Transfer>().AsNoTracking().Where(t => reversalIds.Contains(t.Id)).ToListAsync(cancellationToken);

        var accountIds = needs.SelectMany(n => n.Accounts)
            .Concat(openHolds.SelectMany(h => new[] { h.DebitAccountId, h.CreditAccountId }))
            .Concat(originals.SelectMany(t => new[] { t.DebitAccountId, t.CreditAccountId }))
            .Distinct()
            .Order()
            .ToList();
        var accounts = new List<Account>(accountIds.Count);
        var missing = new List<Id<Account>>();
        foreach (var id in accountIds)
        {
            if (committed is not null && committed.TryGet(id, out var known))
                accounts.Add(known!.Copy());
            else
                missing.Add(id);
        }
        accounts.AddRange(await LockAccountsAsync(db, missing, cancellationToken));

        // After the original's accounts are locked: a reversal another writer committed meanwhile is seen.
        var reversed = await TransferLookups.ReversedAsync(db, reversalIds, cancellationToken);
        return (new LedgerBook(accounts, openHolds, resolved.ToDictionary(r => r.Hold, r => r.Kind), originals, reversed), accounts);
    }

    /// <summary>On PostgreSQL the rows are locked in id order; SQLite already holds its write lock.</summary>
    private static async Task<List<OpenHold>> OpenHoldsAsync(TimebankDbContext db, List<Id<Transfer>> ids, CancellationToken cancellationToken)
    {
        if (!LocksRows(db))
            return await db.Set<OpenHold>().AsNoTracking().Where(h => ids.Contains(h.TransferId)).ToListAsync(cancellationToken);
        var parameter = new NpgsqlParameter("ids", ids.Select(id => id.Value).ToArray());
        return await db.Set<OpenHold>().FromSqlRaw("SELECT * FROM open_holds WHERE transfer_id = ANY(@ids) ORDER BY transfer_id FOR UPDATE", parameter)
            .AsNoTracking().ToListAsync(cancellationToken);
    }

    private static async Task<List<Account>> LockAccountsAsync(TimebankDbContext db, List<Id<Account>> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
            return [];
        if (!LocksRows(db))
            return await db.Set<Account>().AsNoTracking().Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken);
        var parameter = new NpgsqlParameter("ids", ids.Select(id => id.Value).ToArray());
        return await db.Set<Account>().FromSqlRaw("SELECT * FROM accounts WHERE id = ANY(@ids) ORDER BY id FOR UPDATE", parameter)
            .AsNoTracking().ToListAsync(cancellationToken);
    }

    private static bool LocksRows(TimebankDbContext db) => db.Store == StoreKind.Postgres && db.Database.CurrentTransaction is not null;

    /// <summary>
    /// Writes what the batch did in a handful of set-based commands: the journal first (everything else points at
    /// it), then statement lines, holds, the features' rows and the idempotency records, then the new running totals.
    /// </summary>
    /// <summary>Writes the batch; returns what it wrote and for whom, for the write seam, when <paramref name="report"/> is given.</summary>
    internal static async Task<IReadOnlyList<Write>> PersistAsync(TimebankDbContext db, LedgerBook book, List<object> rows, List<IdempotencyRecord> records, BatchActors? report, CancellationToken cancellationToken)
    {
        // A hold opened and resolved in the same batch never reaches the table; one loaded from it is deleted.
        var opened = book.HoldsOpened.ToHashSet();
        var closed = book.HoldsClosed.ToHashSet();
        await BulkWriter.InsertAsync(db, book.NewTransfers, cancellationToken);
        await BulkWriter.InsertAsync(db, [.. book.NewEntries, .. opened.Where(h => !closed.Contains(h)), .. rows, .. records], cancellationToken);
        await BulkWriter.DeleteAsync(db, closed.Where(h => !opened.Contains(h)).ToList(), cancellationToken);
        await BulkWriter.UpdateAsync(db, book.ChangedAccounts.ToList(), AccountTotals, cancellationToken);
        if (report is null)
            return [];
        return
        [
            .. book.NewTransfers.Select(t => new Write(t, WriteKind.Added, report.Of(t))),
            .. book.NewEntries.Select(e => new Write(e, WriteKind.Added, report.Of(e))),
            .. opened.Where(h => !closed.Contains(h)).Select(h => new Write(h, WriteKind.Added, report.Of(h))),
            .. closed.Where(h => !opened.Contains(h)).Select(h => new Write(h, WriteKind.Deleted, report.Of(h))),
            .. rows.Select(r => new Write(r, WriteKind.Added, report.Of(r))),
            .. records.Select(r => new Write(r, WriteKind.Added, report.Of(r))),
            .. book.ChangedAccounts.Select(a => new Write(a, WriteKind.Modified)),
        ];
    }

    private static readonly string[] AccountTotals =
    [
        nameof(Account.Posted), nameof(Account.PendingDebits), nameof(Account.PendingCredits), nameof(Account.EntryCount),
        nameof(Account.Floor), nameof(Account.Ceiling), nameof(Account.WarnBelow), nameof(Account.WarnAbove),
    ];
}
