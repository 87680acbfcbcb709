using NodaTime;
using Timebank.Api.Tests.Infrastructure;
using static Timebank.Api.Tests.Features.Courses.CourseScenario;

namespace Timebank.Api.Tests.Features.Courses;

/// <summary>Changing a course and its sessions, and recording outputs: each refusal a user would hit is typed and changes nothing.</summary>
public sealed class CourseChangeTests(CoursesFactory api) : IClassFixture<CoursesFactory>
{
    private const string Update = "mutation($input: UpdateCourseInput!) { updateCourse(input: $input) { course { title modules { title } } errors { code message } } }";
    private const string Reschedule = "mutation($input: RescheduleSessionInput!) { rescheduleSession(input: $input) { cohort { id } errors { code message } } }";
    private const string Cancel = "mutation($input: CancelSessionInput!) { cancelSession(input: $input) { cohort { id } errors { code message } } }";
    private const string RecordOutput = "mutation($input: RecordOutputInput!) { recordOutput(input: $input) { enrolment { status } errors { code message } } }";
    private const string Sessions = "query($id: ID!) { cohort(id: $id) { phase sessions { id title start minutes status cancelReason } } }";

    private static object Course(string title, string[] modules, object[] criteria) => new
    {
        title,
        modules = modules.Select(m => new { title = m, minutes = 60 }).ToArray(),
        grants = "PEER_BROKER",
        rule = new { combination = "ALL", criteria },
    };

    private async Task<(TestOrganisation Training, TestMember Organiser, string CourseId, string CohortId, List<string> SessionIds)> ScheduledAsync(object[]? criteria = null)
    {
        var (training, organiser) = await api.TrainingAsync();
        var courseId = (await organiser.OkAsync(CreateCourse, new { input = new { organisationId = training.Id, course = Course("Peer brokerage", ["One", "Two"], criteria ?? [new { kind = "SESSIONS_ATTENDED", number = 1 }]) } }, "createCourse"))
            .GetProperty("course").GetProperty("id").GetString()!;
        var first = api.Clock.GetCurrentInstant() + Duration.FromDays(2);
        var sessions = new[]
        {
            new { title = "Day one", start = first.ToString(), minutes = 60, modules = new[] { 1 } },
            new { title = "Day two", start = (first + Duration.FromDays(7)).ToString(), minutes = 60, modules = new[] { 1 } },
        };
        var cohort = (await organiser.OkAsync(ScheduleCohort, new { input = new { courseId, capacity = 4, sessions } }, "scheduleCohort")).GetProperty("cohort");
        return (training, organiser, courseId, cohort.GetProperty("id").GetString()!, [.. cohort.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("id").GetString()!)]);
    }

    [Fact]
    public async Task An_organiser_updates_a_course_but_not_a_module_scheduled_sessions_cover_and_nobody_else_updates_it()
    {
        var (_, organiser, courseId, _, _) = await ScheduledAsync();
        var (_, outsider) = await api.TrainingAsync("Another trainer");
        var member = await api.SignUpAsync("A member");
        var modules = (await organiser.Client.PostAsync("query($id: ID!) { course(id: $id) { modules { id title } } }", new { id = courseId })).ShouldSucceed()
            .At("course.modules").EnumerateArray().Select(m => new { id = m.GetProperty("id").GetString(), title = m.GetProperty("title").GetString()!, minutes = 60 }).ToArray();
        object Revised(string title, object[] kept) => new { title, modules = kept, grants = "PEER_BROKER", rule = new { combination = "ALL", criteria = new[] { new { kind = "SESSIONS_ATTENDED", number = 1 } } } };

        var updated = await organiser.OkAsync(Update, new { input = new { courseId, course = Revised("Peer brokerage, second edition", [.. modules, new { id = (string?)null, title = "Three", minutes = 60 }]) } }, "updateCourse");
        Assert.Equal(["One", "Two", "Three"], updated.GetProperty("course").GetProperty("modules").EnumerateArray().Select(m => m.GetProperty("title").GetString()));

        var dropped = Revised("Without module one", [modules[1]]);
        Assert.Equal(["MODULE_IN_USE"], await organiser.RefusedAsync(Update, new { input = new { courseId, course = dropped } }, "updateCourse"));
        Assert.Equal(["NOT_ALLOWED"], await outsider.RefusedAsync(Update, new { input = new { courseId, course = dropped } }, "updateCourse"));
        Assert.Equal(["NOT_ALLOWED"], await member.RefusedAsync(Update, new { input = new { courseId, course = dropped } }, "updateCourse"));
        var course = (await organiser.Client.PostAsync("query($id: ID!) { course(id: $id) { title modules { title } } }", new { id = courseId })).ShouldSucceed();
        Assert.Equal("Peer brokerage, second edition", course.Text("course.title"));
        Assert.Equal(3, course.At("course.modules").GetArrayLength());
    }

    [Fact]
    public async Task A_session_is_rescheduled_to_a_free_future_time_until_it_starts_and_refusals_leave_it_where_it_was()
    {
        var (_, organiser, _, cohortId, ids) = await ScheduledAsync();
        var member = await api.SignUpAsync("A member");
        var before = (await organiser.Client.PostAsync(Sessions, new { id = cohortId })).ShouldSucceed();
        var dayTwoStart = NodaTime.Text.InstantPattern.ExtendedIso.Parse(before.Text("cohort.sessions.1.start")!).Value;
        var later = api.Clock.GetCurrentInstant() + Duration.FromDays(3);

        Assert.Equal(["SESSION_IN_PAST"], await organiser.RefusedAsync(Reschedule, new { input = new { sessionId = ids[0], start = (api.Clock.GetCurrentInstant() - Duration.FromHours(1)).ToString(), minutes = 60 } }, "rescheduleSession"));
        Assert.Equal(["SESSIONS_OVERLAP"], await organiser.RefusedAsync(Reschedule, new { input = new { sessionId = ids[0], start = (dayTwoStart + Duration.FromMinutes(30)).ToString(), minutes = 60 } }, "rescheduleSession"));
        Assert.Equal(["NOT_ALLOWED"], await member.RefusedAsync(Reschedule, new { input = new { sessionId = ids[0], start = later.ToString(), minutes = 90 } }, "rescheduleSession"));
        Assert.Equal(before.At("cohort.sessions").ToString(), (await organiser.Client.PostAsync(Sessions, new { id = cohortId })).ShouldSucceed().At("cohort.sessions").ToString());

        await organiser.OkAsync(Reschedule, new { input = new { sessionId = ids[0], start = later.ToString(), minutes = 90 } }, "rescheduleSession");
        var moved = (await organiser.Client.PostAsync(Sessions, new { id = cohortId })).ShouldSucceed();
        Assert.Equal((later.ToString(), 90), (moved.Text("cohort.sessions.0.start"), moved.At("cohort.sessions.0.minutes").GetInt32()));

        api.Clock.AdvanceDays(4);
        Assert.Equal(["SESSION_ALREADY_HELD"], await organiser.RefusedAsync(Reschedule, new { input = new { sessionId = ids[0], start = (api.Clock.GetCurrentInstant() + Duration.FromDays(1)).ToString(), minutes = 60 } }, "rescheduleSession"));
    }

    [Fact]
    public async Task A_session_is_cancelled_with_its_reason_until_its_register_is_taken()
    {
        var (_, organiser, _, cohortId, ids) = await ScheduledAsync();
        var person = await api.SignUpAsync("Participant");
        await person.OkAsync(Enrol, new { input = new { cohortId } }, "enrol");

        Assert.Equal(["NOT_ALLOWED"], await person.RefusedAsync(Cancel, new { input = new { sessionId = ids[1], reason = "I cannot come" } }, "cancelSession"));
        await organiser.OkAsync(Cancel, new { input = new { sessionId = ids[1], reason = "The venue flooded" } }, "cancelSession");
        var cancelled = (await organiser.Client.PostAsync(Sessions, new { id = cohortId })).ShouldSucceed();
        Assert.Equal(("CANCELLED", "The venue flooded"), (cancelled.Text("cohort.sessions.1.status"), cancelled.Text("cohort.sessions.1.cancelReason")));
        Assert.Equal(["SESSION_CANCELLED"], await organiser.RefusedAsync(Reschedule, new { input = new { sessionId = ids[1], start = (api.Clock.GetCurrentInstant() + Duration.FromDays(20)).ToString(), minutes = 60 } }, "rescheduleSession"));

        api.Clock.AdvanceDays(3);
        await organiser.OkAsync(RecordAttendance, new { input = new { sessionId = ids[0], entries = new[] { new { memberId = person.Id, status = "PRESENT" } } } }, "recordAttendance");
        Assert.Equal(["SESSION_HAS_ATTENDANCE"], await organiser.RefusedAsync(Cancel, new { input = new { sessionId = ids[0], reason = "Too late" } }, "cancelSession"));
        Assert.Equal("SCHEDULED", (await organiser.Client.PostAsync(Sessions, new { id = cohortId })).ShouldSucceed().Text("cohort.sessions.0.status"));
    }

    [Fact]
    public async Task An_output_the_rule_asks_for_is_recorded_for_an_enrolled_person_and_completion_waits_for_it()
    {
        const string Plan = "a recorded support plan for each person";
        var (_, organiser, _, cohortId, ids) = await ScheduledAsync([new { kind = "SESSIONS_ATTENDED", number = 1 }, new { kind = "OUTPUT_RECORDED", output = Plan }]);
        var (person, stranger) = (await api.SignUpAsync("Participant"), await api.SignUpAsync("Stranger"));
        await person.OkAsync(Enrol, new { input = new { cohortId } }, "enrol");
        api.Clock.AdvanceDays(3);
        await organiser.OkAsync(RecordAttendance, new { input = new { sessionId = ids[0], entries = new[] { new { memberId = person.Id, status = "PRESENT" } } } }, "recordAttendance");

        var notMet = (await organiser.Client.PostAsync(Complete, new { input = new { cohortId, memberId = person.Id } })).ShouldSucceed();
        Assert.Equal(["COMPLETION_RULE_NOT_MET"], notMet.PayloadErrorCodes("completeEnrolment"));
        Assert.Contains(Plan, notMet.At("completeEnrolment.errors.0.message").GetString(), StringComparison.Ordinal);
        Assert.Equal(["VALIDATION_FAILED"], await organiser.RefusedAsync(RecordOutput, new { input = new { cohortId, memberId = person.Id, output = "a poem" } }, "recordOutput"));
        Assert.Equal(["NOT_ENROLLED"], await organiser.RefusedAsync(RecordOutput, new { input = new { cohortId, memberId = stranger.Id, output = Plan } }, "recordOutput"));
        Assert.Equal(["NOT_ALLOWED"], await person.RefusedAsync(RecordOutput, new { input = new { cohortId, memberId = person.Id, output = Plan } }, "recordOutput"));
        Assert.Equal(["COMPLETION_RULE_NOT_MET"], await organiser.RefusedAsync(Complete, new { input = new { cohortId, memberId = person.Id } }, "completeEnrolment"));

        await organiser.OkAsync(RecordOutput, new { input = new { cohortId, memberId = person.Id, output = Plan, note = "Plan for Sam, agreed in March" } }, "recordOutput");
        await organiser.OkAsync(Complete, new { input = new { cohortId, memberId = person.Id } }, "completeEnrolment");
    }
}
