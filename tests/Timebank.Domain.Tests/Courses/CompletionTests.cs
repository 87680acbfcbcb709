using NodaTime;
using Timebank.Domain.Courses;
using static Timebank.Domain.Tests.Courses.TrainingOrganisation;

namespace Timebank.Domain.Tests.Courses;

public sealed class CompletionTests
{
    private readonly TrainingOrganisation _org = new();
    private readonly Person _ann = NewPerson("Ann");

    /// <summary>Takes every session's register with one mark per session for one person, in order.</summary>
    private void Attend(Cohort cohort, Person person, params AttendanceStatus?[] marks)
    {
        for (var i = 0; i < marks.Length; i++)
        {
            var session = cohort.Sessions[i];
            if (_org.Now < session.End)
                _org.AfterSession(session);
            if (marks[i] is { } mark)
                cohort.RecordAttendance(_org.Organiser, session.Id, [new AttendanceEntry(person, mark)], _org.Now);
        }
    }

    private static AttendanceStatus?[] Times(int count, AttendanceStatus? status) => [.. Enumerable.Repeat(status, count)];

    [Fact]
    public void Completing_below_the_rule_names_what_is_missing_and_changes_nothing()
    {
        var course = _org.PeerBrokerCourse();
        var cohort = _org.Schedule(course, 6);
        cohort.Enrol(course, _ann, Self(_ann), null, null, _org.Now);
        Attend(cohort, _ann, [.. Times(7, AttendanceStatus.Present), .. Times(3, AttendanceStatus.Absent)]);

        var error = Assert.IsType<CompletionRuleNotMet>(Refusal(() => cohort.Complete(course, _org.Organiser, _ann, NothingElsewhere, _org.Now)));

        Assert.Equal("Ann has not completed yet: still to attend at least 80% of the sessions expected of them (attended 7 of 10); "
                     + "and have \"a support plan drafted with a person\" recorded.", error.Message);
        Assert.Equal(EnrolmentStatus.Enrolled, cohort.EnrolmentOf(_ann.Id)!.Status);
    }

    [Fact]
    public void Meeting_the_rule_completes_and_grants_the_accreditation_with_its_source()
    {
        var course = _org.PeerBrokerCourse();
        var cohort = _org.Schedule(course, 6);
        cohort.Enrol(course, _ann, Self(_ann), null, null, _org.Now);
        Attend(cohort, _ann, [.. Times(8, AttendanceStatus.Present), .. Times(2, AttendanceStatus.Absent)]);
        cohort.RecordOutput(course, _org.Organiser, _ann, "a support plan drafted with a person", null, _org.Now);

        var accreditation = cohort.Complete(course, _org.Organiser, _ann, NothingElsewhere, _org.Now);

        Assert.Equal(EnrolmentStatus.Completed, cohort.EnrolmentOf(_ann.Id)!.Status);
        Assert.Equal((_ann.Id, AccreditationKind.PeerBroker), (accreditation.MemberId, accreditation.Kind));
        Assert.Equal((AccreditationSourceKind.CourseCompletion, course.Id, cohort.Id), (accreditation.SourceKind, accreditation.CourseId, accreditation.CohortId));
        Assert.Equal(new LocalDate(2026, 4, 7), accreditation.AwardedOn);
        Assert.Equal(course.OrganisationId, accreditation.OrganisationId);
    }

    [Fact]
    public void Completing_twice_is_refused()
    {
        var (course, cohort) = OneSessionCourse(Local(2026, 6, 30, 14));
        _org.AfterSession(cohort.Sessions[0]);
        cohort.RecordAttendance(_org.Organiser, cohort.Sessions[0].Id, [new AttendanceEntry(_ann, AttendanceStatus.Present)], _org.Now);
        cohort.Complete(course, _org.Organiser, _ann, NothingElsewhere, _org.Now);

        Assert.Equal("Ann has already completed this cohort.", Refusal(() => cohort.Complete(course, _org.Organiser, _ann, NothingElsewhere, _org.Now)).Message);
    }

    [Fact]
    public void The_accreditation_is_dated_by_the_organisations_calendar()
    {
        var (course, cohort) = OneSessionCourse(Local(2026, 6, 30, 14));
        _org.AfterSession(cohort.Sessions[0]);
        cohort.RecordAttendance(_org.Organiser, cohort.Sessions[0].Id, [new AttendanceEntry(_ann, AttendanceStatus.Late)], _org.Now);
        _org.Clock.Reset(Instant.FromUtc(2026, 6, 30, 23, 30));

        var accreditation = cohort.Complete(course, _org.Organiser, _ann, NothingElsewhere, _org.Now);

        Assert.Equal(new LocalDate(2026, 7, 1), accreditation.AwardedOn);
    }

    [Fact]
    public void Late_counts_as_attended()
    {
        var course = _org.PeerBrokerCourse(CompletionRule.Of(RuleCombination.All, [CompletionCriterion.SessionsAttended(10)]));
        var cohort = _org.Schedule(course, 6);
        cohort.Enrol(course, _ann, Self(_ann), null, null, _org.Now);
        Attend(cohort, _ann, [.. Times(5, AttendanceStatus.Present), .. Times(5, AttendanceStatus.Late)]);

        cohort.Complete(course, _org.Organiser, _ann, NothingElsewhere, _org.Now);

        Assert.Equal(EnrolmentStatus.Completed, cohort.EnrolmentOf(_ann.Id)!.Status);
    }

    [Fact]
    public void Excused_is_not_held_against_a_share_but_is_not_attendance_either()
    {
        var share = _org.PeerBrokerCourse(CompletionRule.Of(RuleCombination.All, [CompletionCriterion.ShareOfSessions(100)]));
        var count = _org.PeerBrokerCourse(CompletionRule.Of(RuleCombination.All, [CompletionCriterion.SessionsAttended(10)]));
        var shareCohort = _org.Schedule(share, 6);
        var countCohort = _org.Schedule(count, 6, WeeklySessions(count, At(Local(2026, 2, 4, 10))));
        shareCohort.Enrol(share, _ann, Self(_ann), null, null, _org.Now);
        countCohort.Enrol(count, _ann, Self(_ann), null, null, _org.Now);
        AttendanceStatus?[] marks = [.. Times(8, AttendanceStatus.Present), .. Times(2, AttendanceStatus.Excused)];
        Attend(shareCohort, _ann, marks);
        Attend(countCohort, _ann, marks);

        Assert.Equal((8, 8), (shareCohort.EvidenceFor(_ann.Id, NothingElsewhere).SessionsAttended, shareCohort.EvidenceFor(_ann.Id, NothingElsewhere).SessionsExpected));
        shareCohort.Complete(share, _org.Organiser, _ann, NothingElsewhere, _org.Now);
        Assert.IsType<CompletionRuleNotMet>(Refusal(() => countCohort.Complete(count, _org.Organiser, _ann, NothingElsewhere, _org.Now)));
    }

    [Fact]
    public void Sessions_before_a_late_enrolment_are_not_expected_unless_attended()
    {
        var course = _org.PeerBrokerCourse(CompletionRule.Of(RuleCombination.All, [CompletionCriterion.ShareOfSessions(100)]));
        var cohort = _org.Schedule(course, 6);
        _org.AfterSession(cohort.Sessions[2]);
        cohort.Enrol(course, _ann, _org.Organiser, null, null, _org.Now);
        cohort.RecordAttendance(_org.Organiser, cohort.Sessions[0].Id, [new AttendanceEntry(_ann, AttendanceStatus.Present)], _org.Now);
        Attend(cohort, _ann, [null, null, null, .. Times(7, AttendanceStatus.Present)]);

        var evidence = cohort.EvidenceFor(_ann.Id, NothingElsewhere);

        Assert.Equal((8, 8), (evidence.SessionsAttended, evidence.SessionsExpected));
        cohort.Complete(course, _org.Organiser, _ann, NothingElsewhere, _org.Now);
    }

    [Fact]
    public void Every_module_may_be_attended_across_cohorts_singly_or_as_full_days()
    {
        var course = _org.DisabilityAwarenessCourse();
        var hourly = _org.Schedule(course, 12);
        var firstDay = At(Local(2026, 5, 5, 9, 30));
        var days = _org.Schedule(course, 12,
        [
            new SessionPlan("Day 1", firstDay, 5 * 60 + 30, [.. course.Modules.Take(5).Select(m => m.Id)]),
            new SessionPlan("Day 2", firstDay + Duration.FromDays(1), 5 * 60 + 30, [.. course.Modules.Skip(5).Select(m => m.Id)]),
        ]);
        hourly.Enrol(course, _ann, Self(_ann), null, null, _org.Now);
        days.Enrol(course, _ann, Self(_ann), null, null, _org.Now);
        Attend(hourly, _ann, [.. Times(5, AttendanceStatus.Present), .. Times(5, AttendanceStatus.Absent)]);
        var elsewhere = hourly.ModulesAttendedBy(_ann.Id);
        _org.AfterSession(days.Sessions[0]);
        days.RecordAttendance(_org.Organiser, days.Sessions[0].Id, [new AttendanceEntry(_ann, AttendanceStatus.Excused)], _org.Now);

        var error = Refusal(() => days.Complete(course, _org.Organiser, _ann, elsewhere, _org.Now));
        Assert.Equal("Ann has not completed yet: still to attend every module at least once, in this or another cohort of the course "
                     + "(not yet: \"Awareness 6\", \"Awareness 7\", \"Awareness 8\", \"Awareness 9\", \"Awareness 10\").", error.Message);

        Attend(days, _ann, [null, AttendanceStatus.Present]);
        days.Complete(course, _org.Organiser, _ann, elsewhere, _org.Now);
    }

    [Fact]
    public void Attendance_at_a_session_later_cancelled_does_not_count()
    {
        var (course, cohort) = OneSessionCourse(Local(2026, 6, 30, 14));
        var evidence = cohort.EvidenceFor(_ann.Id, NothingElsewhere);

        Assert.Equal((0, 1), (evidence.SessionsAttended, evidence.SessionsExpected));
        cohort.CancelSession(_org.Organiser, cohort.Sessions[0].Id, null, _org.Now);
        Assert.Equal(0, cohort.EvidenceFor(_ann.Id, NothingElsewhere).SessionsExpected);
        Assert.IsType<CompletionRuleNotMet>(Refusal(() => cohort.Complete(course, _org.Organiser, _ann, NothingElsewhere, _org.Now)));
    }

    [Fact]
    public void Someone_waiting_or_not_enrolled_cannot_complete_and_only_an_organiser_completes()
    {
        var (course, cohort) = OneSessionCourse(Local(2026, 6, 30, 14));
        var bob = NewPerson("Bob");

        Assert.Equal("Bob is not enrolled in this cohort.", Refusal(() => cohort.Complete(course, _org.Organiser, bob, NothingElsewhere, _org.Now)).Message);
        Assert.IsType<NotAllowed>(Refusal(() => cohort.Complete(course, Self(_ann), _ann, NothingElsewhere, _org.Now)));
    }

    private (Course Course, Cohort Cohort) OneSessionCourse(LocalDateTime start)
    {
        var course = _org.EnablerCourse();
        var cara = NewPerson("Cara");
        var champion = Accreditation.RecordEarnedElsewhere(_org.Organisation.Id, _org.Organiser, cara.Id, AccreditationKind.SupportPlanningChampion,
            new LocalDate(2025, 11, 1), "Champion training, Coventry", new LocalDate(2026, 1, 5), _org.Now);
        var cohort = _org.Schedule(course, 6, [new SessionPlan("Enablers", At(start), 120, [course.Modules[0].Id])], [new FacilitatorPlan(cara)], [champion]);
        cohort.Enrol(course, _ann, Self(_ann), null, null, _org.Now);
        return (course, cohort);
    }
}
