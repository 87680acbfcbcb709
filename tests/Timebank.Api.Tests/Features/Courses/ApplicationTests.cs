using NodaTime;
using Timebank.Api.Tests.Infrastructure;
using static Timebank.Api.Tests.Features.Courses.CourseScenario;

namespace Timebank.Api.Tests.Features.Courses;

/// <summary>A course that takes applications: apply, the organiser decides, the accepted enrol, the wait list moves up.</summary>
public sealed class ApplicationTests(CoursesFactory api) : IClassFixture<CoursesFactory>
{
    private const string Apply = "mutation($input: ApplyForCourseInput!) { applyForCourse(input: $input) { courseApplication { id status } errors { code message } } }";
    private const string Decide = "mutation($input: DecideApplicationInput!) { decideApplication(input: $input) { courseApplication { id status note } errors { code message } } }";
    private const string Applications = "query($id: ID!) { course(id: $id) { applications { id status statement applicant { id } } viewerApplication { status note } } }";

    private async Task<(TestMember Organiser, string CourseId, string CohortId)> ApplicationCourseAsync(int capacity)
    {
        var (training, organiser) = await api.TrainingAsync();
        var course = new
        {
            input = new
            {
                organisationId = training.Id,
                course = new
                {
                    title = "Support planning champions",
                    modules = new[] { new { title = "Induction", minutes = 120 } },
                    grants = "SUPPORT_PLANNING_CHAMPION",
                    enrolment = "APPLICATIONS",
                    rule = new { combination = "ALL", criteria = new[] { new { kind = "SESSIONS_ATTENDED", number = 1 } } },
                },
            },
        };
        var courseId = (await organiser.OkAsync(CreateCourse, course, "createCourse")).GetProperty("course").GetProperty("id").GetString()!;
        var sessions = new[] { new { title = "Induction", start = (api.Clock.GetCurrentInstant() + Duration.FromDays(3)).ToString(), minutes = 120 } };
        var cohortId = (await organiser.OkAsync(ScheduleCohort, new { input = new { courseId, capacity, sessions } }, "scheduleCohort")).GetProperty("cohort").GetProperty("id").GetString()!;
        return (organiser, courseId, cohortId);
    }

    [Fact]
    public async Task An_applicant_is_accepted_by_an_organiser_who_lists_applications_and_then_enrols_and_a_waiting_applicant_moves_up()
    {
        var (organiser, courseId, cohortId) = await ApplicationCourseAsync(capacity: 1);
        var (ann, ben, other) = (await api.SignUpAsync("Ann Applicant"), await api.SignUpAsync("Ben Applicant"), await api.SignUpAsync("Another member"));

        Assert.Equal(["APPLICATION_REQUIRED"], await ann.RefusedAsync(Enrol, new { input = new { cohortId } }, "enrol"));
        var annApplication = (await ann.OkAsync(Apply, new { input = new { courseId, statement = "I help my brother plan his support." } }, "applyForCourse")).GetProperty("courseApplication").GetProperty("id").GetString()!;
        Assert.Equal(["ALREADY_APPLIED"], await ann.RefusedAsync(Apply, new { input = new { courseId, statement = "Again" } }, "applyForCourse"));
        var benApplication = (await ben.OkAsync(Apply, new { input = new { courseId, statement = "I run a carers' group." } }, "applyForCourse")).GetProperty("courseApplication").GetProperty("id").GetString()!;

        var listed = (await organiser.Client.PostAsync(Applications, new { id = courseId })).ShouldSucceed();
        Assert.Equal([ann.Id, ben.Id], listed.At("course.applications").EnumerateArray().Select(a => a.GetProperty("applicant").GetProperty("id").GetString()));
        Assert.Equal("PENDING", listed.Text("course.applications.0.status"));
        var seenByOther = (await other.Client.PostAsync(Applications, new { id = courseId })).ShouldSucceed();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, seenByOther.At("course.applications").ValueKind);

        Assert.Equal(["NOT_FOUND"], await other.RefusedAsync(Decide, new { input = new { applicationId = annApplication, accept = true } }, "decideApplication"));
        Assert.Equal(["VALIDATION_FAILED"], await organiser.RefusedAsync(Decide, new { input = new { applicationId = annApplication, accept = false } }, "decideApplication"));
        Assert.Equal("PENDING", (await ann.Client.PostAsync(Applications, new { id = courseId })).ShouldSucceed().Text("course.viewerApplication.status"));
        await organiser.OkAsync(Decide, new { input = new { applicationId = annApplication, accept = true, note = "Welcome aboard" } }, "decideApplication");
        Assert.Equal(["APPLICATION_DECIDED"], await organiser.RefusedAsync(Decide, new { input = new { applicationId = annApplication, accept = false, note = "Changed my mind" } }, "decideApplication"));
        await organiser.OkAsync(Decide, new { input = new { applicationId = benApplication, accept = true } }, "decideApplication");
        var annSees = (await ann.Client.PostAsync(Applications, new { id = courseId })).ShouldSucceed();
        Assert.Equal(("ACCEPTED", "Welcome aboard"), (annSees.Text("course.viewerApplication.status"), annSees.Text("course.viewerApplication.note")));

        Assert.Equal("ENROLLED", (await ann.OkAsync(Enrol, new { input = new { cohortId } }, "enrol")).GetProperty("enrolment").GetProperty("status").GetString());
        var waiting = (await ben.OkAsync(Enrol, new { input = new { cohortId } }, "enrol")).GetProperty("enrolment");
        Assert.Equal(("WAITING", 1), (waiting.GetProperty("status").GetString(), waiting.GetProperty("waitListPosition").GetInt32()));
        Assert.Equal(["APPLICATION_REQUIRED"], await other.RefusedAsync(Enrol, new { input = new { cohortId } }, "enrol"));
        await ann.OkAsync(Withdraw, new { input = new { cohortId } }, "withdrawEnrolment");
        var moved = (await ben.Client.PostAsync("query($id: ID!) { cohort(id: $id) { viewerEnrolment { status promotedAt waitListPosition } counts { enrolled waiting withdrawn } } }", new { id = cohortId })).ShouldSucceed();
        Assert.Equal("ENROLLED", moved.Text("cohort.viewerEnrolment.status"));
        Assert.NotNull(moved.Text("cohort.viewerEnrolment.promotedAt"));
        Assert.Equal((1, 0, 1), (moved.At("cohort.counts.enrolled").GetInt32(), moved.At("cohort.counts.waiting").GetInt32(), moved.At("cohort.counts.withdrawn").GetInt32()));
    }

    [Fact]
    public async Task A_course_with_open_enrolment_takes_no_applications()
    {
        var (training, organiser) = await api.TrainingAsync();
        var courseId = (await organiser.OkAsync(CreateCourse, PeerBrokerCourse(training.Id, null, modules: 1), "createCourse")).GetProperty("course").GetProperty("id").GetString()!;
        var ann = await api.SignUpAsync("Ann Applicant");

        Assert.Equal(["NOT_TAKING_APPLICATIONS"], await ann.RefusedAsync(Apply, new { input = new { courseId, statement = "Please" } }, "applyForCourse"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await ann.Client.PostAsync(Applications, new { id = courseId })).ShouldSucceed().At("course.viewerApplication").ValueKind);
    }
}
