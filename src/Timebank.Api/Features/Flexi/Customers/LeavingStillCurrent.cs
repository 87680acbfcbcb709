using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Flexi.Allowances;
using Timebank.Domain.Flexi.Bookings;
using Timebank.Domain.Flexi.Cash;

namespace Timebank.Api.Features.Flexi;

/// <summary>
/// An ending runs only on the sessions and purchases it was prepared from: a booking or purchase written meanwhile
/// holds minutes or cash the ending would not void, and a second ending must not be written. Read in the writer's
/// transaction after the customer's accounts are locked; when it fails nothing is written and the ending is prepared
/// again (or refused, CUSTOMER_HAS_LEFT, if another ending won).
/// </summary>
internal sealed class LeavingStillCurrent(Id<CustomerBudget> budget, LeavingStillCurrent.Snapshot prepared,
    IReadOnlySet<Id<SupportSession>> sessions, IReadOnlySet<Id<Purchase>> purchases) : ILedgerPrecondition
{
    public object Key => this;

    public bool KeptAcrossBatches => false;

    public async Task<object?> ReadAsync(TimebankDbContext db, CancellationToken cancellationToken) => await ReadAsync(db, budget, cancellationToken);

    public bool HoldsFor(object? current) => current is Snapshot now && now == prepared;

    public bool HoldsBeside(IReadOnlyList<object> batchRows)
        => !batchRows.Any(row => row switch
        {
            BudgetEnding e => e.BudgetId == budget,
            SupportSession s => s.BudgetId == budget,
            Purchase p => p.BudgetId == budget,
            SessionResolution r => sessions.Contains(r.SessionId),
            PurchaseDecision d => purchases.Contains(d.PurchaseId),
            _ => false,
        });

    public void Stale()
    {
    }

    /// <summary>How many sessions and purchases the budget has and how many were resolved, and whether it ended.</summary>
    public static async Task<Snapshot> ReadAsync(TimebankDbContext db, Id<CustomerBudget> budget, CancellationToken cancellationToken)
    {
        var sessions = db.Set<SupportSession>().Where(s => s.BudgetId == budget);
        var purchases = db.Set<Purchase>().Where(p => p.BudgetId == budget);
        return new Snapshot(
            await sessions.CountAsync(cancellationToken),
            await db.Set<SessionResolution>().CountAsync(r => sessions.Any(s => s.Id == r.SessionId), cancellationToken),
            await purchases.CountAsync(cancellationToken),
            await db.Set<PurchaseDecision>().CountAsync(d => purchases.Any(p => p.Id == d.PurchaseId), cancellationToken),
            await db.Set<BudgetEnding>().AnyAsync(e => e.BudgetId == budget, cancellationToken));
    }

    public sealed record Snapshot(int Sessions, int Resolved, int Purchases, int Decided, bool Ended);
}
