using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Timebank.Api.Platform.Persistence;

/// <summary>
/// Feeds <see cref="WriteSeam"/> from every SaveChanges: what each context is about to save (and for whom), reported
/// once it is committed: at once for a SaveChanges in its own transaction, when a service's transaction around it
/// commits otherwise (dropped if that rolls back).
/// </summary>
public sealed class SaveChangesWrites(WriteSeam seam, WriteActor actor) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, List<Write>> _saving = [];
    private readonly ConditionalWeakTable<DbContext, List<Write>> _awaitingCommit = [];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(_saving, eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(_saving, eventData.Context);
        return Task.CompletedTask;
    }

    // A transaction that ended without a commit or a rollback (disposed) leaves nothing behind for the next one.
    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Forget(_awaitingCommit, eventData.Context);
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        Forget(_awaitingCommit, eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Report(_awaitingCommit, eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Report(_awaitingCommit, eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(_awaitingCommit, eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(_awaitingCommit, eventData.Context);
        return Task.CompletedTask;
    }

    private void Capture(DbContext? context)
    {
        if (context is null || !seam.IsListening)
            return;
        var by = actor.Current;
        var writes = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => new Write(e.Entity, e.State switch
            {
                EntityState.Added => WriteKind.Added,
                EntityState.Modified => WriteKind.Modified,
                _ => WriteKind.Deleted,
            }, by))
            .ToList();
        _saving.AddOrUpdate(context, writes);
    }

    private void Saved(DbContext? context)
    {
        if (context is null || !_saving.TryGetValue(context, out var writes))
            return;
        _saving.Remove(context);
        if (context.Database.CurrentTransaction is null)
        {
            seam.Committed(writes);
            return;
        }
        // Saved inside a transaction the service opened: not committed yet.
        if (_awaitingCommit.TryGetValue(context, out var earlier))
            earlier.AddRange(writes);
        else
            _awaitingCommit.Add(context, writes);
    }

    private void Report(ConditionalWeakTable<DbContext, List<Write>> table, DbContext? context)
    {
        if (context is not null && table.TryGetValue(context, out var writes))
        {
            table.Remove(context);
            seam.Committed(writes);
        }
    }

    private static void Forget(ConditionalWeakTable<DbContext, List<Write>> table, DbContext? context)
    {
        if (context is not null)
            table.Remove(context);
    }
}
