using NodaTime;
using NodaTime.Testing;
using Timebank.Domain.Courses;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Tests.Courses;

/// <summary>A training organisation with an organiser, a fake clock in January 2026, and the field's courses.</summary>
internal sealed class TrainingOrganisation
{
    public static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    public FakeClock Clock { get; } = new(Instant.FromUtc(2026, 1, 5, 9, 0));
    public Organisation Organisation { get; }
    public Membership OrganiserMembership { get; }
    public Actor Organiser { get; }
    public Id<Organisation> Timebank { get; } = Id<Organisation>.New();

    public TrainingOrganisation(OrganisationKind kind = OrganisationKind.Training)
    {
        var founder = Id<Member>.New();
        (Organisation, OrganiserMembership) = Organisation.Create(OrganisationName.Parse("Coventry Road Training"), kind, founder, Now);
        OrganiserMembership.Grant(Roles.Organiser, OrganiserMembership);
        Organiser = new Actor(founder, OrganiserMembership);
    }

    public Instant Now => Clock.GetCurrentInstant();

    public static Person NewPerson(string name) => new(Id<Member>.New(), name);

    /// <summary>Someone acting for themselves, with no organiser role.</summary>
    public static Actor Self(Person person) => new(person.Id, null);

    /// <summary>An approved member of the organisation who is not an organiser.</summary>
    public Actor PlainMember(Person person)
        => new(person.Id, Organisation.Enrol(person.Id, OrganiserMembership, Now));

    public static LocalDateTime Local(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute);

    public static Instant At(LocalDateTime local) => SessionStart.FromLocal(local, London);

    /// <summary>The peer broker course: ten two-hour sessions, one module each; 80% attendance and a support plan drafted.</summary>
    public Course PeerBrokerCourse(CompletionRule? rule = null, AccreditationKind? facilitatorsMustHold = null, EnrolmentMode enrolment = EnrolmentMode.Open)
        => Course.Create(Organisation, Organiser, new CourseDetails(
            "Peer brokerage",
            "Ten sessions on helping someone arrange the support in their plan.",
            [.. Enumerable.Range(1, 10).Select(i => new ModuleDraft($"Peer brokerage {i}", 120))],
            AccreditationKind.PeerBroker,
            rule ?? CompletionRule.Of(RuleCombination.All,
                [CompletionCriterion.ShareOfSessions(80), CompletionCriterion.OutputRecorded("a support plan drafted with a person")]),
            MaterialFormats.StandardPrint | MaterialFormats.LargePrint | MaterialFormats.EasyRead,
            facilitatorsMustHold,
            enrolment,
            Timebank), Now);

    /// <summary>Support planning champions: a two-hour induction, then three short days of two modules each; every module attended.</summary>
    public Course ChampionCourse()
        => Course.Create(Organisation, Organiser, new CourseDetails(
            "Support planning champions",
            null,
            [new ModuleDraft("Induction", 120), new ModuleDraft("Person-centred thinking", 150), new ModuleDraft("Indicative budgets", 150),
             new ModuleDraft("Outcomes and SMART actions", 150), new ModuleDraft("Circles of support", 150),
             new ModuleDraft("Planning Live", 150), new ModuleDraft("Presenting to a panel", 150)],
            AccreditationKind.SupportPlanningChampion,
            CompletionRule.Of(RuleCombination.All, [CompletionCriterion.EveryModule()]),
            MaterialFormats.LargePrint | MaterialFormats.Braille | MaterialFormats.EasyRead), Now);

    /// <summary>Enablers are trained by accredited champions (the cascade).</summary>
    public Course EnablerCourse()
        => Course.Create(Organisation, Organiser, new CourseDetails(
            "Enablers",
            null,
            [new ModuleDraft("Supporting someone to plan", 120)],
            AccreditationKind.Enabler,
            CompletionRule.Of(RuleCombination.All, [CompletionCriterion.SessionsAttended(1)]),
            FacilitatorsMustHold: AccreditationKind.SupportPlanningChampion), Now);

    /// <summary>Disability awareness: ten hourly modules, taken singly or as full days; every module attended, in any run.</summary>
    public Course DisabilityAwarenessCourse()
        => Course.Create(Organisation, Organiser, new CourseDetails(
            "Disability awareness",
            null,
            [.. Enumerable.Range(1, 10).Select(i => new ModuleDraft($"Awareness {i}", 60))],
            AccreditationKind.Parse("disability awareness"),
            CompletionRule.Of(RuleCombination.All, [CompletionCriterion.EveryModule()])), Now);

    /// <summary>One session per module, a week apart on the local calendar from <paramref name="first"/>, each as long as its module.</summary>
    public static IReadOnlyList<SessionPlan> WeeklySessions(Course course, Instant first)
    {
        var starts = SessionStart.Weekly(first.InZone(London).LocalDateTime, course.Modules.Count, London);
        return [.. course.Modules.Select((m, i) => new SessionPlan($"Session {i + 1}: {m.Title}", starts[i], m.Minutes, [m.Id]))];
    }

    public Cohort Schedule(Course course, int capacity, IReadOnlyList<SessionPlan>? sessions = null, IReadOnlyList<FacilitatorPlan>? facilitators = null,
        IReadOnlyCollection<Accreditation>? accreditations = null)
        => Cohort.Schedule(course, Organiser,
            new CohortPlan(sessions ?? WeeklySessions(course, At(Local(2026, 2, 3, 10))), capacity, facilitators ?? []),
            accreditations ?? [], London, Now);

    /// <summary>Moves the clock to just after a session ends, so its register can be taken and its hours banked.</summary>
    public void AfterSession(CohortSession session) => Clock.Reset(session.End + Duration.FromMinutes(1));

    public static IReadOnlySet<Id<CourseModule>> NothingElsewhere { get; } = new HashSet<Id<CourseModule>>();

    public static DomainError Refusal(Action action) => Assert.Throws<DomainException>(action).Error;
}
