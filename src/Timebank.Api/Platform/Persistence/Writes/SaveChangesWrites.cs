using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Timebank.Api.Platform.Persistence;

/// <summary>Feeds <see cref="WriteSeam"/> from every SaveChanges: what each context is about to save, reported once it is saved.</summary>
public sealed class SaveChangesWrites(WriteSeam seam) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, List<Write>> _saving = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Report(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Report(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Capture(DbContext? context)
    {
        if (context is null || !seam.IsListening)
            return;
        var writes = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => new Write(e.Entity, e.State switch
            {
                EntityState.Added => WriteKind.Added,
                EntityState.Modified => WriteKind.Modified,
                _ => WriteKind.Deleted,
            }))
            .ToList();
        _saving.AddOrUpdate(context, writes);
    }

    private void Report(DbContext? context)
    {
        if (context is not null && _saving.TryGetValue(context, out var writes))
        {
            _saving.Remove(context);
            seam.Committed(writes);
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
            _saving.Remove(context);
    }
}
