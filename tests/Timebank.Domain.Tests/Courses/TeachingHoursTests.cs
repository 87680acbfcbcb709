using NodaTime;
using Timebank.Domain.Courses;
using static Timebank.Domain.Tests.Courses.TrainingOrganisation;

namespace Timebank.Domain.Tests.Courses;

public sealed class TeachingHoursTests
{
    private readonly TrainingOrganisation _org = new();
    private readonly Person _volunteer = NewPerson("Val");
    private readonly Person _trainer = NewPerson("Pat");
    private readonly Course _course;
    private readonly Cohort _cohort;

    public TeachingHoursTests()
    {
        _course = _org.PeerBrokerCourse();
        _cohort = _org.Schedule(_course, 6, facilitators: [new FacilitatorPlan(_volunteer), new FacilitatorPlan(_trainer, BanksHours: false)]);
    }

    [Fact]
    public void A_delivered_session_credits_each_volunteer_facilitator_its_length_from_the_organising_organisation()
    {
        var session = _cohort.Sessions[0];
        _org.AfterSession(session);

        var credit = Assert.Single(TeachingHours.ForSession(_course, _cohort, session.Id, _org.Now));

        Assert.Equal((_org.Timebank, _volunteer.Id, _org.Organisation.Id, 120L), (credit.Timebank, credit.Giver, credit.Receiver, credit.Minutes.Value));
        Assert.Equal(new LocalDate(2026, 2, 3), credit.Date);
        Assert.Equal("Facilitated \"Session 1: Peer brokerage 1\" of Peer brokerage (2 hours)", credit.Description);
    }

    [Fact]
    public void Asking_again_gives_the_same_key_so_the_ledger_moves_it_once()
    {
        var session = _cohort.Sessions[0];
        _org.AfterSession(session);
        var first = TeachingHours.ForSession(_course, _cohort, session.Id, _org.Now).Single();
        _org.Clock.AdvanceDays(30);

        var again = TeachingHours.ForSession(_course, _cohort, session.Id, _org.Now).Single();

        Assert.Equal(first, again);
        Assert.Equal(TeachingHours.KeyFor(session.Id, _volunteer.Id), again.Key);
    }

    [Fact]
    public void Each_session_and_facilitator_has_its_own_key()
    {
        var keys = _cohort.Sessions.Take(2)
            .SelectMany(s => new[] { TeachingHours.KeyFor(s.Id, _volunteer.Id), TeachingHours.KeyFor(s.Id, _trainer.Id) })
            .ToList();

        Assert.Equal(4, keys.Distinct().Count());
    }

    [Fact]
    public void A_session_not_yet_over_or_cancelled_earns_nothing_yet()
    {
        var first = _cohort.Sessions[0];
        var second = _cohort.Sessions[1];
        _org.Clock.Reset(first.Start + Duration.FromMinutes(30));
        _cohort.CancelSession(_org.Organiser, second.Id, null, _org.Now);

        Assert.Equal("\"Session 1: Peer brokerage 1\" ends at Tue 3 Feb 2026 12:00; its hours are credited once it has been delivered.",
            Refusal(() => TeachingHours.ForSession(_course, _cohort, first.Id, _org.Now)).Message);
        _org.Clock.Reset(second.End);
        Assert.IsType<SessionCancelled>(Refusal(() => TeachingHours.ForSession(_course, _cohort, second.Id, _org.Now)));
    }

    [Fact]
    public void A_course_that_names_no_timebank_banks_no_hours()
    {
        var course = _org.ChampionCourse();
        var cohort = _org.Schedule(course, 6, facilitators: [new FacilitatorPlan(_volunteer)]);
        _org.AfterSession(cohort.Sessions[0]);

        Assert.Empty(TeachingHours.ForSession(course, cohort, cohort.Sessions[0].Id, _org.Now));
    }
}
