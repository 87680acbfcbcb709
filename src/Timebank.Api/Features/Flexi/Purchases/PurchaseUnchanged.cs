using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Flexi.Cash;

namespace Timebank.Api.Features.Flexi;

/// <summary>
/// A receipt runs only if the purchase has no receipt yet, a sign-off only if it has no decision yet (read in the
/// writer's transaction, and among the rows earlier commands of the batch will write): two racing
/// receipts would otherwise both return change, or collide on the receipt's key and fail the whole batch. When it
/// fails nothing is written and the request is prepared again, which then gives the domain's typed refusal.
/// </summary>
internal sealed class PurchaseUnchanged(Id<Purchase> purchase, bool receipt) : ILedgerPrecondition
{
    public object Key => this;

    public bool KeptAcrossBatches => false;

    public async Task<object?> ReadAsync(TimebankDbContext db, CancellationToken cancellationToken)
        => receipt
            ? await db.Set<PurchaseReceipt>().AnyAsync(r => r.PurchaseId == purchase, cancellationToken)
            : await db.Set<PurchaseDecision>().AnyAsync(d => d.PurchaseId == purchase, cancellationToken);

    public bool HoldsFor(object? current) => current is false;

    public bool HoldsBeside(IReadOnlyList<object> batchRows)
        => !batchRows.Any(row => receipt ? row is PurchaseReceipt r && r.PurchaseId == purchase : row is PurchaseDecision d && d.PurchaseId == purchase);

    public void Stale()
    {
    }
}
