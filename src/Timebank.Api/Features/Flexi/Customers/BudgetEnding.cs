using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Flexi.Allowances;
using Timebank.Domain.Flexi.Services;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Flexi;

/// <summary>
/// That a budget ended, written in the same ledger command as the movements that return what the customer held, so
/// the ending and its money move together or not at all. Keyed by budget: a budget ends once.
/// </summary>
public sealed class BudgetEnding(Id<CustomerBudget> budgetId, Instant endedAt, Id<Member> endedBy)
{
    public Id<CustomerBudget> BudgetId { get; private set; } = budgetId;
    public Instant EndedAt { get; private set; } = endedAt;
    public Id<Member> EndedBy { get; private set; } = endedBy;

    /// <summary>
    /// A customer's budgets in a service that are still running: neither the budget row nor a stored ending says it
    /// ended (the row's copy may lag the ending, so both are read).
    /// </summary>
    public static IQueryable<CustomerBudget> Running(TimebankDbContext db, Id<FlexiService> service, Id<Member> customer)
        => db.Set<CustomerBudget>().AsNoTracking().Where(b => b.ServiceId == service && b.CustomerId == customer && b.EndedAt == null
            && !db.Set<BudgetEnding>().Any(e => e.BudgetId == b.Id));

    /// <summary>Puts each stored ending onto its budget (the budget row's own copy is written after, and may lag).</summary>
    public static async Task RestoreAsync(TimebankDbContext db, IReadOnlyCollection<CustomerBudget> budgets, CancellationToken cancellationToken)
    {
        var ids = budgets.Where(b => b.IsActive).Select(b => b.Id).ToList();
        if (ids.Count == 0)
            return;
        var endings = await db.Set<BudgetEnding>().AsNoTracking().Where(e => ids.Contains(e.BudgetId)).ToDictionaryAsync(e => e.BudgetId, cancellationToken);
        foreach (var budget in budgets)
        {
            if (endings.TryGetValue(budget.Id, out var ending))
                budget.RestoreEnding(ending.EndedAt, ending.EndedBy);
        }
    }
}
