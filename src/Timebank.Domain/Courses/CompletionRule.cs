namespace Timebank.Domain.Courses;

/// <summary>How a rule's criteria combine, as Moodle's course completion does: all must be met, or any one.</summary>
public enum RuleCombination
{
    All = 1,
    Any = 2,
}

/// <summary>What completing a course takes: criteria combined with ALL or ANY.</summary>
public sealed class CompletionRule
{
    public const int MaxCriteria = 10;

    private readonly List<CompletionCriterion> _criteria;

    public RuleCombination Combination { get; private set; }
    public IReadOnlyList<CompletionCriterion> Criteria => _criteria;

    private CompletionRule(RuleCombination combination) => (Combination, _criteria) = (combination, []);

    public static CompletionRule Of(RuleCombination combination, IEnumerable<CompletionCriterion> criteria)
    {
        if (!Enum.IsDefined(combination))
            throw new DomainException(new ValidationFailed("rule.combination", "must be ALL or ANY"));
        var list = Guard.NotNull(criteria).ToList();
        if (list.Count is 0 or > MaxCriteria)
            throw new DomainException(new ValidationFailed("rule.criteria", $"must have 1 to {MaxCriteria} criteria"));
        var outputs = list.Where(c => c.Kind == CriterionKind.OutputRecorded).Select(c => c.Output!).ToList();
        if (outputs.Distinct(StringComparer.OrdinalIgnoreCase).Count() != outputs.Count)
            throw new DomainException(new ValidationFailed("rule.criteria", "names the same output twice"));
        var rule = new CompletionRule(combination);
        rule._criteria.AddRange(list);
        return rule;
    }

    /// <summary>The rule's criterion for an output, matched without regard to case; null when the rule asks for no such output.</summary>
    public CompletionCriterion? OutputCalled(string output)
        => _criteria.FirstOrDefault(c => c.Kind == CriterionKind.OutputRecorded && string.Equals(c.Output, output, StringComparison.OrdinalIgnoreCase));

    /// <summary>What is still missing, each in plain words; empty when the rule is met.</summary>
    public IReadOnlyList<string> Missing(CompletionEvidence evidence, IReadOnlyList<CourseModule> modules)
    {
        var shortfalls = _criteria.Select(c => Shortfall(c, evidence, modules)).ToList();
        var unmet = shortfalls.OfType<string>().ToList();
        return Combination == RuleCombination.All || unmet.Count == shortfalls.Count ? unmet : [];
    }

    private static string? Shortfall(CompletionCriterion criterion, CompletionEvidence evidence, IReadOnlyList<CourseModule> modules)
    {
        switch (criterion.Kind)
        {
            case CriterionKind.SessionsAttended:
                return evidence.SessionsAttended >= criterion.Number
                    ? null
                    : $"{criterion.Describe()} (attended {evidence.SessionsAttended})";
            case CriterionKind.ShareOfSessionsAttended:
                // Whole-number arithmetic: 80% of 9 sessions needs 8 (7.2 rounds up), never a floating-point near miss.
                var met = evidence.SessionsExpected > 0
                          && evidence.SessionsAttended * 100L >= criterion.Number!.Value * (long)evidence.SessionsExpected;
                return met ? null : $"{criterion.Describe()} (attended {evidence.SessionsAttended} of {evidence.SessionsExpected})";
            case CriterionKind.EveryModuleAttended:
                var notYet = modules.Where(m => !evidence.ModulesAttended.Contains(m.Id)).OrderBy(m => m.Position).Select(m => $"\"{m.Title}\"").ToList();
                return notYet.Count == 0 ? null : $"{criterion.Describe()} (not yet: {string.Join(", ", notYet)})";
            default:
                return evidence.OutputsRecorded.Contains(criterion.Output!) ? null : criterion.Describe();
        }
    }
}
