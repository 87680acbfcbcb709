using NodaTime;
using Timebank.Domain.Courses;
using static Timebank.Domain.Tests.Courses.TrainingOrganisation;

namespace Timebank.Domain.Tests.Courses;

public sealed class CohortCountsTests
{
    private readonly TrainingOrganisation _org = new();

    [Fact]
    public void Counts_and_the_register_of_each_session_in_numbers()
    {
        var course = _org.EnablerCourse();
        var cara = NewPerson("Cara");
        var champion = Accreditation.RecordEarnedElsewhere(_org.Organisation.Id, _org.Organiser, cara.Id, AccreditationKind.SupportPlanningChampion,
            new LocalDate(2025, 11, 1), "Champion training", new LocalDate(2026, 1, 5), _org.Now);
        var cohort = _org.Schedule(course, 4, [new SessionPlan("Enablers", At(Local(2026, 3, 3, 10)), 120, [course.Modules[0].Id])], [new FacilitatorPlan(cara)], [champion]);
        var people = new[] { NewPerson("Ann"), NewPerson("Bob"), NewPerson("Cat"), NewPerson("Dan"), NewPerson("Eve"), NewPerson("Fin") };
        foreach (var person in people)
            cohort.Enrol(course, person, Self(person), null, null, _org.Now);
        cohort.Withdraw(people[3], Self(people[3]), _org.Now);
        _org.AfterSession(cohort.Sessions[0]);
        cohort.RecordAttendance(Self(cara), cohort.Sessions[0].Id,
        [
            new AttendanceEntry(people[0], AttendanceStatus.Present, WithSupporter: true),
            new AttendanceEntry(people[1], AttendanceStatus.Late),
            new AttendanceEntry(people[2], AttendanceStatus.Excused, WithSupporter: true),
            new AttendanceEntry(people[4], AttendanceStatus.Absent),
        ], _org.Now);
        cohort.Complete(course, _org.Organiser, people[0], NothingElsewhere, _org.Now);
        cohort.Complete(course, _org.Organiser, people[1], NothingElsewhere, _org.Now);

        var counts = CohortCounts.Of(cohort);

        Assert.Equal((4, 1, 2, 1), (counts.Enrolled, counts.Waiting, counts.Completed, counts.Withdrawn));
        Assert.Equal(50, counts.CompletionRate.Percent);
        var register = Assert.Single(counts.Sessions);
        Assert.Equal((1, 1, 1, 1, 1), (register.Present, register.Late, register.Excused, register.Absent, register.Supporters));
    }

    [Theory]
    [InlineData(0, 0, null)]
    [InlineData(2, 3, 67)]
    [InlineData(1, 3, 33)]
    [InlineData(1, 8, 13)]
    [InlineData(14, 15, 93)]
    public void The_completion_rate_is_a_rounded_whole_percentage(int completed, int outOf, int? percent)
        => Assert.Equal(percent, new CompletionRate(completed, outOf).Percent);
}
