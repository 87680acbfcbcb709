using NodaTime;
using Timebank.Domain.Flexi.Services;

namespace Timebank.Domain.Flexi.Allowances;

/// <summary>
/// Which allowance steps a budget has due at an instant: for every whole or started period from enrolment up to now
/// (or until the customer left), its accrual, and once it has ended, its settlement, in order, starting after what
/// the budget has already recorded. Pure: the same inputs always give the same steps and keys.
/// </summary>
public static class AllowanceSchedule
{
    public static IEnumerable<AllowanceStep> StepsDue(CustomerBudget budget, FlexiService service, PolicyHistory policies, Instant now)
    {
        var schedule = service.Schedule;
        var first = budget.FirstPeriod(schedule);
        var left = budget.EndedAt is { } ended && ended <= now ? ended : (Instant?)null;
        var until = left ?? now;
        // A period has begun for this budget if it started by now, and before the customer left (their first always has).
        bool Begun(Periods.AllowancePeriod p) => p == first || (left is { } l ? p.Start < l : p.Start <= now);
        var period = budget.SettledThrough is { } settled ? schedule.After(schedule.StartingOn(settled)) : first;
        while (Begun(period))
        {
            var policy = policies.For(period);
            if (budget.AccruedThrough is not { } accrued || period.StartDate > accrued)
                yield return new AccrueAllowance(budget.Id, service.Id, period, policy);
            if (period.End > until)
                yield break;
            yield return new SettlePeriod(budget.Id, service.Id, period, policy);
            period = schedule.After(period);
        }
    }
}
