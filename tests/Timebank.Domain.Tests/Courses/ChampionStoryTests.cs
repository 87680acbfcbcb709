using NodaTime;
using Timebank.Domain.Courses;
using Timebank.Domain.Mentoring;
using static Timebank.Domain.Tests.Courses.TrainingOrganisation;

namespace Timebank.Domain.Tests.Courses;

/// <summary>
/// The field's champion training: a two-hour induction, then three short days of modules, about six people a cohort,
/// a mentor met quarterly after it; trained champions then facilitate the enabler course.
/// </summary>
public sealed class ChampionStoryTests
{
    private readonly TrainingOrganisation _org = new();
    private readonly Course _champions;

    public ChampionStoryTests() => _champions = _org.ChampionCourse();

    /// <summary>Induction one evening, then a short day (two modules, with lunch between) each week after.</summary>
    private Cohort ScheduleRun(LocalDate induction)
    {
        var modules = _champions.Modules;
        List<SessionPlan> sessions = [new("Induction", At(induction.At(new LocalTime(18, 0))), 120, [modules[0].Id])];
        for (var day = 0; day < 3; day++)
        {
            var date = induction.PlusWeeks(day + 1);
            sessions.Add(new($"Day {day + 1}", At(date.At(new LocalTime(10, 0))), 5 * 60 + 30, [modules[1 + (2 * day)].Id, modules[2 + (2 * day)].Id]));
        }
        return _org.Schedule(_champions, 6, sessions);
    }

    [Fact]
    public void Six_champions_train_one_catches_up_a_day_in_the_next_run_then_meet_a_mentor_quarterly_and_train_enablers()
    {
        var june = ScheduleRun(new LocalDate(2026, 6, 2));
        var september = ScheduleRun(new LocalDate(2026, 9, 1));
        Person[] people = [NewPerson("Ann"), NewPerson("Bob"), NewPerson("Cat"), NewPerson("Dee"), NewPerson("Eve"), NewPerson("Fin")];
        var zoe = NewPerson("Zoe");
        foreach (var person in people)
            june.Enrol(_champions, person, Self(person), null, null, _org.Now);
        Assert.Equal(EnrolmentStatus.Waiting, june.Enrol(_champions, zoe, Self(zoe), null, null, _org.Now).Status);

        foreach (var session in june.Sessions)
        {
            _org.AfterSession(session);
            june.RecordAttendance(_org.Organiser, session.Id,
                [.. people.Select(p => new AttendanceEntry(p, p == people[5] && session.Title == "Day 2" ? AttendanceStatus.Excused : AttendanceStatus.Present))], _org.Now);
        }
        var accredited = people[..5].Select(p => june.Complete(_champions, _org.Organiser, p, NothingElsewhere, _org.Now)).ToList();
        Assert.Contains("\"Outcomes and SMART actions\", \"Circles of support\"",
            Refusal(() => june.Complete(_champions, _org.Organiser, people[5], NothingElsewhere, _org.Now)).Message);

        // Fin comes to day 2 of the September run only, and completes there with June's modules counted.
        september.Enrol(_champions, people[5], _org.Organiser, null, null, _org.Now);
        var dayTwo = september.Sessions.Single(s => s.Title == "Day 2");
        _org.AfterSession(dayTwo);
        september.RecordAttendance(_org.Organiser, dayTwo.Id, [new AttendanceEntry(people[5], AttendanceStatus.Present)], _org.Now);
        accredited.Add(september.Complete(_champions, _org.Organiser, people[5], june.ModulesAttendedBy(people[5].Id), _org.Now));

        Assert.Equal((6, 6), (CohortCounts.Of(june).Enrolled, CourseReport.Of(_champions, [june, september], accredited, _org.Now).PeopleAccredited));
        Assert.Equal(83, CohortCounts.Of(june).CompletionRate.Percent);

        // A mentor meets the June champions as a set, quarterly from the end of the course.
        var mentor = NewPerson("Mo");
        var endOfCourse = june.EndsAt!.Value.InZone(London).Date;
        var set = MentoringPairing.Pair(_org.Organisation.Id, _org.Organiser, mentor, people[..5], june.Id, Cadence.Quarterly, endOfCourse, null, _org.Now);
        Assert.Equal(new LocalDate(2026, 9, 23), set.NextDueOn);

        // The cascade: Ann, now a champion, facilitates the enabler course.
        var enablers = _org.EnablerCourse();
        var cascade = _org.Schedule(enablers, 10, WeeklySessions(enablers, _org.Now + Duration.FromDays(14)), [new FacilitatorPlan(people[0])], accredited);
        Assert.True(cascade.Facilitates(people[0].Id));
        Assert.IsType<FacilitatorNotAccredited>(Refusal(() => _org.Schedule(enablers, 10, WeeklySessions(enablers, _org.Now + Duration.FromDays(28)), [new FacilitatorPlan(zoe)], accredited)));
    }
}
