using NodaTime;
using Timebank.Domain.Common;
using Timebank.Domain.Flexi;

namespace Timebank.Domain.Plans.Plans;

/// <summary>The formats a person can ask for their plan in.</summary>
public enum PlanFormat
{
    Standard = 1,
    LargePrint = 2,
    EasyRead = 3,
    BrailleReady = 4,
}

/// <summary>An outcome in the person's own words, with how they plan to use their weekly hours and cash on it.</summary>
public sealed record PlannedOutcome(string Key, string InTheirWords, long WeeklyMinutes, long WeeklyPence);

/// <summary>A SMART action: what, who does it, by when, and the outcome it serves.</summary>
public sealed record PlanAction(string What, string Owner, LocalDate By, string OutcomeKey);

/// <summary>Someone in the person's circle of support.</summary>
public sealed record SupportPerson(string Name, string Relationship);

/// <summary>A risk decision, so it is "recorded and defensible": what was decided, who agreed it, and why.</summary>
public sealed record RiskDecision(string Decision, string AgreedBy, string Why);

/// <summary>
/// What a version of a plan says. Immutable: a change makes new content (and, after approval, a new version), so
/// every version stays readable as it was signed off.
/// </summary>
public sealed record PlanContent(
    IReadOnlyList<PlannedOutcome> Outcomes,
    IReadOnlyList<string> Working,
    IReadOnlyList<string> NotWorking,
    IReadOnlyList<PlanAction> Actions,
    IReadOnlyList<SupportPerson> CircleOfSupport,
    PlanFormat Format,
    LocalDate StartsOn,
    LocalDate EndsOn,
    LocalDate ReviewOn,
    IReadOnlyList<RiskDecision> RiskDecisions,
    CostedBudget? Budget = null)
{
    public const int TextMaxLength = 2_000;
    public const int ShortMaxLength = 200;
    public const int MaxItems = 50;
    public const long MaxWeeklyMinutes = 7 * 24 * 60;
    public const long MaxWeeklyPence = 100_000_00;

    /// <summary>Checks every part, naming the field and the line that is wrong, before a plan holds it.</summary>
    public static PlanContent Create(
        IReadOnlyList<PlannedOutcome>? outcomes, IReadOnlyList<string>? working, IReadOnlyList<string>? notWorking,
        IReadOnlyList<PlanAction>? actions, IReadOnlyList<SupportPerson>? circle, PlanFormat format,
        LocalDate startsOn, LocalDate endsOn, LocalDate reviewOn, IReadOnlyList<RiskDecision>? risks, Func<Func<string?, string, string?>, CostedBudget>? budget = null)
    {
        var planned = Items(outcomes, "outcomes").Select((o, i) => Outcome(o, $"outcomes[{i}]")).ToList();
        if (planned.Count == 0)
            throw new DomainException(new ValidationFailed("outcomes", "a plan needs at least one outcome in the person's words"));
        var duplicate = planned.GroupBy(o => o.Key, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new DomainException(new ValidationFailed("outcomes", $"two outcomes are called \"{duplicate.Key}\""));
        if (!Enum.IsDefined(format))
            throw new DomainException(new ValidationFailed("format", "is not a format plans come in"));
        if (endsOn <= startsOn)
            throw new DomainException(new ValidationFailed("endsOn", $"must be after the plan starts, {FlexiText.Date(startsOn)}"));
        if (reviewOn < startsOn || reviewOn > endsOn)
            throw new DomainException(new ValidationFailed("reviewOn", $"must fall while the plan runs, {FlexiText.Date(startsOn)} to {FlexiText.Date(endsOn)}"));
        var keys = planned.Select(o => o.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var smart = Items(actions, "actions").Select((a, i) => Action(a, keys, $"actions[{i}]")).ToList();
        var costed = budget?.Invoke((key, field) => OutcomeKey(key, keys, field));
        return new PlanContent(planned,
            Lines(working, "working"), Lines(notWorking, "notWorking"), smart,
            [.. Items(circle, "circleOfSupport").Select((p, i) => new SupportPerson(
                Text.Required(p.Name, $"circleOfSupport[{i}].name", ShortMaxLength), Text.Required(p.Relationship, $"circleOfSupport[{i}].relationship", ShortMaxLength)))],
            format, startsOn, endsOn, reviewOn,
            [.. Items(risks, "riskDecisions").Select((r, i) => new RiskDecision(
                Text.Required(r.Decision, $"riskDecisions[{i}].decision", TextMaxLength),
                Text.Required(r.AgreedBy, $"riskDecisions[{i}].agreedBy", ShortMaxLength),
                Text.Required(r.Why, $"riskDecisions[{i}].why", TextMaxLength)))],
            costed);
    }

    public long WeeklyMinutes => Outcomes.Sum(o => o.WeeklyMinutes);

    public long WeeklyPence => Outcomes.Sum(o => o.WeeklyPence);

    private static PlannedOutcome Outcome(PlannedOutcome o, string field)
    {
        if (o.WeeklyMinutes is < 0 or > MaxWeeklyMinutes)
            throw new DomainException(new ValidationFailed($"{field}.weeklyMinutes", $"must be between 0 and {FlexiText.Minutes(MaxWeeklyMinutes)} a week"));
        if (o.WeeklyPence is < 0 or > MaxWeeklyPence)
            throw new DomainException(new ValidationFailed($"{field}.weeklyPence", $"must be between £0.00 and {FlexiText.Pence(MaxWeeklyPence)} a week"));
        return new PlannedOutcome(Text.Required(o.Key, $"{field}.key", ShortMaxLength), Text.Required(o.InTheirWords, $"{field}.inTheirWords", TextMaxLength), o.WeeklyMinutes, o.WeeklyPence);
    }

    private static PlanAction Action(PlanAction a, HashSet<string> outcomes, string field)
        => new(Text.Required(a.What, $"{field}.what", TextMaxLength), Text.Required(a.Owner, $"{field}.owner", ShortMaxLength), a.By,
            OutcomeKey(Text.Required(a.OutcomeKey, $"{field}.outcome", ShortMaxLength), outcomes, $"{field}.outcome")!);

    /// <summary>An outcome named by a key, spelt as the plan spells it; null when none is named.</summary>
    private static string? OutcomeKey(string? key, HashSet<string> outcomes, string field)
    {
        var outcome = Text.Optional(key, field, ShortMaxLength);
        if (outcome is null)
            return null;
        if (!outcomes.Contains(outcome))
            throw new DomainException(new ValidationFailed(field, $"names no outcome of this plan (\"{outcome}\")"));
        return outcomes.First(k => string.Equals(k, outcome, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The outcome of this plan a purchase or booking names, spelt as the plan spells it; null when it names none of them.</summary>
    public PlannedOutcome? FindOutcome(string? key)
        => key is null ? null : Outcomes.FirstOrDefault(o => string.Equals(o.Key, key.Trim(), StringComparison.OrdinalIgnoreCase));

    private static List<string> Lines(IReadOnlyList<string>? lines, string field)
        => [.. Items(lines, field).Select((l, i) => Text.Required(l, $"{field}[{i}]", TextMaxLength))];

    /// <summary>A list of at most <see cref="MaxItems"/> lines; none when left out.</summary>
    internal static IReadOnlyList<T> Items<T>(IReadOnlyList<T>? items, string field)
        => items is { Count: > MaxItems }
            ? throw new DomainException(new ValidationFailed(field, $"holds at most {MaxItems} lines"))
            : items ?? [];
}
