using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Directory.Entries;
using Timebank.Api.Platform.Persistence;

namespace Timebank.Api.Features.Directory.Search;

/// <summary>Runs directory searches on the configured store: a page of matching records, and their count.</summary>
public sealed class DirectorySearch(IDbContextFactory<TimebankDbContext> databases)
{
    public async Task<IReadOnlyList<LocalSupportRecord>> PageAsync(DirectoryFilter filter, int offset, int limit, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await using var parameters = db.Database.GetDbConnection().CreateCommand();
        var (sql, values) = DirectoryQuerySql.Page(db.Store, parameters.CreateParameter, filter, offset, limit);
        return await db.Set<LocalSupportRecord>().FromSqlRaw(sql, values).AsNoTracking().ToListAsync(cancellationToken);
    }

    public async Task<int> CountAsync(DirectoryFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await using var parameters = db.Database.GetDbConnection().CreateCommand();
        var (sql, values) = DirectoryQuerySql.Count(db.Store, parameters.CreateParameter, filter);
        return (int)(await db.Database.SqlQueryRaw<long>(sql, values).ToListAsync(cancellationToken)).Single();
    }
}
