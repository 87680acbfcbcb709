using CsCheck;
using NodaTime;
using Timebank.Domain.Common;
using Timebank.Domain.Flexi;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Plans.Plans;

namespace Timebank.Domain.Tests.Plans;

/// <summary>The costed budget's sums, the outcome every hour and pound must name, and progress that leaves nothing out.</summary>
public sealed class PlanSpendingRulesTests
{
    private static readonly LocalDate Start = new(2027, 3, 1);
    private static readonly string?[] Named = ["music", "MUSIC", "cooking", "gardening", null];

    private static string Code(Action act) => Assert.Throws<DomainException>(act).Error.Code;

    [Fact]
    public void A_line_costs_its_minutes_at_the_hourly_rate_to_the_nearest_penny_and_a_year_is_fifty_two_weeks()
    {
        Gen.Select(Gen.Long[1, 7 * 24 * 60], Gen.Long[1, 1_000_00]).Sample((minutes, rate) =>
        {
            var line = new BudgetLine("Adult social care", "PA", SupportKind.Paid, minutes, rate, null, null, null);
            // Exact to the penny: never more than half a penny from minutes × rate / 60.
            Assert.True(Math.Abs((line.WeeklyPence * 60) - (minutes * rate)) <= 30);
            Assert.Equal(line.WeeklyPence * 52, line.YearlyPence);
        });
        Assert.Equal(0, new BudgetLine("Family", "Visit", SupportKind.Unpaid, 120, 0, null, null, null).WeeklyPence);
    }

    [Fact]
    public void A_budget_names_only_the_plans_outcomes_keeps_its_streams_rules_and_gives_the_person_no_more_than_it_holds()
    {
        string? Outcome(string? key, string field) => key is null or "home" ? key : throw new DomainException(new ValidationFailed(field, "names no outcome"));
        BudgetLine Tenancy(string? meets) => new("Supporting People", "Tenancy support", SupportKind.Paid, 60, 2_000, null, null, meets);
        StreamRule[] rules = [new("supporting people", "housing-support time must be tenancy related")];

        Assert.Equal("VALIDATION_FAILED", Code(() => CostedBudget.Create([Tenancy(null)], null, rules, 0, Outcome)));
        Assert.Equal("VALIDATION_FAILED", Code(() => CostedBudget.Create([Tenancy("Rent")], [new CapitalItem("Bed", 100, "ASC", "garden")], rules, 0, Outcome)));
        Assert.Equal("VALIDATION_FAILED", Code(() => CostedBudget.Create([Tenancy("Rent")], [new CapitalItem("Bed", 100, "ASC", "home"), new CapitalItem("bed", 50, "ASC", "home")], rules, 0, Outcome)));
        Assert.Equal("VALIDATION_FAILED", Code(() => CostedBudget.Create([Tenancy("Rent")], null, rules, 2_001, Outcome)));
        Assert.Equal("VALIDATION_FAILED", Code(() => CostedBudget.Create([new BudgetLine("Family", "Visit", SupportKind.Unpaid, 60, 500, null, null, null)], null, null, 0, Outcome)));
        var budget = CostedBudget.Create([Tenancy("Rent")], [new CapitalItem("Bed", 100, "ASC", "home")], rules, 2_000, Outcome);
        Assert.Equal(2_000, budget.WeeklyPence);
        Assert.Equal("Bed", budget.FindItem(" BED ")!.What);
    }

    [Fact]
    public void With_a_plan_in_force_an_outcome_must_be_named_and_be_the_plans_without_one_free_text_stands()
    {
        var plan = new PlanInForce(Guid.NewGuid(), 1, ["music", "cooking"], [new AgreedItem("Amp", 6_000, "music", 1_000)]);
        Assert.Equal("Anything", PlanInForce.OutcomeFor(null, " Anything ", "outcome"));
        Assert.Null(PlanInForce.OutcomeFor(null, null, "outcome"));
        Assert.Equal("music", PlanInForce.OutcomeFor(plan, "MUSIC", "outcome"));
        Assert.Equal("VALIDATION_FAILED", Code(() => PlanInForce.OutcomeFor(plan, null, "outcome")));
        Assert.Equal("VALIDATION_FAILED", Code(() => PlanInForce.OutcomeFor(plan, "gardening", "outcome")));
        Assert.Equal(5_000, PlanInForce.ItemFor(plan, "amp", "planItem")!.RemainingPence);
        Assert.Equal("VALIDATION_FAILED", Code(() => PlanInForce.ItemFor(plan, "Drums", "planItem")));
        Assert.Equal("VALIDATION_FAILED", Code(() => PlanInForce.ItemFor(null, "Amp", "planItem")));
    }

    [Fact]
    public void Progress_puts_every_minute_and_penny_under_one_of_the_outcomes_or_elsewhere()
    {
        var content = PlanContent.Create([new PlannedOutcome("music", "Play", 60, 1_000), new PlannedOutcome("cooking", "Cook", 30, 500)],
            null, null, null, null, PlanFormat.Standard, Start, Start.PlusYears(1), Start.PlusMonths(6), null);
        var (_, version) = Plan.Draft(Id<Organisation>.New(), Id<Member>.New(), content, Id<Member>.New(), Instant.FromUtc(2027, 3, 1, 9, 0));
        var spends = Gen.Select(Gen.Int[0, 4].Select(i => Named[i]), Gen.Long[0, 600], Gen.Long[0, 600], Gen.Long[0, 10_000],
            (o, d, b, p) => new OutcomeSpend(o, d, b, p)).List[0, 40];
        spends.Sample(list =>
        {
            var progress = PlanProgress.Of(version, Start.PlusDays(20), list);
            Assert.Equal(3, progress.Weeks);
            Assert.Equal(list.Sum(s => s.PenceSpent), progress.Outcomes.Sum(o => o.PenceSpent) + progress.Elsewhere.PenceSpent);
            Assert.Equal(list.Sum(s => s.MinutesDelivered + s.MinutesBooked),
                progress.Outcomes.Sum(o => o.MinutesDelivered + o.MinutesBooked) + progress.Elsewhere.MinutesDelivered + progress.Elsewhere.MinutesBooked);
            Assert.Equal(list.Where(s => s.Outcome is "music" or "MUSIC").Sum(s => s.PenceSpent), progress.Outcomes[0].PenceSpent);
            Assert.Equal(180, progress.Outcomes[0].PlannedMinutesToDate);
        });
    }
}
