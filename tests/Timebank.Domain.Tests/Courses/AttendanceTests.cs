using NodaTime;
using Timebank.Domain.Courses;
using static Timebank.Domain.Tests.Courses.TrainingOrganisation;

namespace Timebank.Domain.Tests.Courses;

public sealed class AttendanceTests
{
    private readonly TrainingOrganisation _org = new();
    private readonly Course _course;
    private readonly Cohort _cohort;
    private readonly Person _ann = NewPerson("Ann");
    private readonly Person _bob = NewPerson("Bob");
    private readonly Person _cat = NewPerson("Cat");
    private readonly Person _facilitator = NewPerson("Fay");

    public AttendanceTests()
    {
        _course = _org.PeerBrokerCourse();
        _cohort = _org.Schedule(_course, capacity: 2, facilitators: [new FacilitatorPlan(_facilitator)]);
        foreach (var person in new[] { _ann, _bob, _cat })
            _cohort.Enrol(_course, person, Self(person), null, null, _org.Now);
        _org.AfterSession(_cohort.Sessions[0]);
    }

    private CohortSession First => _cohort.Sessions[0];

    [Fact]
    public void A_facilitator_takes_the_register_for_many_people_at_once()
    {
        _cohort.RecordAttendance(Self(_facilitator), First.Id,
            [new AttendanceEntry(_ann, AttendanceStatus.Present, WithSupporter: true), new AttendanceEntry(_bob, AttendanceStatus.Late)], _org.Now);

        Assert.Equal(AttendanceStatus.Present, _cohort.MarkOf(First.Id, _ann.Id)!.Status);
        Assert.Equal(AttendanceStatus.Late, _cohort.MarkOf(First.Id, _bob.Id)!.Status);
        Assert.Equal(_facilitator.Id, _cohort.MarkOf(First.Id, _bob.Id)!.RecordedBy);
    }

    [Fact]
    public void A_supporter_comes_alongside_without_taking_a_place()
    {
        _cohort.RecordAttendance(_org.Organiser, First.Id, [new AttendanceEntry(_ann, AttendanceStatus.Present, WithSupporter: true)], _org.Now);

        var counts = CohortCounts.Of(_cohort);

        Assert.Equal(2, counts.Enrolled);
        Assert.Equal(1, counts.Waiting);
        Assert.Equal((1, 1), (counts.Sessions[0].Attended, counts.Sessions[0].Supporters));
    }

    [Fact]
    public void Someone_not_enrolled_in_the_register_is_refused_by_name_and_nobody_is_recorded()
    {
        var stranger = NewPerson("Sam");

        var error = Refusal(() => _cohort.RecordAttendance(_org.Organiser, First.Id,
            [new AttendanceEntry(_ann, AttendanceStatus.Present), new AttendanceEntry(stranger, AttendanceStatus.Present)], _org.Now));

        Assert.IsType<NotEnrolled>(error);
        Assert.Equal("Sam is not enrolled in this cohort.", error.Message);
        Assert.Empty(_cohort.Attendance);
    }

    [Fact]
    public void Someone_on_the_wait_list_is_not_enrolled_for_the_register()
        => Assert.Equal("Cat is not enrolled in this cohort.",
            Refusal(() => _cohort.RecordAttendance(_org.Organiser, First.Id, [new AttendanceEntry(_cat, AttendanceStatus.Present)], _org.Now)).Message);

    [Fact]
    public void Recording_again_corrects_the_mark()
    {
        _cohort.RecordAttendance(_org.Organiser, First.Id, [new AttendanceEntry(_ann, AttendanceStatus.Absent)], _org.Now);
        _cohort.RecordAttendance(_org.Organiser, First.Id, [new AttendanceEntry(_ann, AttendanceStatus.Excused)], _org.Now);

        Assert.Equal(AttendanceStatus.Excused, Assert.Single(_cohort.Attendance).Status);
    }

    [Fact]
    public void The_register_of_a_session_not_yet_begun_cannot_be_taken()
    {
        var error = Refusal(() => _cohort.RecordAttendance(_org.Organiser, _cohort.Sessions[1].Id, [new AttendanceEntry(_ann, AttendanceStatus.Present)], _org.Now));

        Assert.Equal("\"Session 2: Peer brokerage 2\" starts at Tue 10 Feb 2026 10:00; attendance is recorded once it has begun.", error.Message);
    }

    [Fact]
    public void A_cancelled_session_has_no_register()
    {
        var second = _cohort.Sessions[1];
        _cohort.CancelSession(_org.Organiser, second.Id, null, _org.Now);
        _org.Clock.Reset(second.End);

        Assert.IsType<SessionCancelled>(Refusal(() => _cohort.RecordAttendance(_org.Organiser, second.Id, [new AttendanceEntry(_ann, AttendanceStatus.Present)], _org.Now)));
    }

    [Fact]
    public void Naming_someone_twice_or_an_unknown_session_is_refused()
    {
        Assert.Equal("attendance: names someone twice", Refusal(() => _cohort.RecordAttendance(_org.Organiser, First.Id,
            [new AttendanceEntry(_ann, AttendanceStatus.Present), new AttendanceEntry(_ann, AttendanceStatus.Late)], _org.Now)).Message);
        Assert.IsType<NotFound>(Refusal(() => _cohort.RecordAttendance(_org.Organiser, Id<CohortSession>.New(), [new AttendanceEntry(_ann, AttendanceStatus.Present)], _org.Now)));
        Assert.IsType<ValidationFailed>(Refusal(() => _cohort.RecordAttendance(_org.Organiser, First.Id, [], _org.Now)));
    }

    [Fact]
    public void A_participant_cannot_take_the_register()
        => Assert.IsType<NotAllowed>(Refusal(() => _cohort.RecordAttendance(Self(_ann), First.Id, [new AttendanceEntry(_ann, AttendanceStatus.Present)], _org.Now)));

    [Fact]
    public void An_output_the_rule_does_not_ask_for_is_refused()
    {
        var error = Refusal(() => _cohort.RecordOutput(_course, _org.Organiser, _ann, "a poem", null, _org.Now));

        Assert.Equal("output: is not an output this course's completion rule asks for", error.Message);
        Assert.Empty(_cohort.EnrolmentOf(_ann.Id)!.Outputs);
    }

    [Fact]
    public void An_output_is_recorded_once_under_the_rules_own_words()
    {
        _cohort.RecordOutput(_course, Self(_facilitator), _ann, "A SUPPORT PLAN DRAFTED WITH A PERSON", "Drafted with Mo", _org.Now);
        _cohort.RecordOutput(_course, Self(_facilitator), _ann, "a support plan drafted with a person", "Drafted with Mo and his sister", _org.Now);

        var output = Assert.Single(_cohort.EnrolmentOf(_ann.Id)!.Outputs);
        Assert.Equal(("a support plan drafted with a person", "Drafted with Mo and his sister"), (output.Output, output.Note));
        Assert.Equal(new LocalDate(2026, 2, 3), output.RecordedOn);
    }
}
