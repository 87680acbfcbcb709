using System.Text.Json;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Courses;

/// <summary>A host whose tokens outlive the months these stories move the clock through.</summary>
public sealed class CoursesFactory : TimebankApiFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Timebank:Auth:TokenLifetime"] = "3650.00:00:00" };
}

/// <summary>Course steps done over HTTP.</summary>
public static class CourseScenario
{
    public static async Task<JsonElement> OkAsync(this TestMember member, string document, object variables, string payload)
    {
        var result = (await member.Client.PostAsync(document, variables)).ShouldSucceed();
        Assert.True(result.PayloadErrorCodes(payload).Count == 0, result.ToString());
        return result.At(payload);
    }

    public static async Task<IReadOnlyList<string>> RefusedAsync(this TestMember member, string document, object variables, string payload)
        => (await member.Client.PostAsync(document, variables)).ShouldSucceed().PayloadErrorCodes(payload);

    /// <summary>A training organisation whose creator is also its organiser.</summary>
    public static async Task<(TestOrganisation Organisation, TestMember Organiser)> TrainingAsync(this TimebankApiFactory api, string name = "Riverside Training")
    {
        var organiser = await api.SignUpAsync("Olive Organiser");
        var organisation = await organiser.CreateOrganisationAsync(name, "TRAINING");
        await organiser.GrantAsync(organisation.CoordinatorMembershipId, "ORGANISER");
        return (organisation, organiser);
    }

    public const string CreateCourse = """
        mutation($input: CreateCourseInput!) { createCourse(input: $input) { course { id modules { id position } } errors { code message } } }
        """;

    public const string ScheduleCohort = """
        mutation($input: ScheduleCohortInput!) { scheduleCohort(input: $input) { cohort { id sessions { id start end } } errors { code message } } }
        """;

    public const string Enrol = """
        mutation($input: EnrolInput!) { enrol(input: $input) { enrolment { id status promotedAt waitListPosition } errors { code message } } }
        """;

    public const string Withdraw = """
        mutation($input: EnrolmentInput!) { withdrawEnrolment(input: $input) { enrolment { status } errors { code message } } }
        """;

    public const string RecordAttendance = """
        mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { cohort { id } errors { code message } } }
        """;

    public const string Complete = """
        mutation($input: EnrolmentInput!) { completeEnrolment(input: $input) { enrolment { status } accreditation { kind awardedOn } errors { code message ... on CompletionRuleNotMetError { missing } } } }
        """;

    public static object PeerBrokerCourse(string organisationId, string? timebankId, int modules = 10) => new
    {
        input = new
        {
            organisationId,
            course = new
            {
                title = "Peer brokerage",
                description = "Ten sessions for peer brokers",
                modules = Enumerable.Range(1, modules).Select(i => new { title = $"Module {i}", minutes = 120 }).ToArray(),
                grants = "PEER_BROKER",
                rule = new { combination = "ALL", criteria = new[] { new { kind = "SHARE_OF_SESSIONS_ATTENDED", number = 80 } } },
                formats = new[] { "LARGE_PRINT", "BRAILLE", "EASY_READ" },
                hoursTimebankId = timebankId,
            },
        },
    };
}
