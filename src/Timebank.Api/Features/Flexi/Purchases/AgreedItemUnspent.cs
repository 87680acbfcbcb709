using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Flexi.Cash;

namespace Timebank.Api.Features.Flexi;

/// <summary>
/// A purchase bought as a plan's agreed item runs only if nothing else was bought as that item since it was prepared
/// (read in the writer's transaction, and among the rows earlier commands of the batch will write): two at once
/// would otherwise both skip sign-off for more than the plan agreed. When it fails the request is prepared again.
/// </summary>
internal sealed class AgreedItemUnspent(Guid plan, string item, long spentPence) : ILedgerPrecondition
{
    public object Key => this;

    public bool KeptAcrossBatches => false;

    public async Task<object?> ReadAsync(TimebankDbContext db, CancellationToken cancellationToken)
        => await db.Set<Purchase>().Where(p => p.PlanId == plan && p.PlanItem == item).SumAsync(p => p.Pence, cancellationToken);

    public bool HoldsFor(object? current) => current is long spent && spent == spentPence;

    public bool HoldsBeside(IReadOnlyList<object> batchRows) => !batchRows.Any(row => row is Purchase p && p.PlanId == plan && p.PlanItem == item);

    public void Stale()
    {
    }
}
