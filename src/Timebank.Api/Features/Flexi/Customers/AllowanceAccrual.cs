using NodaTime;
using Timebank.Domain.Flexi.Allowances;
using Timebank.Domain.Flexi.Movements;
using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Flexi;

/// <summary>
/// That a period's allowance in one unit reached a budget, written with its transfer. Its key (budget, period,
/// unit) is what makes an accrual happen once, whichever request or API process runs it.
/// </summary>
public sealed class AllowanceAccrual
{
    public Id<CustomerBudget> BudgetId { get; private set; }
    public LocalDate PeriodStart { get; private set; }
    public FlexiUnit Unit { get; private set; }
    public long Amount { get; private set; }
    public Id<Transfer> TransferId { get; private set; }
    public Instant AccruedAt { get; private set; }

    public AllowanceAccrual(Id<CustomerBudget> budgetId, LocalDate periodStart, FlexiUnit unit, long amount, Id<Transfer> transferId, Instant accruedAt)
    {
        BudgetId = budgetId;
        PeriodStart = periodStart;
        Unit = unit;
        Amount = amount;
        TransferId = transferId;
        AccruedAt = accruedAt;
    }
}
