using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Timebank.Api.Platform.Persistence;

namespace Timebank.Api.Features.Ledger;

/// <summary>How a batch keeps every other writer out between what it reads and what it writes.</summary>
public interface ILedgerLocking
{
    /// <summary>Whether batches may share SQLite's one writer connection and the account states it keeps between them.</summary>
    bool SharesSqliteWriter { get; }

    /// <summary>The batch's transaction, or null to run without one.</summary>
    Task<IDbContextTransaction?> BeginAsync(TimebankDbContext db, CancellationToken cancellationToken);
}

/// <summary>
/// SQLite: BEGIN IMMEDIATE takes the write lock up front, so what the batch reads cannot go stale before it writes.
/// PostgreSQL: a transaction in which the batch store locks holds, then accounts, FOR UPDATE in id order.
/// </summary>
public sealed class WriteLocking : ILedgerLocking
{
    public bool SharesSqliteWriter => true;

    public async Task<IDbContextTransaction?> BeginAsync(TimebankDbContext db, CancellationToken cancellationToken)
    {
        if (db.Store != StoreKind.Sqlite)
            return await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var sqlite = (SqliteConnection)db.Database.GetDbConnection();
        return await db.Database.UseTransactionAsync(sqlite.BeginTransaction(deferred: false), cancellationToken)
            ?? throw new InvalidOperationException("no transaction");
    }
}
