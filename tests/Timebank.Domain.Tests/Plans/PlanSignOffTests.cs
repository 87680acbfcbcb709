using CsCheck;
using NodaTime;
using Timebank.Domain.Common;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Plans.Plans;

namespace Timebank.Domain.Tests.Plans;

public sealed class PlanSignOffTests
{
    private static readonly Id<Organisation> Provider = Id<Organisation>.New();
    private static readonly Id<Member> Person = Id<Member>.New();
    private static readonly Instant Now = Instant.FromUtc(2027, 3, 1, 10, 0);

    public static PlanContent Content(long minutes = 210, string words = "I want to get back to playing bass with friends")
        => PlanContent.Create(
            [new PlannedOutcome("music", words, minutes, 4_000), new PlannedOutcome("family", "See my grandchild for the first time", 0, 2_500)],
            ["My keyworker listens"], ["Evenings are lonely"],
            [new PlanAction("Find a band that rehearses nearby", "Sam (keyworker)", new LocalDate(2027, 4, 1), "music")],
            [new SupportPerson("Aisha", "sister")], PlanFormat.EasyRead,
            new LocalDate(2027, 3, 1), new LocalDate(2028, 2, 29), new LocalDate(2027, 9, 1),
            [new RiskDecision("Travel to rehearsals alone", "Aisha and the manager", "He knows the route and carries a phone")]);

    private static (Plan Plan, PlanVersion Version) Submitted(PlanSignOffPolicy policy)
    {
        var (plan, version) = Plan.Draft(Provider, Person, Content(), Person, Now);
        version.Submit(policy, Now);
        return (plan, version);
    }

    private static PlanSignOffPolicy PanelOf(IReadOnlyList<Id<Member>> signers, int quorum, Id<Member>? observer = null)
        => PlanSignOffPolicy.Create(SignOffMode.Panel, null,
            [.. signers.Select((m, i) => new PanelSeat(m, $"Panel member {i + 1}", false)), .. observer is { } o ? new[] { new PanelSeat(o, "Observer", true) } : []], quorum);

    [Fact]
    public void A_panel_of_five_with_a_quorum_of_three_approves_on_the_third_approval_and_observers_cannot_sign()
    {
        var panel = Enumerable.Range(0, 5).Select(_ => Id<Member>.New()).ToList();
        var observer = Id<Member>.New();
        var policy = PanelOf(panel, 3, observer);
        var (_, version) = Submitted(policy);

        version.Decide(Person, panel[0], policy.CapacityOf(panel[0], false, false), true, null, Now);
        version.Decide(Person, panel[1], policy.CapacityOf(panel[1], false, false), false, "The cash for music needs a supplier", Now);
        Assert.Equal(PlanStatus.Submitted, version.Status);
        var observing = Assert.Throws<DomainException>(() => version.Decide(Person, observer, policy.CapacityOf(observer, false, false), true, null, Now));
        Assert.Equal("NOT_ALLOWED", observing.Error.Code);
        Assert.Equal("ALREADY_SIGNED_OFF", Assert.Throws<DomainException>(() => version.Decide(Person, panel[0], "Panel member 1", true, null, Now)).Error.Code);
        version.Decide(Person, panel[2], policy.CapacityOf(panel[2], false, false), true, null, Now);
        version.Decide(Person, panel[3], policy.CapacityOf(panel[3], false, false), true, "Good plan", Now);

        Assert.Equal(PlanStatus.Approved, version.Status);
        Assert.Equal(4, version.Decisions.Count);
        Assert.Equal("PLAN_NOT_AWAITING_SIGN_OFF", Assert.Throws<DomainException>(() => version.Decide(Person, panel[4], "Panel member 5", true, null, Now)).Error.Code);
    }

    [Fact]
    public void A_panel_sends_back_once_the_quorum_can_no_longer_be_reached_and_a_send_back_needs_a_reason()
    {
        var panel = Enumerable.Range(0, 5).Select(_ => Id<Member>.New()).ToList();
        var policy = PanelOf(panel, 3);
        var (_, version) = Submitted(policy);

        Assert.Equal("VALIDATION_FAILED", Assert.Throws<DomainException>(() => version.Decide(Person, panel[0], "Panel member 1", false, " ", Now)).Error.Code);
        version.Decide(Person, panel[0], "Panel member 1", false, "No review date agreed with the person", Now);
        version.Decide(Person, panel[1], "Panel member 2", false, "Agree", Now);
        Assert.Equal(PlanStatus.Submitted, version.Status);
        version.Decide(Person, panel[2], "Panel member 3", false, "Agree", Now);
        Assert.Equal(PlanStatus.SentBack, version.Status);
        Assert.True(version.IsEditable);
    }

    [Fact]
    public void Manager_and_commissioner_sign_jointly_nobody_signs_their_own_plan_and_one_capacity_signs_once()
    {
        var policy = PlanSignOffPolicy.Create(SignOffMode.ManagerAndCommissioner, Id<Organisation>.New(), null, null);
        var (_, version) = Submitted(policy);
        var (manager, deputy, lead) = (Id<Member>.New(), Id<Member>.New(), Id<Member>.New());

        Assert.Equal("OWN_PLAN_SIGN_OFF", Assert.Throws<DomainException>(() => version.Decide(Person, Person, "manager", true, null, Now)).Error.Code);
        version.Decide(Person, manager, policy.CapacityOf(manager, true, false), true, null, Now);
        Assert.Equal("ALREADY_SIGNED_OFF", Assert.Throws<DomainException>(() => version.Decide(Person, deputy, policy.CapacityOf(deputy, true, false), true, null, Now)).Error.Code);
        Assert.Equal(PlanStatus.Submitted, version.Status);
        version.Decide(Person, lead, policy.CapacityOf(lead, false, true), true, null, Now);
        Assert.Equal(PlanStatus.Approved, version.Status);
    }

    [Fact]
    public void A_change_after_approval_is_a_new_version_and_the_approved_one_stays_as_it_was()
    {
        var (plan, first) = Plan.Draft(Provider, Person, Content(), Person, Now);
        first.Submit(PlanSignOffPolicy.ManagerAlone, Now);
        Assert.Equal("PLAN_NOT_EDITABLE", Assert.Throws<DomainException>(() => plan.Revise(first, Content(240), Person, Now)).Error.Code);
        first.Decide(Person, Id<Member>.New(), "manager", true, null, Now);

        var second = plan.Revise(first, Content(240, "I play bass in a band"), Person, Now);

        Assert.Equal(2, second.Number);
        Assert.Equal(2, plan.LatestVersion);
        Assert.Equal(PlanStatus.Draft, second.Status);
        Assert.Equal(210, first.Content.Outcomes[0].WeeklyMinutes);
        Assert.Equal(PlanStatus.Approved, first.Status);
        var changes = PlanDiff.Between(first.Content, second.Content);
        Assert.Contains("Outcome \"music\" now reads: \"I play bass in a band\".", changes);
        Assert.Contains("Outcome \"music\": 3 hours 30 minutes and £40.00 a week before, 4 hours and £40.00 a week now.", changes);
        Assert.Equal(2, changes.Count);
    }

    [Fact]
    public void Content_is_refused_naming_the_line_that_is_wrong()
    {
        static string Field(Action make) => ((ValidationFailed)Assert.Throws<DomainException>(make).Error).Field;
        Assert.Equal("outcomes", Field(() => PlanContent.Create([], null, null, null, null, PlanFormat.Standard, new(2027, 3, 1), new(2028, 3, 1), new(2027, 9, 1), null)));
        Assert.Equal("outcomes[0].weeklyMinutes", Field(() => PlanContent.Create([new PlannedOutcome("a", "b", -1, 0)], null, null, null, null, PlanFormat.Standard, new(2027, 3, 1), new(2028, 3, 1), new(2027, 9, 1), null)));
        Assert.Equal("reviewOn", Field(() => PlanContent.Create([new PlannedOutcome("a", "b", 1, 0)], null, null, null, null, PlanFormat.Standard, new(2027, 3, 1), new(2028, 3, 1), new(2029, 9, 1), null)));
        Assert.Equal("actions[0].outcome", Field(() => PlanContent.Create([new PlannedOutcome("a", "b", 1, 0)], null, null, [new PlanAction("x", "y", new(2027, 4, 1), "nope")], null, PlanFormat.Standard, new(2027, 3, 1), new(2028, 3, 1), new(2027, 9, 1), null)));
        Assert.Equal("quorum", Field(() => PlanSignOffPolicy.Create(SignOffMode.Panel, null, [new PanelSeat(Id<Member>.New(), "Chair", false)], 2)));
    }

    [Fact]
    public void However_a_panel_votes_it_is_approved_exactly_when_the_quorum_approves_and_sent_back_exactly_when_it_cannot()
    {
        Gen.Select(Gen.Int[1, 7], Gen.Int[1, 7], Gen.Bool.Array[7]).Where(t => t.Item2 <= t.Item1).Sample((size, quorum, votes) =>
        {
            var panel = Enumerable.Range(0, size).Select(_ => Id<Member>.New()).ToList();
            var policy = PanelOf(panel, quorum);
            var (_, version) = Submitted(policy);
            int yes = 0, no = 0;
            for (var i = 0; i < size && version.Status == PlanStatus.Submitted; i++)
            {
                version.Decide(Person, panel[i], policy.CapacityOf(panel[i], false, false), votes[i], votes[i] ? null : "Not yet", Now);
                if (votes[i]) yes++; else no++;
                var expected = yes >= quorum ? PlanStatus.Approved : no > size - quorum ? PlanStatus.SentBack : PlanStatus.Submitted;
                Assert.Equal(expected, version.Status);
            }
            Assert.NotEqual(PlanStatus.Submitted, version.Status);
        });
    }
}
