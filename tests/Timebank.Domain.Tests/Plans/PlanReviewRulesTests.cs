using NodaTime;
using Timebank.Domain.Common;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Plans.Plans;
using Timebank.Domain.Plans.Reviews;

namespace Timebank.Domain.Tests.Plans;

public sealed class PlanReviewRulesTests
{
    private static readonly Id<Organisation> Provider = Id<Organisation>.New();
    private static readonly Id<Member> Person = Id<Member>.New();
    private static readonly Id<Member> Manager = Id<Member>.New();
    private static readonly Instant Now = Instant.FromUtc(2027, 9, 1, 10, 0);
    private static readonly LocalDate Today = new(2027, 9, 1);

    private static (Plan Plan, PlanVersion Version) Approved()
    {
        var (plan, version) = Plan.Draft(Provider, Person, PlanSignOffTests.Content(), Person, Now);
        version.Submit(PlanSignOffPolicy.ManagerAlone, Now);
        version.Decide(Person, Manager, "manager", true, null, Now);
        return (plan, version);
    }

    private static OutcomeReview[] Both => [new("music", OutcomeProgress.Good, "Found a band"), new("FAMILY", OutcomeProgress.Some, null)];

    private static string Code(Action act) => Assert.Throws<DomainException>(act).Error.Code;

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public void A_control_rating_is_from_one_to_five(int value)
        => Assert.Equal("VALIDATION_FAILED", Code(() => ControlRating.Of(value)));

    [Fact]
    public void A_review_covers_every_outcome_of_the_approved_version_once()
    {
        var (plan, version) = Approved();
        var review = PlanReview.Record(plan, version, Both, ControlRating.Of(3), DecisionMaker.Themselves, "Better", Today, Today.PlusMonths(6), Manager, Today, Now);
        Assert.Equal(["music", "family"], review.Outcomes.Select(o => o.OutcomeKey));
        Assert.Equal(1, review.VersionNumber);

        Assert.Equal("VALIDATION_FAILED", Code(() => PlanReview.Record(plan, version, Both[..1], ControlRating.Of(3), DecisionMaker.Themselves, null, Today, Today.PlusMonths(6), Manager, Today, Now)));
        Assert.Equal("VALIDATION_FAILED", Code(() => PlanReview.Record(plan, version, [.. Both, new("garden", OutcomeProgress.Some, null)], ControlRating.Of(3), DecisionMaker.Themselves, null, Today, Today.PlusMonths(6), Manager, Today, Now)));
        Assert.Equal("VALIDATION_FAILED", Code(() => PlanReview.Record(plan, version, Both, ControlRating.Of(3), DecisionMaker.Themselves, null, Today.PlusDays(1), Today.PlusMonths(6), Manager, Today, Now)));
        Assert.Equal("VALIDATION_FAILED", Code(() => PlanReview.Record(plan, version, Both, ControlRating.Of(3), DecisionMaker.Themselves, null, Today, Today, Manager, Today, Now)));
    }

    [Fact]
    public void A_plan_never_approved_has_nothing_to_review()
    {
        var (plan, draft) = Plan.Draft(Provider, Person, PlanSignOffTests.Content(), Person, Now);
        Assert.Equal("NO_APPROVED_PLAN", Code(() => PlanReview.Record(plan, null, Both, ControlRating.Of(3), DecisionMaker.Themselves, null, Today, Today.PlusMonths(6), Manager, Today, Now)));
        Assert.Equal("NO_APPROVED_PLAN", Code(() => PlanReview.Record(plan, draft, Both, ControlRating.Of(3), DecisionMaker.Themselves, null, Today, Today.PlusMonths(6), Manager, Today, Now)));
    }

    [Fact]
    public void The_report_takes_each_persons_first_and_latest_review_in_the_range()
    {
        var people = Enumerable.Range(0, 20).Select(_ => Id<Member>.New()).ToList();
        var from = new LocalDate(2027, 1, 1);
        var points = people.SelectMany((p, i) => new[]
        {
            new ReviewPoint(p, new LocalDate(2027, 2, 1), Now, ControlRating.Of(i == 0 ? 1 : 2), i < 5 ? DecisionMaker.Themselves : DecisionMaker.KeyWorker),
            new ReviewPoint(p, new LocalDate(2027, 8, 1), Now, ControlRating.Of(i == 0 ? 3 : 4), i < 14 ? DecisionMaker.Themselves : DecisionMaker.Others),
            new ReviewPoint(p, new LocalDate(2026, 12, 1), Now, ControlRating.Of(5), DecisionMaker.Others),
        });

        var report = ControlReport.Of(from, new LocalDate(2027, 12, 31), points);

        Assert.Equal(20, report.People.Count);
        Assert.Equal(40, report.Reviews);
        Assert.Equal((5, 20, 25), (report.ThemselvesFirst.Count, report.ThemselvesFirst.Of, report.ThemselvesFirst.Percent));
        Assert.Equal((14, 20, 70), (report.ThemselvesLatest.Count, report.ThemselvesLatest.Of, report.ThemselvesLatest.Percent));
        Assert.Equal(39, report.FirstRatings.Total);
        Assert.Equal(1.95m, report.FirstRatings.Value);
        var first = report.People.Single(p => p.Person == people[0]);
        Assert.Equal((1, 3), (first.FirstRating.Value, first.LatestRating.Value));
        Assert.Equal("VALIDATION_FAILED", Code(() => ControlReport.Of(from, from.PlusDays(-1), points)));
    }
}
