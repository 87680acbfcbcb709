using NodaTime;

namespace Timebank.Domain.Flexi.Allowances;

/// <summary>What a period's end did to one budget, kept for the report (carried-over minutes and saved cash move nowhere, so the journal alone cannot say).</summary>
public sealed class PeriodSettlement
{
    public Id<CustomerBudget> BudgetId { get; private set; }
    public LocalDate PeriodStart { get; private set; }
    public long LapsedMinutes { get; private set; }
    public long CarriedOverMinutes { get; private set; }
    public long ReturnedPence { get; private set; }
    public long SavedPence { get; private set; }
    public Instant SettledAt { get; private set; }

    private PeriodSettlement(Id<CustomerBudget> budgetId, LocalDate periodStart, Instant settledAt)
        => (BudgetId, PeriodStart, SettledAt) = (budgetId, periodStart, settledAt);

    internal static PeriodSettlement Record(Id<CustomerBudget> budget, LocalDate periodStart, long lapsed, long carried, long returned, long saved, Instant now)
        => new(budget, periodStart, now)
        {
            LapsedMinutes = lapsed,
            CarriedOverMinutes = carried,
            ReturnedPence = returned,
            SavedPence = saved,
        };
}
