using NodaTime;

namespace Timebank.Domain.Plans.Plans;

/// <summary>Time and cash that went to one outcome (or, with no outcome, to none of the plan's).</summary>
public sealed record OutcomeSpend(string? Outcome, long MinutesDelivered, long MinutesBooked, long PenceSpent);

/// <summary>One outcome of the plan in force: what was planned for it so far against what went to it.</summary>
public sealed record OutcomeUse(PlannedOutcome Outcome, long PlannedMinutesToDate, long PlannedPenceToDate, long MinutesDelivered, long MinutesBooked, long PenceSpent);

/// <summary>
/// How a plan's hours and pounds were used, outcome by outcome, from the day it started to today (or its end):
/// spending named for none of its outcomes is shown apart, so every hour and every pound is somewhere.
/// </summary>
public sealed record PlanProgress(int Version, LocalDate From, LocalDate To, int Weeks, IReadOnlyList<OutcomeUse> Outcomes, OutcomeSpend Elsewhere)
{
    public static PlanProgress Of(PlanVersion version, LocalDate today, IReadOnlyList<OutcomeSpend> spending)
    {
        var content = version.Content;
        var to = today < content.EndsOn ? today : content.EndsOn;
        var weeks = to < content.StartsOn ? 0 : (Period.Between(content.StartsOn, to, PeriodUnits.Days).Days / 7) + 1;
        var byOutcome = spending.Where(s => s.Outcome is not null).GroupBy(s => s.Outcome!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => Sum(g.Key, g), StringComparer.OrdinalIgnoreCase);
        var outcomes = content.Outcomes.Select(o =>
        {
            var spent = byOutcome.Remove(o.Key, out var s) ? s : new OutcomeSpend(o.Key, 0, 0, 0);
            return new OutcomeUse(o, o.WeeklyMinutes * weeks, o.WeeklyPence * weeks, spent.MinutesDelivered, spent.MinutesBooked, spent.PenceSpent);
        }).ToList();
        var elsewhere = Sum(null, [.. spending.Where(s => s.Outcome is null), .. byOutcome.Values]);
        return new PlanProgress(version.Number, content.StartsOn, to, weeks, outcomes, elsewhere);
    }

    private static OutcomeSpend Sum(string? outcome, IEnumerable<OutcomeSpend> spends)
    {
        var all = spends.ToList();
        return new OutcomeSpend(outcome, all.Sum(s => s.MinutesDelivered), all.Sum(s => s.MinutesBooked), all.Sum(s => s.PenceSpent));
    }
}
