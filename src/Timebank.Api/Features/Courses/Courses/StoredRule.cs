using Timebank.Domain.Courses;

namespace Timebank.Api.Features.Courses.Courses;

/// <summary>A completion rule as its JSON column holds it, read back through the domain's own factories.</summary>
internal static class StoredRule
{
    private sealed record Stored(int Combination, List<StoredCriterion> Criteria);

    private sealed record StoredCriterion(int Kind, int? Number, string? Output);

    public static string Write(CompletionRule rule)
        => JsonColumn.Write(new Stored((int)rule.Combination, [.. rule.Criteria.Select(c => new StoredCriterion((int)c.Kind, c.Number, c.Output))]));

    public static CompletionRule Read(string text)
    {
        var stored = JsonColumn.Read<Stored>(text);
        return CompletionRule.Of((RuleCombination)stored.Combination, stored.Criteria.Select(c => (CriterionKind)c.Kind switch
        {
            CriterionKind.SessionsAttended => CompletionCriterion.SessionsAttended(c.Number!.Value),
            CriterionKind.ShareOfSessionsAttended => CompletionCriterion.ShareOfSessions(c.Number!.Value),
            CriterionKind.EveryModuleAttended => CompletionCriterion.EveryModule(),
            _ => CompletionCriterion.OutputRecorded(c.Output),
        }));
    }
}
