using Timebank.Domain.Flexi.Movements;
using Timebank.Domain.Flexi.Periods;
using Timebank.Domain.Flexi.Services;
using Timebank.Domain.Ledger;

namespace Timebank.Domain.Flexi.Allowances;

/// <summary>One step of a budget's allowance, due in order: a period's accrual, then its end, then the next accrual.</summary>
public abstract record AllowanceStep(Id<CustomerBudget> BudgetId, AllowancePeriod Period, FlexiPolicy Policy);

/// <summary>
/// The period's allowance from the service's funding: exactly one movement per (budget, period, unit), keyed by
/// them, however often or concurrently accrual runs.
/// </summary>
public sealed record AccrueAllowance(Id<CustomerBudget> BudgetId, Id<FlexiService> ServiceId, AllowancePeriod Period, FlexiPolicy Policy)
    : AllowanceStep(BudgetId, Period, Policy)
{
    public static IdempotencyKey KeyFor(Id<CustomerBudget> budget, AllowancePeriod period, FlexiUnit unit)
        => MovementKeys.For("accrue", budget.Value, $"{period.Key}:{MovementKeys.UnitCode(unit)}");

    public MovementPlan Plan()
    {
        var week = FlexiText.Date(Period.StartDate);
        return MovementPlan.Of(
            new MoveNow(KeyFor(BudgetId, Period, FlexiUnit.Minutes), FlexiUnit.Minutes, FlexiAccounts.Funding(ServiceId),
                FlexiAccounts.CustomerMinutes(BudgetId), Amount.Of(Policy.SupportMinutesPerPeriod, "minutes"), $"Support time for the period from {week}"),
            new MoveNow(KeyFor(BudgetId, Period, FlexiUnit.Pence), FlexiUnit.Pence, FlexiAccounts.Funding(ServiceId),
                FlexiAccounts.CustomerCash(BudgetId), Amount.Of(Policy.CashPencePerPeriod, "pence"), $"Cash allocation for the period from {week}"));
    }
}

/// <summary>
/// A period's end: unused minutes lapse back to funding by a transfer (never erased) or carry over up to the cap;
/// cash above the savings cap goes back to funding. Works on what is available, so minutes held for a booked
/// session stay held.
/// </summary>
public sealed record SettlePeriod(Id<CustomerBudget> BudgetId, Id<FlexiService> ServiceId, AllowancePeriod Period, FlexiPolicy Policy)
    : AllowanceStep(BudgetId, Period, Policy)
{
    public (PeriodSettlement Settlement, MovementPlan Plan) Plan(long availableMinutes, long availablePence, NodaTime.Instant now)
    {
        var minutes = Math.Max(availableMinutes, 0);
        var pence = Math.Max(availablePence, 0);
        var lapsed = Policy.UnusedMinutes == UnusedMinutes.Lapse ? minutes : Math.Max(minutes - (Policy.CarryOverCapMinutes ?? long.MaxValue), 0);
        var returned = Math.Max(pence - (Policy.SavedCashCapPence ?? long.MaxValue), 0);
        var settlement = PeriodSettlement.Record(BudgetId, Period.StartDate, lapsed, minutes - lapsed, returned, pence - returned, now);
        var steps = new List<Movement>(2);
        var week = FlexiText.Date(Period.StartDate);
        if (lapsed > 0)
            steps.Add(new MoveNow(MovementKeys.For("lapse", BudgetId.Value, $"{Period.Key}:min"), FlexiUnit.Minutes, FlexiAccounts.CustomerMinutes(BudgetId),
                FlexiAccounts.Funding(ServiceId), Amount.Of(lapsed, "minutes"), $"Unused support time lapsed at the end of the period from {week}"));
        if (returned > 0)
            steps.Add(new MoveNow(MovementKeys.For("cashcap", BudgetId.Value, $"{Period.Key}:gbp"), FlexiUnit.Pence, FlexiAccounts.CustomerCash(BudgetId),
                FlexiAccounts.Funding(ServiceId), Amount.Of(returned, "pence"), $"Savings above the cap returned at the end of the period from {week}"));
        return (settlement, new MovementPlan(steps));
    }
}
