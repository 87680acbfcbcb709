using Microsoft.EntityFrameworkCore;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Directory;

namespace Timebank.Api.Features.Directory.Entries;

/// <summary>Writes of many entries at once, in the caller's transaction.</summary>
public static class LocalSupportWrites
{
    /// <summary>
    /// Inserts new entries with their search rows and new taxonomy terms set-based. Numbers are given here, after the
    /// highest in use; on PostgreSQL the table is locked against other inserts until commit and the identity moved past them.
    /// </summary>
    public static async Task InsertAsync(TimebankDbContext db, IReadOnlyList<TaxonomyTerm> terms, IReadOnlyList<LocalSupportRecord> records, CancellationToken cancellationToken)
    {
        if (db.Store == StoreKind.Postgres)
            await db.Database.ExecuteSqlRawAsync("LOCK TABLE local_supports IN SHARE ROW EXCLUSIVE MODE", cancellationToken);
        var next = (await db.Set<LocalSupportRecord>().MaxAsync(r => (long?)r.Number, cancellationToken) ?? 0) + 1;
        foreach (var record in records)
        {
            record.Number = next++;
            foreach (var row in record.Terms)
                row.Number = record.Number;
            foreach (var row in record.Areas)
                row.Number = record.Number;
            foreach (var row in record.Places)
                row.Number = record.Number;
            foreach (var row in record.Hours)
                row.Number = record.Number;
        }
        await BulkWriter.InsertAsync(db,
            [.. terms, .. records, .. records.SelectMany(r => r.Terms), .. records.SelectMany(r => r.Areas), .. records.SelectMany(r => r.Places), .. records.SelectMany(r => r.Hours)],
            cancellationToken);
        if (db.Store == StoreKind.Postgres && records.Count > 0)
            await db.Database.ExecuteSqlRawAsync("SELECT setval(pg_get_serial_sequence('local_supports', 'number'), (SELECT MAX(number) FROM local_supports))", cancellationToken);
    }

    /// <summary>Search rows are replaced whole when an entry changes: the old ones go first.</summary>
    public static async Task ClearSearchRowsAsync(TimebankDbContext db, IReadOnlyCollection<long> numbers, CancellationToken cancellationToken)
    {
        if (numbers.Count == 0)
            return;
        await db.Set<LocalSupportTerm>().Where(t => numbers.Contains(t.Number)).ExecuteDeleteAsync(cancellationToken);
        await db.Set<LocalSupportArea>().Where(a => numbers.Contains(a.Number)).ExecuteDeleteAsync(cancellationToken);
        await db.Set<LocalSupportPlace>().Where(p => numbers.Contains(p.Number)).ExecuteDeleteAsync(cancellationToken);
        await db.Set<LocalSupportHours>().Where(h => numbers.Contains(h.Number)).ExecuteDeleteAsync(cancellationToken);
    }
}
