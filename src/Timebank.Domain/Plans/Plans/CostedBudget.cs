using Timebank.Domain.Common;
using Timebank.Domain.Flexi;

namespace Timebank.Domain.Plans.Plans;

/// <summary>Paid support is costed at its hourly rate; unpaid support (family, friends, volunteers) counts its hours at no cost.</summary>
public enum SupportKind
{
    Paid = 1,
    Unpaid = 2,
}

/// <summary>
/// A line of the costed budget as the field writes it: the funding stream, the support, hours a week at an hourly
/// rate, and its totals. Support shared with another person names them: the hours are contracted jointly and the
/// line holds this person's part of them.
/// </summary>
public sealed record BudgetLine(string FundingStream, string Support, SupportKind Kind, long WeeklyMinutes, long HourlyRatePence,
    string? SharedWith, string? OutcomeKey, string? MeetsRule)
{
    public const int WeeksInYear = 52;

    /// <summary>Minutes at the hourly rate, to the nearest penny (half a penny up).</summary>
    public long WeeklyPence => Kind == SupportKind.Unpaid ? 0 : ((WeeklyMinutes * HourlyRatePence) + 30) / 60;

    public long YearlyPence => WeeklyPence * WeeksInYear;
}

/// <summary>A one-off purchase agreed in the plan (a laptop, a course fee): buying it later needs no further sign-off.</summary>
public sealed record CapitalItem(string What, long Pence, string FundingStream, string OutcomeKey);

/// <summary>A funding stream's rule, e.g. housing-support time must be tenancy related; each of its lines says how it keeps it.</summary>
public sealed record StreamRule(string FundingStream, string Rule);

/// <summary>
/// The costed budget of a plan held for a person with a personal budget or direct payment: its lines, one-off
/// capital items, the rules of its funding streams, and (where an appointee manages it) the small weekly amount the
/// person controls themselves.
/// </summary>
public sealed record CostedBudget(IReadOnlyList<BudgetLine> Lines, IReadOnlyList<CapitalItem> CapitalItems, IReadOnlyList<StreamRule> Rules, long PersonControlsWeeklyPence)
{
    public const long MaxHourlyRatePence = 1_000_00;
    public const long MaxCapitalPence = 100_000_00;

    public long WeeklyPence => Lines.Sum(l => l.WeeklyPence);

    public long YearlyPence => Lines.Sum(l => l.YearlyPence);

    public long CapitalPence => CapitalItems.Sum(i => i.Pence);

    public long PaidWeeklyMinutes => Lines.Where(l => l.Kind == SupportKind.Paid).Sum(l => l.WeeklyMinutes);

    public long UnpaidWeeklyMinutes => Lines.Where(l => l.Kind == SupportKind.Unpaid).Sum(l => l.WeeklyMinutes);

    /// <summary>Checks every line where it is made, naming the line ("budget.lines[1].hourlyRatePence"); outcomes are the plan's keys.</summary>
    public static CostedBudget Create(IReadOnlyList<BudgetLine>? lines, IReadOnlyList<CapitalItem>? items, IReadOnlyList<StreamRule>? rules,
        long personControlsWeeklyPence, Func<string?, string, string?> outcome)
    {
        var streamRules = PlanContent.Items(rules, "budget.rules").Select((r, i) => new StreamRule(
            Text.Required(r.FundingStream, $"budget.rules[{i}].fundingStream", PlanContent.ShortMaxLength),
            Text.Required(r.Rule, $"budget.rules[{i}].rule", PlanContent.TextMaxLength))).ToList();
        var ruled = streamRules.GroupBy(r => r.FundingStream, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Rule, StringComparer.OrdinalIgnoreCase);
        var costed = PlanContent.Items(lines, "budget.lines").Select((l, i) => Line(l, $"budget.lines[{i}]", ruled, outcome)).ToList();
        var capital = PlanContent.Items(items, "budget.capitalItems").Select((c, i) => Item(c, $"budget.capitalItems[{i}]", outcome)).ToList();
        var twice = capital.GroupBy(c => c.What, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
            throw new DomainException(new ValidationFailed("budget.capitalItems", $"two items are called \"{twice.Key}\"; purchases name the item they buy"));
        var budget = new CostedBudget(costed, capital, streamRules, personControlsWeeklyPence);
        if (personControlsWeeklyPence < 0 || personControlsWeeklyPence > budget.WeeklyPence)
            throw new DomainException(new ValidationFailed("budget.personControlsWeeklyPence", $"must be between £0.00 and the budget's {FlexiText.Pence(budget.WeeklyPence)} a week"));
        return budget;
    }

    private static BudgetLine Line(BudgetLine l, string field, Dictionary<string, string> rules, Func<string?, string, string?> outcome)
    {
        var stream = Text.Required(l.FundingStream, $"{field}.fundingStream", PlanContent.ShortMaxLength);
        if (!Enum.IsDefined(l.Kind))
            throw new DomainException(new ValidationFailed($"{field}.kind", "is not paid or unpaid"));
        if (l.WeeklyMinutes is <= 0 or > PlanContent.MaxWeeklyMinutes)
            throw new DomainException(new ValidationFailed($"{field}.weeklyMinutes", $"must be more than none and at most {FlexiText.Minutes(PlanContent.MaxWeeklyMinutes)} a week"));
        if (l.Kind == SupportKind.Paid && l.HourlyRatePence is <= 0 or > MaxHourlyRatePence)
            throw new DomainException(new ValidationFailed($"{field}.hourlyRatePence", $"paid support needs an hourly rate between £0.01 and {FlexiText.Pence(MaxHourlyRatePence)}"));
        if (l.Kind == SupportKind.Unpaid && l.HourlyRatePence != 0)
            throw new DomainException(new ValidationFailed($"{field}.hourlyRatePence", "unpaid support has no hourly rate"));
        var meets = Text.Optional(l.MeetsRule, $"{field}.meetsRule", PlanContent.TextMaxLength);
        if (rules.TryGetValue(stream, out var rule) && meets is null)
            throw new DomainException(new ValidationFailed($"{field}.meetsRule", $"{stream}: {rule}. Say how this support keeps to it"));
        return new BudgetLine(stream, Text.Required(l.Support, $"{field}.support", PlanContent.ShortMaxLength), l.Kind, l.WeeklyMinutes, l.HourlyRatePence,
            Text.Optional(l.SharedWith, $"{field}.sharedWith", PlanContent.ShortMaxLength), outcome(l.OutcomeKey, $"{field}.outcome"), meets);
    }

    private static CapitalItem Item(CapitalItem c, string field, Func<string?, string, string?> outcome)
    {
        if (c.Pence is <= 0 or > MaxCapitalPence)
            throw new DomainException(new ValidationFailed($"{field}.pence", $"must be between £0.01 and {FlexiText.Pence(MaxCapitalPence)}"));
        var serves = outcome(c.OutcomeKey, $"{field}.outcome") ?? throw new DomainException(new ValidationFailed($"{field}.outcome", "names the outcome the item serves"));
        return new CapitalItem(Text.Required(c.What, $"{field}.what", PlanContent.ShortMaxLength), c.Pence,
            Text.Required(c.FundingStream, $"{field}.fundingStream", PlanContent.ShortMaxLength), serves);
    }

    /// <summary>The capital item a purchase names, spelt as the plan spells it; null when the plan has no such item.</summary>
    public CapitalItem? FindItem(string? what)
        => what is null ? null : CapitalItems.FirstOrDefault(i => string.Equals(i.What, what.Trim(), StringComparison.OrdinalIgnoreCase));
}
