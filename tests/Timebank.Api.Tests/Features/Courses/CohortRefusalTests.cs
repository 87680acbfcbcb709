using NodaTime;
using Timebank.Api.Tests.Infrastructure;
using static Timebank.Api.Tests.Features.Courses.CourseScenario;

namespace Timebank.Api.Tests.Features.Courses;

/// <summary>Bad input gets a typed error and changes nothing.</summary>
public sealed class CohortRefusalTests(CoursesFactory api) : IClassFixture<CoursesFactory>
{
    private static readonly int[] BothModules = [1, 2];

    private const string Counts = "query($id: ID!) { cohort(id: $id) { capacity sessions { id } counts { enrolled waiting completed } } }";

    private async Task<(TestMember Organiser, string CourseId, string CohortId, string FirstSession, List<TestMember> People)> CohortAsync(int capacity = 3, int people = 2)
    {
        var (training, organiser) = await api.TrainingAsync();
        var courseId = (await organiser.OkAsync(CreateCourse, PeerBrokerCourse(training.Id, null, modules: 2), "createCourse")).GetProperty("course").GetProperty("id").GetString()!;
        var start = api.Clock.GetCurrentInstant() + Duration.FromDays(1);
        var cohort = (await organiser.OkAsync(ScheduleCohort, new { input = new { courseId, capacity, sessions = new[] { new { title = "Day one", start = start.ToString(), minutes = 60, modules = BothModules } } } }, "scheduleCohort")).GetProperty("cohort");
        var cohortId = cohort.GetProperty("id").GetString()!;
        var enrolled = new List<TestMember>();
        for (var i = 0; i < people; i++)
        {
            var person = await api.SignUpAsync($"Person {i}");
            await person.OkAsync(Enrol, new { input = new { cohortId } }, "enrol");
            enrolled.Add(person);
        }
        return (organiser, courseId, cohortId, cohort.GetProperty("sessions")[0].GetProperty("id").GetString()!, enrolled);
    }

    [Fact]
    public async Task Overlapping_sessions_and_a_session_in_the_past_are_refused_and_schedule_nothing()
    {
        var (organiser, courseId, _, _, _) = await CohortAsync();
        var start = api.Clock.GetCurrentInstant() + Duration.FromDays(3);
        var overlap = new[] { new { title = "A", start = start.ToString(), minutes = 120 }, new { title = "B", start = (start + Duration.FromHours(1)).ToString(), minutes = 60 } };
        var past = new[] { new { title = "A", start = (api.Clock.GetCurrentInstant() - Duration.FromHours(1)).ToString(), minutes = 60 } };

        Assert.Equal(["SESSIONS_OVERLAP"], await organiser.RefusedAsync(ScheduleCohort, new { input = new { courseId, capacity = 5, sessions = overlap } }, "scheduleCohort"));
        Assert.Equal(["SESSION_IN_PAST"], await organiser.RefusedAsync(ScheduleCohort, new { input = new { courseId, capacity = 5, sessions = past } }, "scheduleCohort"));
        var cohorts = (await organiser.Client.PostAsync("query($id: ID!) { course(id: $id) { cohorts { totalCount } } }", new { id = courseId })).ShouldSucceed();
        Assert.Equal(1, cohorts.At("course.cohorts.totalCount").GetInt32());
    }

    [Fact]
    public async Task A_capacity_below_the_people_holding_places_is_refused()
    {
        var (organiser, _, cohortId, _, _) = await CohortAsync(capacity: 3, people: 3);

        Assert.Equal(["CAPACITY_BELOW_ENROLLED"], await organiser.RefusedAsync("mutation($input: ChangeCohortCapacityInput!) { changeCohortCapacity(input: $input) { errors { code } } }",
            new { input = new { cohortId, capacity = 2 } }, "changeCohortCapacity"));
        Assert.Equal(3, (await organiser.Client.PostAsync(Counts, new { id = cohortId })).ShouldSucceed().At("cohort.capacity").GetInt32());
    }

    [Fact]
    public async Task Enrolling_twice_attendance_for_someone_not_enrolled_and_completing_twice_are_refused()
    {
        var (organiser, _, cohortId, session, people) = await CohortAsync();
        var stranger = await api.SignUpAsync("Stranger");

        Assert.Equal(["ALREADY_ENROLLED"], await people[0].RefusedAsync(Enrol, new { input = new { cohortId } }, "enrol"));
        api.Clock.AdvanceDays(2);
        var register = new[] { new { memberId = people[0].Id, status = "PRESENT" }, new { memberId = stranger.Id, status = "PRESENT" } };
        Assert.Equal(["NOT_ENROLLED"], await organiser.RefusedAsync(RecordAttendance, new { input = new { sessionId = session, entries = register } }, "recordAttendance"));
        var marks = (await organiser.Client.PostAsync("query($id: ID!) { cohort(id: $id) { sessions { attendance { present } } } }", new { id = cohortId })).ShouldSucceed();
        Assert.Equal(0, marks.At("cohort.sessions.0.attendance.present").GetInt32());

        await organiser.OkAsync(RecordAttendance, new { input = new { sessionId = session, entries = register[..1] } }, "recordAttendance");
        await organiser.OkAsync(Complete, new { input = new { cohortId, memberId = people[0].Id } }, "completeEnrolment");
        Assert.Equal(["ALREADY_COMPLETED"], await organiser.RefusedAsync(Complete, new { input = new { cohortId, memberId = people[0].Id } }, "completeEnrolment"));
        var counts = (await organiser.Client.PostAsync(Counts, new { id = cohortId })).ShouldSucceed();
        Assert.Equal(1, counts.At("cohort.counts.completed").GetInt32());
    }

    [Fact]
    public async Task A_facilitator_without_the_accreditation_the_course_asks_for_is_refused_by_name()
    {
        var (training, organiser) = await api.TrainingAsync();
        var enablerCourse = new { input = new { organisationId = training.Id, course = new { title = "Enablers", modules = new[] { new { title = "One", minutes = 60 } }, grants = "ENABLER", facilitatorsMustHold = "SUPPORT_PLANNING_CHAMPION", rule = new { combination = "ANY", criteria = new[] { new { kind = "SESSIONS_ATTENDED", number = 1 } } } } } };
        var courseId = (await organiser.OkAsync(CreateCourse, enablerCourse, "createCourse")).GetProperty("course").GetProperty("id").GetString()!;
        var carol = await api.SignUpAsync("Carol");
        var sessions = new[] { new { title = "One", start = (api.Clock.GetCurrentInstant() + Duration.FromDays(1)).ToString(), minutes = 60 } };

        var result = (await organiser.Client.PostAsync(ScheduleCohort, new { input = new { courseId, capacity = 6, sessions, facilitators = new[] { new { memberId = carol.Id } } } })).ShouldSucceed();
        Assert.Equal(["FACILITATOR_NOT_ACCREDITED"], result.PayloadErrorCodes("scheduleCohort"));
        Assert.Contains("Carol cannot facilitate", result.At("scheduleCohort.errors.0.message").GetString(), StringComparison.Ordinal);

        await organiser.OkAsync("mutation($input: RecordAccreditationInput!) { recordAccreditation(input: $input) { accreditation { kind } errors { code } } }",
            new { input = new { organisationId = training.Id, memberId = carol.Id, kind = "support planning champion", awardedOn = "2020-01-01", source = "Champion training at the council, 2020" } }, "recordAccreditation");
        await organiser.OkAsync(ScheduleCohort, new { input = new { courseId, capacity = 6, sessions, facilitators = new[] { new { memberId = carol.Id } } } }, "scheduleCohort");
    }

    [Fact]
    public async Task A_cadence_or_date_that_does_not_parse_is_refused()
    {
        var (training, organiser) = await api.TrainingAsync();
        var (mentor, mentee) = (await api.SignUpAsync("Mentor"), await api.SignUpAsync("Mentee"));
        const string Pair = "mutation($input: PairMentorInput!) { pairMentor(input: $input) { mentoringPairing { id } errors { code } } }";

        Assert.Equal(["CADENCE_NOT_RECOGNISED"], await organiser.RefusedAsync(Pair, new { input = new { organisationId = training.Id, mentorId = mentor.Id, menteeIds = new[] { mentee.Id }, cadence = "sometimes", startsOn = "2026-07-28" } }, "pairMentor"));
        Assert.Equal(["DATE_NOT_RECOGNISED"], await organiser.RefusedAsync(Pair, new { input = new { organisationId = training.Id, mentorId = mentor.Id, menteeIds = new[] { mentee.Id }, cadence = "MONTHLY", startsOn = "31/01/2026" } }, "pairMentor"));
        var pairings = (await organiser.Client.PostAsync("query($id: ID!) { mentoringPairings(filter: { organisationId: $id }) { totalCount } }", new { id = training.Id })).ShouldSucceed();
        Assert.Equal(0, pairings.At("mentoringPairings.totalCount").GetInt32());
    }
}
