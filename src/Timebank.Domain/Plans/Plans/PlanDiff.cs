using Timebank.Domain.Flexi;

namespace Timebank.Domain.Plans.Plans;

/// <summary>What changed between two versions of a plan, line by line in words a person can follow.</summary>
public static class PlanDiff
{
    public static IReadOnlyList<string> Between(PlanContent before, PlanContent after)
    {
        var changes = new List<string>();
        var old = before.Outcomes.ToDictionary(o => o.Key, StringComparer.OrdinalIgnoreCase);
        foreach (var outcome in after.Outcomes)
        {
            if (!old.Remove(outcome.Key, out var was))
            {
                changes.Add($"Outcome \"{outcome.Key}\" added: {Use(outcome)}.");
                continue;
            }
            if (was.InTheirWords != outcome.InTheirWords)
                changes.Add($"Outcome \"{outcome.Key}\" now reads: \"{outcome.InTheirWords}\".");
            if (was.WeeklyMinutes != outcome.WeeklyMinutes || was.WeeklyPence != outcome.WeeklyPence)
                changes.Add($"Outcome \"{outcome.Key}\": {Use(was)} before, {Use(outcome)} now.");
        }
        changes.AddRange(old.Values.Select(o => $"Outcome \"{o.Key}\" removed."));
        Lists(changes, "What is working", before.Working, after.Working, line => line);
        Lists(changes, "What is not working", before.NotWorking, after.NotWorking, line => line);
        Lists(changes, "Action", before.Actions, after.Actions, a => $"{a.What} ({a.Owner}, by {FlexiText.Date(a.By)})");
        Lists(changes, "Circle of support", before.CircleOfSupport, after.CircleOfSupport, p => $"{p.Name} ({p.Relationship})");
        Lists(changes, "Risk decision", before.RiskDecisions, after.RiskDecisions, r => $"{r.Decision}, agreed by {r.AgreedBy}");
        Lists(changes, "Budget line", before.Budget?.Lines ?? [], after.Budget?.Lines ?? [], BudgetLineText);
        Lists(changes, "Capital item", before.Budget?.CapitalItems ?? [], after.Budget?.CapitalItems ?? [], i => $"{i.What}, {FlexiText.Pence(i.Pence)} from {i.FundingStream}");
        Lists(changes, "Funding rule", before.Budget?.Rules ?? [], after.Budget?.Rules ?? [], r => $"{r.FundingStream}: {r.Rule}");
        if ((before.Budget?.PersonControlsWeeklyPence ?? 0) != (after.Budget?.PersonControlsWeeklyPence ?? 0))
            changes.Add($"The person controls {FlexiText.Pence(after.Budget?.PersonControlsWeeklyPence ?? 0)} a week themselves (was {FlexiText.Pence(before.Budget?.PersonControlsWeeklyPence ?? 0)}).");
        if (before.Format != after.Format)
            changes.Add($"Format: {before.Format} before, {after.Format} now.");
        Dates(changes, "Starts", before.StartsOn, after.StartsOn);
        Dates(changes, "Ends", before.EndsOn, after.EndsOn);
        Dates(changes, "Review", before.ReviewOn, after.ReviewOn);
        return changes;
    }

    private static string BudgetLineText(BudgetLine l)
        => l.Kind == SupportKind.Unpaid
            ? $"{l.Support} from {l.FundingStream}, {FlexiText.Minutes(l.WeeklyMinutes)} a week unpaid"
            : $"{l.Support} from {l.FundingStream}, {FlexiText.Minutes(l.WeeklyMinutes)} a week at {FlexiText.Pence(l.HourlyRatePence)} an hour" + (l.SharedWith is null ? "" : $", shared with {l.SharedWith}");

    private static string Use(PlannedOutcome o) => $"{FlexiText.Minutes(o.WeeklyMinutes)} and {FlexiText.Pence(o.WeeklyPence)} a week";

    /// <summary>Lines are compared as the person reads them, so a reworded line shows as one removed and one added.</summary>
    private static void Lists<T>(List<string> changes, string what, IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> describe)
    {
        var (was, now) = (before.Select(describe).ToList(), after.Select(describe).ToList());
        changes.AddRange(now.Except(was).Select(line => $"{what} added: \"{line}\"."));
        changes.AddRange(was.Except(now).Select(line => $"{what} removed: \"{line}\"."));
    }

    private static void Dates(List<string> changes, string what, NodaTime.LocalDate before, NodaTime.LocalDate after)
    {
        if (before != after)
            changes.Add($"{what} {FlexiText.Date(after)} (was {FlexiText.Date(before)}).");
    }
}
