using Microsoft.EntityFrameworkCore;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Ledger;

/// <summary>The transfer that resolved a hold (posted it, voided it, or let it expire).</summary>
public sealed record HoldResolution(Id<Transfer> Hold, Id<Transfer> TransferId, TransferKind Kind, long Amount);

/// <summary>What later transfers say about earlier ones, read the same way by the writer and by features' loaders.</summary>
public static class TransferLookups
{
    /// <summary>The resolutions of those of <paramref name="holds"/> that are resolved, one query.</summary>
    public static async Task<List<HoldResolution>> ResolutionsAsync(TimebankDbContext db, List<Id<Transfer>> holds, CancellationToken cancellationToken)
        => holds.Count == 0 ? [] : await db.Set<Transfer>().AsNoTracking()
            .Where(t => t.PendingId != null && holds.Contains(t.PendingId.Value))
            .Select(t => new HoldResolution(t.PendingId!.Value, t.Id, t.Kind, t.Amount))
            .ToListAsync(cancellationToken);

    /// <summary>Those of <paramref name="transfers"/> that a later transfer reverses, one query.</summary>
    public static async Task<List<Id<Transfer>>> ReversedAsync(TimebankDbContext db, List<Id<Transfer>> transfers, CancellationToken cancellationToken)
        => transfers.Count == 0 ? [] : await db.Set<Transfer>().AsNoTracking()
            .Where(t => t.ReversesId != null && transfers.Contains(t.ReversesId.Value))
            .Select(t => t.ReversesId!.Value)
            .ToListAsync(cancellationToken);
}
