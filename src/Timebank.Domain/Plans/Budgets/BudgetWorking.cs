using Timebank.Domain.Flexi;

namespace Timebank.Domain.Plans.Budgets;

/// <summary>One step of the working: a question, the answer given, and the points it scored.</summary>
public sealed record WorkingStep(string Question, string Answer, int Points)
{
    public string InWords => $"You answered \"{Answer}\" to \"{Question}\": {Points} {(Points == 1 ? "point" : "points")}.";
}

/// <summary>
/// An indicative budget with every step of how it was worked out, in words a person can follow: each answer and its
/// points, the total, the band it falls in, the rules' version, and an upheld challenge's new amount when there is one.
/// </summary>
public sealed record BudgetWorking(AllocationRules Rules, SelfAssessment Assessment, BudgetChallenge? Upheld)
{
    public IReadOnlyList<WorkingStep> Steps => [.. Assessment.Answers.Select(a =>
    {
        var question = Rules.Question(a.Question)!;
        var answer = question.Answer(a.Answer)!;
        return new WorkingStep(question.Text, answer.Text, answer.Points);
    })];

    public BudgetBand Band => Rules.BandFor(Assessment.Points);

    public long WeeklyPence => Upheld?.NewWeeklyPence ?? Assessment.WeeklyPence;

    public long WeeklyMinutes => Upheld?.NewWeeklyMinutes ?? Assessment.WeeklyMinutes;

    public IReadOnlyList<string> InWords
    {
        get
        {
            var lines = Steps.Select(s => s.InWords).ToList();
            lines.Add($"Your answers add up to {Assessment.Points} points.");
            lines.Add($"In {Rules.Name} (version {Rules.Version}), {Band.Describe()}.");
            lines.Add($"So your indicative budget is {FlexiText.Pence(Assessment.WeeklyPence)} and {FlexiText.Minutes(Assessment.WeeklyMinutes)} of support a week.");
            if (Upheld is { } challenge)
                lines.Add($"Your challenge was upheld on {FlexiText.Date(challenge.DecidedOn!.Value)}: your budget is now {FlexiText.Pence(WeeklyPence)} and {FlexiText.Minutes(WeeklyMinutes)} a week. {challenge.DecisionNote}".TrimEnd());
            return lines;
        }
    }
}
