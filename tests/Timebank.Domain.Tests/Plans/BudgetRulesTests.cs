using CsCheck;
using NodaTime;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Plans.Budgets;

namespace Timebank.Domain.Tests.Plans;

public sealed class BudgetRulesTests
{
    private static readonly Id<Organisation> Council = Id<Organisation>.New();
    private static readonly Id<Member> Officer = Id<Member>.New();
    private static readonly Id<Member> Person = Id<Member>.New();
    private static readonly Instant Now = Instant.FromUtc(2027, 3, 1, 10, 0);
    private static readonly LocalDate Today = new(2027, 3, 1);
    private static readonly string[] CareAnswers = ["none", "some", "daily"];
    private static readonly string[] OutingAnswers = ["none", "some", "always"];

    /// <summary>Two questions scoring 0–10 and 0–6: totals 0 to 16.</summary>
    public static AllocationRules Rules(IReadOnlyList<BudgetBand>? bands = null, AllocationRules? current = null)
        => AllocationRules.Publish(Council, current, "Adult social care self-assessment",
            [
                AllocationQuestion.Create("personal-care", "How much help do you need with washing and dressing?",
                    [("none", "None", 0), ("some", "Some days", 4), ("daily", "Every day", 10)], "questions[0]"),
                AllocationQuestion.Create("going-out", "How much help do you need to get out and about?",
                    [("none", "None", 0), ("some", "Sometimes", 3), ("always", "Every time", 6)], "questions[1]"),
            ],
            bands ?? [BudgetBand.Create(0, 5, 4_000, 120, "bands[0]"), BudgetBand.Create(6, 11, 9_000, 240, "bands[1]"), BudgetBand.Create(12, 16, 15_000, 420, "bands[2]")],
            Officer, Now);

    [Fact]
    public void Publishing_again_makes_the_next_version_and_bands_are_kept_in_order()
    {
        var first = Rules();
        var second = Rules([BudgetBand.Create(8, 16, 10_000, 300, "bands[0]"), BudgetBand.Create(0, 7, 5_000, 150, "bands[1]")], first);

        Assert.Equal(1, first.Version);
        Assert.Equal(2, second.Version);
        Assert.Equal([0, 8], second.Bands.Select(b => b.FromPoints));
    }

    [Theory]
    [InlineData(1, 16, "no band holds 0 to 0 points")]
    [InlineData(0, 15, "no band holds 16 to 16 points, which the answers can score")]
    public void Bands_that_leave_a_total_without_a_budget_are_refused_naming_the_gap(int from, int to, string reason)
    {
        var error = Assert.Throws<DomainException>(() => Rules([BudgetBand.Create(from, to, 1_000, 60, "bands[0]")]));

        Assert.Equal("BANDS_DO_NOT_COVER", error.Error.Code);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Overlapping_bands_are_refused()
    {
        var error = Assert.Throws<DomainException>(() => Rules([BudgetBand.Create(0, 8, 1_000, 60, "bands[0]"), BudgetBand.Create(8, 16, 2_000, 60, "bands[1]")]));

        Assert.Contains("8 points fall in two bands", error.Message);
    }

    [Theory]
    [InlineData(-1, 60, "weeklyPence")]
    [InlineData(1_000_001, 60, "weeklyPence")]
    [InlineData(100, 10_081, "weeklyMinutes")]
    public void A_band_amount_out_of_range_is_refused_naming_the_field(long pence, long minutes, string field)
    {
        var error = Assert.Throws<DomainException>(() => BudgetBand.Create(0, 10, pence, minutes, "bands[0]"));

        Assert.Equal($"bands[0].{field}", Assert.IsType<ValidationFailed>(error.Error).Field);
    }

    [Fact]
    public void A_question_needs_two_answers_with_keys_of_their_own()
    {
        Assert.Throws<DomainException>(() => AllocationQuestion.Create("q", "Q?", [("a", "A", 1)], "questions[0]"));
        var twice = Assert.Throws<DomainException>(() => AllocationQuestion.Create("q", "Q?", [("a", "A", 1), ("a", "B", 2)], "questions[0]"));
        Assert.Contains("\"a\" is used twice", twice.Message);
        Assert.Throws<DomainException>(() => AllocationQuestion.Create("q q", "Q?", [("a", "A", 1), ("b", "B", 2)], "questions[0]"));
    }

    [Fact]
    public void The_working_shows_each_answer_its_points_the_band_and_the_version_in_words()
    {
        var rules = Rules();
        var assessment = SelfAssessment.Submit(rules, Person, [new("going-out", "some"), new("personal-care", "daily")], Person, Now);

        var working = new BudgetWorking(rules, assessment, null);

        Assert.Equal(13, assessment.Points);
        Assert.Equal((15_000, 420), (working.WeeklyPence, working.WeeklyMinutes));
        Assert.Equal(
            [
                "You answered \"Every day\" to \"How much help do you need with washing and dressing?\": 10 points.",
                "You answered \"Sometimes\" to \"How much help do you need to get out and about?\": 3 points.",
                "Your answers add up to 13 points.",
                "In Adult social care self-assessment (version 1), 12 to 16 points: £150.00 and 7 hours a week.",
                "So your indicative budget is £150.00 and 7 hours of support a week.",
            ], working.InWords);
    }

    [Theory]
    [InlineData("personal-care", "daily", null, null, "\"How much help do you need to get out and about?\" is not answered yet.")]
    [InlineData("personal-care", "sometimes", "going-out", "none", "\"sometimes\" is not one of the answers to \"How much help do you need with washing and dressing?\".")]
    [InlineData("cooking", "none", "going-out", "none", "\"cooking\" is not a question of Adult social care self-assessment (version 1).")]
    [InlineData("going-out", "none", "going-out", "some", "\"How much help do you need to get out and about?\" is answered more than once.")]
    public void An_assessment_that_is_not_whole_is_refused_naming_the_question(string q1, string a1, string? q2, string? a2, string message)
    {
        List<GivenAnswer> answers = [new(q1, a1)];
        if (q2 is not null)
            answers.Add(new(q2, a2!));

        var error = Assert.Throws<DomainException>(() => SelfAssessment.Submit(Rules(), Person, answers, Person, Now));

        Assert.Equal("ASSESSMENT_INCOMPLETE", error.Error.Code);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void An_upheld_challenge_changes_the_budget_and_its_working_says_so_and_when()
    {
        var rules = Rules();
        var assessment = SelfAssessment.Submit(rules, Person, [new("personal-care", "some"), new("going-out", "none")], Person, Now);
        var challenge = BudgetChallenge.Raise(assessment, false, "My needs at night were not asked about.", "My sister, Asha", Person, Today);

        Assert.Equal("CHALLENGE_ALREADY_OPEN", Assert.Throws<DomainException>(() => BudgetChallenge.Raise(assessment, true, "Again", null, Person, Today)).Error.Code);
        Assert.Equal("NOT_ALLOWED", Assert.Throws<DomainException>(() => challenge.Uphold(Person, null, 6_000, 180, assessment, Today)).Error.Code);
        Assert.Throws<DomainException>(() => challenge.Uphold(Officer, null, 4_000, 120, assessment, Today));
        challenge.Uphold(Officer, "Night-time support added.", 6_000, 180, assessment, Today.PlusDays(14));

        var working = new BudgetWorking(rules, assessment, challenge);
        Assert.Equal((6_000, 180), (working.WeeklyPence, working.WeeklyMinutes));
        Assert.Equal("Your challenge was upheld on Monday 15 March 2027: your budget is now £60.00 and 3 hours a week. Night-time support added.", working.InWords[^1]);
        Assert.Equal("CHALLENGE_ALREADY_DECIDED", Assert.Throws<DomainException>(() => challenge.Decline(Officer, "No", Today)).Error.Code);
    }

    [Fact]
    public void Declining_needs_a_reason_for_the_person()
    {
        var assessment = SelfAssessment.Submit(Rules(), Person, [new("personal-care", "some"), new("going-out", "none")], Person, Now);
        var challenge = BudgetChallenge.Raise(assessment, false, "Too low", null, Person, Today);

        Assert.Throws<DomainException>(() => challenge.Decline(Officer, " ", Today));
        challenge.Decline(Officer, "The assessment already counts the help your sister gives.", Today);

        Assert.Equal(ChallengeStatus.NotUpheld, challenge.Status);
    }

    [Fact]
    public void Whatever_is_answered_the_total_is_the_sum_of_the_steps_and_falls_in_the_band_that_pays_it()
        => Gen.Select(Gen.Int[0, 2], Gen.Int[0, 2], Gen.Int[1, 15]).Sample((care, outing, split) =>
        {
            var rules = Rules([BudgetBand.Create(0, split - 1, 1_000, 60, "bands[0]"), BudgetBand.Create(split, 16, 2_000, 120, "bands[1]")]);
            var assessment = SelfAssessment.Submit(rules, Person,
                [new("personal-care", CareAnswers[care]), new("going-out", OutingAnswers[outing])], Person, Now);
            var working = new BudgetWorking(rules, assessment, null);

            Assert.Equal(working.Steps.Sum(s => s.Points), assessment.Points);
            Assert.True(working.Band.Holds(assessment.Points));
            Assert.Equal(assessment.Points < split ? 1_000 : 2_000, working.WeeklyPence);
        });
}
