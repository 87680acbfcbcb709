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
        var begun = sqlite.BeginTransaction(deferred: false);
        var used = await db.Database.UseTransactionAsync(begun, cancellationToken) ?? throw new InvalidOperationException("no transaction");
        return new OwnedTransaction(used, begun);
    }

    /// <summary>
    /// EF does not own a transaction it was handed, so disposing its wrapper would leave SQLite's open on the writer's
    /// kept connection after a failed batch, and every later BEGIN would fail: this one rolls it back and ends it too.
    /// </summary>
    private sealed class OwnedTransaction(IDbContextTransaction used, SqliteTransaction begun) : IDbContextTransaction
    {
        public Guid TransactionId => used.TransactionId;

        public void Commit() => used.Commit();

        public Task CommitAsync(CancellationToken cancellationToken = default) => used.CommitAsync(cancellationToken);

        public void Rollback() => used.Rollback();

        public Task RollbackAsync(CancellationToken cancellationToken = default) => used.RollbackAsync(cancellationToken);

        public void Dispose()
        {
            used.Dispose();
            begun.Dispose();
        }

        public async ValueTask DisposeAsync()
        {
            await used.DisposeAsync();
            await begun.DisposeAsync();
        }
    }
}
