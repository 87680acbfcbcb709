using Timebank.Domain.Courses;
using Timebank.Domain.Organisations;
using static Timebank.Domain.Tests.Courses.TrainingOrganisation;

namespace Timebank.Domain.Tests.Courses;

public sealed class CourseTests
{
    private readonly TrainingOrganisation _org = new();

    [Fact]
    public void A_course_keeps_its_modules_in_order_with_their_length()
    {
        var course = _org.ChampionCourse();

        Assert.Equal(Enumerable.Range(1, 7), course.Modules.Select(m => m.Position));
        Assert.Equal("Induction", course.Modules[0].Title);
        Assert.Equal(120, course.Modules[0].Minutes);
        Assert.Equal(AccreditationKind.SupportPlanningChampion, course.Grants);
        Assert.Equal(MaterialFormats.LargePrint | MaterialFormats.Braille | MaterialFormats.EasyRead, course.Formats);
    }

    [Fact]
    public void A_user_led_group_runs_courses_too()
    {
        var group = new TrainingOrganisation(OrganisationKind.UserLedGroup);

        Assert.Equal(group.Organisation.Id, group.PeerBrokerCourse().OrganisationId);
    }

    [Fact]
    public void A_timebank_cannot_run_a_course()
    {
        var timebank = new TrainingOrganisation(OrganisationKind.Timebank);

        Assert.IsType<NotAllowed>(Refusal(() => timebank.PeerBrokerCourse()));
    }

    [Fact]
    public void Only_an_organiser_creates_a_course()
    {
        var member = _org.PlainMember(NewPerson("Bea"));

        var error = Refusal(() => Course.Create(_org.Organisation, member, Details("Peer brokerage"), _org.Now));

        Assert.IsType<NotAllowed>(error);
    }

    [Fact]
    public void An_organiser_of_another_organisation_cannot_change_the_course()
    {
        var course = _org.PeerBrokerCourse();
        var other = new TrainingOrganisation();

        Assert.IsType<NotAllowed>(Refusal(() => course.Update(other.Organiser, Details("Taken over"), new HashSet<Id<CourseModule>>(), other.Now)));
        Assert.Equal("Peer brokerage", course.Title);
    }

    [Fact]
    public void New_accreditation_kinds_are_codes_an_organisation_can_add()
    {
        Assert.Equal("PLANNING_LIVE_HOST", AccreditationKind.Parse("planning live host").Code);
        Assert.Equal(AccreditationKind.PeerBroker, AccreditationKind.Parse("peer-broker"));
        Assert.Equal("support planning champion", AccreditationKind.SupportPlanningChampion.Name);
        Assert.IsType<ValidationFailed>(Refusal(() => AccreditationKind.Parse("9 lives")));
        Assert.IsType<ValidationFailed>(Refusal(() => AccreditationKind.Parse("")));
    }

    [Fact]
    public void A_course_needs_modules_within_their_length_limits()
    {
        Assert.Equal("modules: must list 1 to 40 modules", Refusal(() => Create(Details("Empty", modules: []))).Message);
        var error = Refusal(() => Create(Details("Too long", modules: [new ModuleDraft("All day and night", 9 * 60)])));
        Assert.Equal("modules[0].minutes: must be between 5 minutes and 8 hours", error.Message);
    }

    [Fact]
    public void A_format_that_does_not_exist_is_refused()
        => Assert.IsType<ValidationFailed>(Refusal(() => Create(Details("Odd") with { Formats = (MaterialFormats)1024 })));

    [Fact]
    public void Updating_keeps_the_modules_it_names_and_reorders_them()
    {
        var course = _org.ChampionCourse();
        var induction = course.Modules[0];
        var budgets = course.Modules[2];

        course.Update(_org.Organiser, Details("Champions", modules: [new ModuleDraft("Indicative budgets", 180, budgets.Id), new ModuleDraft("Induction", 120, induction.Id)]),
            new HashSet<Id<CourseModule>>(), _org.Now);

        Assert.Equal([budgets.Id, induction.Id], course.Modules.Select(m => m.Id));
        Assert.Equal([1, 2], course.Modules.Select(m => m.Position));
        Assert.Equal(180, course.Modules[0].Minutes);
    }

    [Fact]
    public void A_module_covered_by_sessions_cannot_be_removed_and_nothing_changes()
    {
        var course = _org.ChampionCourse();
        var inUse = new HashSet<Id<CourseModule>> { course.Modules[1].Id };
        var kept = new ModuleDraft("Induction", 120, course.Modules[0].Id);

        var error = Refusal(() => course.Update(_org.Organiser, Details("Champions, shorter", modules: [kept]), inUse, _org.Now));

        Assert.Equal("Module \"Person-centred thinking\" is covered by scheduled sessions, so it cannot be removed.", error.Message);
        Assert.Equal("Support planning champions", course.Title);
        Assert.Equal(7, course.Modules.Count);
    }

    [Fact]
    public void A_rule_cannot_ask_for_the_same_output_twice()
    {
        var error = Refusal(() => CompletionRule.Of(RuleCombination.All,
            [CompletionCriterion.OutputRecorded("A support plan"), CompletionCriterion.OutputRecorded("a support plan")]));

        Assert.Equal("rule.criteria: names the same output twice", error.Message);
    }

    [Fact]
    public void Rule_numbers_stay_within_their_limits()
    {
        Assert.IsType<ValidationFailed>(Refusal(() => CompletionCriterion.ShareOfSessions(101)));
        Assert.IsType<ValidationFailed>(Refusal(() => CompletionCriterion.SessionsAttended(0)));
        Assert.IsType<ValidationFailed>(Refusal(() => CompletionRule.Of(RuleCombination.Any, [])));
    }

    [Fact]
    public void Search_text_is_the_title_and_description_in_lower_case()
        => Assert.Equal("peer brokerage ten sessions on helping someone arrange the support in their plan.", _org.PeerBrokerCourse().SearchText);

    private Course Create(CourseDetails details) => Course.Create(_org.Organisation, _org.Organiser, details, _org.Now);

    private static CourseDetails Details(string title, IReadOnlyList<ModuleDraft>? modules = null)
        => new(title, null, modules ?? [new ModuleDraft("Only module", 60)], AccreditationKind.PeerBroker,
            CompletionRule.Of(RuleCombination.All, [CompletionCriterion.SessionsAttended(1)]));
}
