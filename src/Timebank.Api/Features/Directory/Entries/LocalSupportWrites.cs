using Microsoft.EntityFrameworkCore;
using Timebank.Api.Platform.Persistence;

namespace Timebank.Api.Features.Directory.Entries;

/// <summary>Search rows are replaced whole when an entry changes: the old ones go first, in the caller's transaction.</summary>
public static class LocalSupportWrites
{
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
