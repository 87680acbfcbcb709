using NodaTime;
using Timebank.Domain.Courses;
using static Timebank.Domain.Tests.Courses.TrainingOrganisation;

namespace Timebank.Domain.Tests.Courses;

/// <summary>The field's figure: a 10-session peer broker course ran three times and trained 14 people.</summary>
public sealed class FieldStoryTests
{
    private readonly TrainingOrganisation _org = new();
    private readonly Course _course;
    private readonly Person _val = NewPerson("Val");
    private readonly List<Accreditation> _accreditations = [];
    private readonly List<HoursToBank> _credits = [];

    public FieldStoryTests() => _course = _org.PeerBrokerCourse();

    [Fact]
    public void Three_runs_of_the_ten_session_course_train_fourteen_peer_brokers()
    {
        var first = _org.Schedule(_course, 5, WeeklySessions(_course, At(Local(2026, 2, 3, 10))), [new FacilitatorPlan(_val)]);
        var second = _org.Schedule(_course, 5, WeeklySessions(_course, At(Local(2026, 5, 5, 10))), [new FacilitatorPlan(_val)]);
        var third = _org.Schedule(_course, 6, WeeklySessions(_course, At(Local(2026, 9, 8, 10))), [new FacilitatorPlan(_val)]);

        // First run: six ask for five places; Gus withdraws after the first session and Hal, waiting, takes his place.
        var firstPeople = People("Ann", "Bob", "Cat", "Dee", "Gus", "Hal");
        Enrol(first, firstPeople);
        Register(first, 0, firstPeople[..5], absent: []);
        Assert.Equal(firstPeople[5].Id, Assert.Single(first.Withdraw(firstPeople[4], Self(firstPeople[4]), _org.Now)).MemberId);
        var firstRun = firstPeople.Where((_, i) => i != 4).ToList();
        for (var s = 1; s < 10; s++)
            Register(first, s, firstRun, absent: s == 3 ? [firstRun[1]] : []);
        CompleteAll(first, firstRun);

        // Second run: Ivy misses four sessions and is refused; the other four complete.
        var secondRun = People("Ivy", "Jon", "Kay", "Lee", "Max");
        Enrol(second, secondRun);
        for (var s = 0; s < 10; s++)
            Register(second, s, secondRun, absent: s < 4 ? [secondRun[0]] : s == 6 ? [secondRun[2]] : []);
        var refusal = Assert.IsType<CompletionRuleNotMet>(Refusal(() => second.Complete(_course, _org.Organiser, secondRun[0], NothingElsewhere, _org.Now)));
        Assert.Contains("attended 6 of 10", refusal.Message);
        CompleteAll(second, secondRun[1..]);

        // Third run, across the October clock change: five complete.
        var thirdRun = People("Ned", "Oli", "Pam", "Ros", "Sue");
        Enrol(third, thirdRun);
        for (var s = 0; s < 10; s++)
            Register(third, s, thirdRun, absent: s is 2 or 8 ? [thirdRun[s % 5]] : []);
        CompleteAll(third, thirdRun);

        var report = CourseReport.Of(_course, [first, second, third], _accreditations, _org.Now);
        Assert.Equal((3, 0, 15, 14, 14), (report.Runs, report.Upcoming, report.PeopleEnrolled, report.PeopleCompleted, report.PeopleAccredited));
        Assert.All(_accreditations, a => Assert.Equal(AccreditationKind.PeerBroker, a.Kind));
        var firstCounts = CohortCounts.Of(first);
        Assert.Equal((5, 0, 5, 1, 100), (firstCounts.Enrolled, firstCounts.Waiting, firstCounts.Completed, firstCounts.Withdrawn, firstCounts.CompletionRate.Percent));
        Assert.Equal(80, CohortCounts.Of(second).CompletionRate.Percent);

        // Val banks each delivered session's two hours once, however often the credit is asked for.
        Assert.Equal(30, _credits.Select(c => c.Key).Distinct().Count());
        Assert.Equal(30 * 120, _credits.DistinctBy(c => c.Key).Sum(c => c.Minutes.Value));
        Assert.All(third.Sessions, s => Assert.Equal(new LocalTime(10, 0), s.Start.InZone(London).TimeOfDay));
    }

    private static Person[] People(params string[] names) => [.. names.Select(NewPerson)];

    private void Enrol(Cohort cohort, IEnumerable<Person> people)
    {
        foreach (var person in people)
            cohort.Enrol(_course, person, Self(person), null, null, _org.Now);
    }

    /// <summary>Takes a session's register after it ends (some absent, the rest present) and asks for Val's hours twice.</summary>
    private void Register(Cohort cohort, int session, IReadOnlyList<Person> people, Person[] absent)
    {
        var held = cohort.Sessions[session];
        _org.AfterSession(held);
        cohort.RecordAttendance(Self(_val), held.Id,
            [.. people.Select(p => new AttendanceEntry(p, absent.Contains(p) ? AttendanceStatus.Absent : AttendanceStatus.Present))], _org.Now);
        _credits.AddRange(TeachingHours.ForSession(_course, cohort, held.Id, _org.Now));
        _credits.AddRange(TeachingHours.ForSession(_course, cohort, held.Id, _org.Now + Duration.FromHours(1)));
    }

    private void CompleteAll(Cohort cohort, IEnumerable<Person> people)
    {
        foreach (var person in people)
        {
            cohort.RecordOutput(_course, Self(_val), person, "a support plan drafted with a person", null, _org.Now);
            _accreditations.Add(cohort.Complete(_course, _org.Organiser, person, NothingElsewhere, _org.Now));
        }
    }
}
