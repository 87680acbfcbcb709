using CsCheck;
using Timebank.Domain.Courses;

namespace Timebank.Domain.Tests.Courses;

public sealed class CompletionRuleTests
{
    private static readonly IReadOnlyList<CourseModule> NoModules = [];

    private static CompletionEvidence Attended(int attended, int expected, params string[] outputs)
        => new(attended, expected, new HashSet<Id<CourseModule>>(), new HashSet<string>(outputs, StringComparer.OrdinalIgnoreCase));

    [Fact]
    public void All_lists_every_criterion_still_missing()
    {
        var rule = CompletionRule.Of(RuleCombination.All, [CompletionCriterion.SessionsAttended(8), CompletionCriterion.OutputRecorded("a support plan for each person")]);

        var missing = rule.Missing(Attended(6, 10), NoModules);

        Assert.Equal(["attend at least 8 sessions (attended 6)", "have \"a support plan for each person\" recorded"], missing);
    }

    [Fact]
    public void Any_is_met_by_one_criterion()
    {
        var rule = CompletionRule.Of(RuleCombination.Any, [CompletionCriterion.SessionsAttended(8), CompletionCriterion.OutputRecorded("a support plan")]);

        Assert.Empty(rule.Missing(Attended(2, 10, "A SUPPORT PLAN"), NoModules));
        Assert.Equal(2, rule.Missing(Attended(2, 10), NoModules).Count);
    }

    [Theory]
    [InlineData(7, 9, false)]
    [InlineData(8, 9, true)]
    [InlineData(8, 10, true)]
    [InlineData(0, 0, false)]
    public void A_share_is_whole_number_arithmetic_rounding_the_sessions_needed_up(int attended, int expected, bool met)
    {
        var rule = CompletionRule.Of(RuleCombination.All, [CompletionCriterion.ShareOfSessions(80)]);

        Assert.Equal(met, rule.Missing(Attended(attended, expected), NoModules).Count == 0);
    }

    [Fact]
    public void A_share_not_met_says_how_many_of_how_many()
    {
        var rule = CompletionRule.Of(RuleCombination.All, [CompletionCriterion.ShareOfSessions(80)]);

        Assert.Equal(["attend at least 80% of the sessions expected of them (attended 7 of 9)"], rule.Missing(Attended(7, 9), NoModules));
    }

    [Fact]
    public void A_share_is_met_exactly_when_attended_reaches_the_percentage_of_expected()
        => Gen.Select(Gen.Int[0, 60], Gen.Int[0, 60], Gen.Int[1, 100]).Sample((attended, extra, percent) =>
        {
            var expected = attended + extra;
            var rule = CompletionRule.Of(RuleCombination.All, [CompletionCriterion.ShareOfSessions(percent)]);
            var met = rule.Missing(Attended(attended, expected), NoModules).Count == 0;
            Assert.Equal(expected > 0 && (decimal)attended / expected >= percent / 100m, met);
        }, iter: 5_000);

    [Fact]
    public void Any_is_met_exactly_when_all_would_list_fewer_than_every_criterion()
        => Gen.Select(Gen.Int[0, 12], Gen.Int[0, 12], Gen.Bool).Sample((attended, needed, output) =>
        {
            var criteria = new[] { CompletionCriterion.SessionsAttended(Math.Max(1, needed)), CompletionCriterion.OutputRecorded("plan") };
            var evidence = output ? Attended(attended, 12, "plan") : Attended(attended, 12);
            var all = CompletionRule.Of(RuleCombination.All, criteria).Missing(evidence, NoModules);
            var any = CompletionRule.Of(RuleCombination.Any, criteria).Missing(evidence, NoModules);
            Assert.Equal(all.Count < criteria.Length, any.Count == 0);
        }, iter: 2_000);
}
