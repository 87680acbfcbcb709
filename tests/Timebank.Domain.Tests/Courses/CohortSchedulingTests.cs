using NodaTime;
using Timebank.Domain.Courses;
using static Timebank.Domain.Tests.Courses.TrainingOrganisation;

namespace Timebank.Domain.Tests.Courses;

public sealed class CohortSchedulingTests
{
    private readonly TrainingOrganisation _org = new();

    [Fact]
    public void A_cohort_has_its_sessions_in_order_in_the_organisations_time_zone()
    {
        var course = _org.PeerBrokerCourse();

        var cohort = _org.Schedule(course, capacity: 6);

        Assert.Equal(10, cohort.Sessions.Count);
        Assert.Equal(Local(2026, 2, 3, 10), cohort.Sessions[0].Start.InZone(cohort.TimeZone).LocalDateTime);
        Assert.Equal(Instant.FromUtc(2026, 4, 7, 9, 0), cohort.Sessions[9].Start);
        Assert.Equal(Local(2026, 4, 7, 10), cohort.Sessions[9].Start.InZone(cohort.TimeZone).LocalDateTime);
        Assert.Equal([course.Modules[9].Id], cohort.Sessions[9].ModuleIds);
        Assert.Equal(CohortPhase.Upcoming, cohort.PhaseAt(_org.Now));
    }

    [Fact]
    public void Overlapping_sessions_are_refused_naming_both_in_local_time()
    {
        var course = _org.ChampionCourse();
        var morning = new SessionPlan("Day 1 morning", At(Local(2026, 6, 2, 10)), 150, [course.Modules[1].Id]);
        var afternoon = new SessionPlan("Day 1 afternoon", At(Local(2026, 6, 2, 12)), 150, [course.Modules[2].Id]);

        var error = Refusal(() => _org.Schedule(course, 6, [afternoon, morning]));

        Assert.IsType<SessionsOverlap>(error);
        Assert.Equal("\"Day 1 morning\" (Tue 2 Jun 2026 10:00) and \"Day 1 afternoon\" (Tue 2 Jun 2026 12:00) would overlap; a cohort's sessions run one at a time.", error.Message);
    }

    [Fact]
    public void A_session_inside_a_long_one_overlaps_even_after_a_short_one()
    {
        var course = _org.ChampionCourse();
        var day = new SessionPlan("Whole day", At(Local(2026, 6, 2, 9)), 8 * 60, []);
        var early = new SessionPlan("Early", At(Local(2026, 6, 2, 10)), 30, []);
        var late = new SessionPlan("Late", At(Local(2026, 6, 2, 15)), 30, []);

        var error = Assert.IsType<SessionsOverlap>(Refusal(() => _org.Schedule(course, 6, [day, early, late])));

        Assert.Equal(("Whole day", "Early"), (error.First, error.Second));
    }

    [Fact]
    public void Back_to_back_sessions_do_not_overlap()
    {
        var course = _org.ChampionCourse();
        var induction = new SessionPlan("Induction", At(Local(2026, 6, 2, 10)), 120, [course.Modules[0].Id]);
        var next = new SessionPlan("Straight after", At(Local(2026, 6, 2, 12)), 60, []);

        Assert.Equal(2, _org.Schedule(course, 6, [induction, next]).Sessions.Count);
    }

    [Fact]
    public void A_session_in_the_past_is_refused()
    {
        var course = _org.PeerBrokerCourse();
        var past = new SessionPlan("Too late", _org.Now - Duration.FromHours(1), 60, []);

        var error = Refusal(() => _org.Schedule(course, 6, [past]));

        Assert.Equal("\"Too late\" would start at Mon 5 Jan 2026 08:00, which has already passed.", error.Message);
    }

    [Fact]
    public void A_session_must_cover_modules_of_its_own_course()
    {
        var course = _org.PeerBrokerCourse();
        var stranger = _org.ChampionCourse().Modules[0].Id;

        var error = Refusal(() => _org.Schedule(course, 6, [new SessionPlan("Mixed up", _org.Now + Duration.FromDays(1), 60, [stranger])]));

        Assert.Equal("sessions[0].modules: must name modules of this course, each once", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(201)]
    public void Capacity_stays_within_its_limits(int capacity)
        => Assert.Equal("capacity: must be between 1 and 200", Refusal(() => _org.Schedule(_org.PeerBrokerCourse(), capacity)).Message);

    [Fact]
    public void A_plain_member_cannot_schedule()
    {
        var course = _org.PeerBrokerCourse();
        var member = _org.PlainMember(NewPerson("Bea"));

        Assert.IsType<NotAllowed>(Refusal(() => Cohort.Schedule(course, member,
            new CohortPlan(WeeklySessions(course, _org.Now + Duration.FromDays(1)), 6, []), [], London, _org.Now)));
    }

    [Fact]
    public void Rescheduling_into_another_session_is_refused_and_nothing_moves()
    {
        var cohort = _org.Schedule(_org.PeerBrokerCourse(), 6);
        var second = cohort.Sessions[1];
        var before = second.Start;

        var error = Refusal(() => cohort.RescheduleSession(_org.Organiser, second.Id, cohort.Sessions[2].Start + Duration.FromMinutes(30), 120, _org.Now));

        Assert.IsType<SessionsOverlap>(error);
        Assert.Equal(before, second.Start);
    }

    [Fact]
    public void Rescheduling_moves_a_future_session()
    {
        var cohort = _org.Schedule(_org.PeerBrokerCourse(), 6);
        var second = cohort.Sessions[1];

        cohort.RescheduleSession(_org.Organiser, second.Id, At(Local(2026, 2, 12, 14)), 90, _org.Now);

        Assert.Equal((At(Local(2026, 2, 12, 14)), 90), (second.Start, second.Minutes));
    }

    [Fact]
    public void A_session_that_has_started_cannot_be_moved_nor_moved_into_the_past()
    {
        var cohort = _org.Schedule(_org.PeerBrokerCourse(), 6);
        var first = cohort.Sessions[0];
        var second = cohort.Sessions[1];
        _org.AfterSession(first);

        Assert.IsType<SessionAlreadyHeld>(Refusal(() => cohort.RescheduleSession(_org.Organiser, first.Id, _org.Now + Duration.FromDays(30), 120, _org.Now)));
        Assert.IsType<SessionInPast>(Refusal(() => cohort.RescheduleSession(_org.Organiser, second.Id, _org.Now - Duration.FromMinutes(5), 120, _org.Now)));
    }

    [Fact]
    public void A_cancelled_session_frees_its_time_and_cannot_be_cancelled_again()
    {
        var cohort = _org.Schedule(_org.PeerBrokerCourse(), 6);
        var second = cohort.Sessions[1];

        cohort.CancelSession(_org.Organiser, second.Id, "Facilitator unwell", _org.Now);
        cohort.RescheduleSession(_org.Organiser, cohort.Sessions[2].Id, second.Start, 120, _org.Now);

        Assert.Equal(SessionStatus.Cancelled, second.Status);
        Assert.Equal("Facilitator unwell", second.CancelReason);
        Assert.IsType<SessionCancelled>(Refusal(() => cohort.CancelSession(_org.Organiser, second.Id, null, _org.Now)));
    }

    [Fact]
    public void A_session_with_a_register_cannot_be_cancelled()
    {
        var course = _org.PeerBrokerCourse();
        var cohort = _org.Schedule(course, 6);
        var ann = NewPerson("Ann");
        cohort.Enrol(course, ann, Self(ann), null, null, _org.Now);
        _org.AfterSession(cohort.Sessions[0]);
        cohort.RecordAttendance(_org.Organiser, cohort.Sessions[0].Id, [new AttendanceEntry(ann, AttendanceStatus.Present)], _org.Now);

        var error = Refusal(() => cohort.CancelSession(_org.Organiser, cohort.Sessions[0].Id, null, _org.Now));

        Assert.IsType<SessionHasAttendance>(error);
        Assert.False(cohort.Sessions[0].IsCancelled);
    }

    [Fact]
    public void The_cohorts_span_follows_rescheduling_and_cancelling()
    {
        var cohort = _org.Schedule(_org.PeerBrokerCourse(), 6);
        var (first, last) = (cohort.Sessions[0], cohort.Sessions[9]);

        cohort.RescheduleSession(_org.Organiser, last.Id, At(Local(2026, 4, 21, 10)), 120, _org.Now);
        Assert.Equal((first.Start, At(Local(2026, 4, 21, 12))), (cohort.StartsAt!.Value, cohort.EndsAt!.Value));

        cohort.CancelSession(_org.Organiser, first.Id, null, _org.Now);
        Assert.Equal(cohort.Sessions[1].Start, cohort.StartsAt);
        Assert.Equal(CohortPhase.Upcoming, cohort.PhaseAt(first.End));
    }

    [Fact]
    public void The_phase_follows_the_sessions()
    {
        var cohort = _org.Schedule(_org.PeerBrokerCourse(), 6);

        Assert.Equal(CohortPhase.Running, cohort.PhaseAt(cohort.Sessions[0].Start));
        Assert.Equal(CohortPhase.Running, cohort.PhaseAt(cohort.Sessions[9].Start));
        Assert.Equal(CohortPhase.Finished, cohort.PhaseAt(cohort.Sessions[9].End));

        foreach (var session in cohort.Sessions)
            cohort.CancelSession(_org.Organiser, session.Id, null, _org.Now);
        Assert.Equal(CohortPhase.Cancelled, cohort.PhaseAt(_org.Now));
        Assert.Null(cohort.StartsAt);
    }

    [Fact]
    public void A_local_start_the_clocks_skip_or_repeat_is_refused()
    {
        Assert.Equal("29 March 2026 01:30 does not happen in Europe/London: the clocks go forward past it.",
            Refusal(() => SessionStart.FromLocal(Local(2026, 3, 29, 1, 30), London)).Message);
        Assert.IsType<LocalTimeAmbiguous>(Refusal(() => SessionStart.FromLocal(Local(2026, 10, 25, 1, 30), London)));
        Assert.Equal(Instant.FromUtc(2026, 10, 25, 9, 0), SessionStart.FromLocal(Local(2026, 10, 25, 9), London));
    }

    [Fact]
    public void Weekly_sessions_keep_their_wall_clock_time_across_the_march_clock_change()
    {
        var starts = SessionStart.Weekly(Local(2026, 3, 24, 10), 2, London);

        Assert.Equal([Instant.FromUtc(2026, 3, 24, 10, 0), Instant.FromUtc(2026, 3, 31, 9, 0)], starts);
        Assert.Equal(Duration.FromHours(167), starts[1] - starts[0]);
    }
}
