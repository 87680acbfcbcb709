using NodaTime;
using Timebank.Api.Tests.Infrastructure;
using static Timebank.Api.Tests.Features.Courses.CourseScenario;

namespace Timebank.Api.Tests.Features.Brokerage;

/// <summary>An accreditation earned by completing a course counts for brokers as one a coordinator recorded does.</summary>
[Collection(BrokerageHost.Name)]
public sealed class CourseAccreditationTests(TimebankApiFactory api)
{
    private const string Profile = """
        query($id: ID!) { node(id: $id) { ... on BrokerProfile { accreditations { name source sourceDescription awardedOn } } } }
        """;

    [Fact]
    public async Task A_broker_who_completed_a_peer_broker_course_is_found_by_that_accreditation_and_shows_it_with_its_source()
    {
        var timebank = await api.TimebankAsync(1);
        var reader = timebank.Members[0];
        var cal = await api.BrokerAsync(timebank, "Cal Untrained");
        api.Clock.Advance(Duration.FromMinutes(1)); // ties would go to Cal, whose profile waited longest
        var bea = await api.BrokerAsync(timebank, "Bea Trained");
        var (training, organiser) = await api.TrainingAsync();
        var courseId = (await organiser.OkAsync(CreateCourse, PeerBrokerCourse(training.Id, null, modules: 1), "createCourse")).GetProperty("course").GetProperty("id").GetString()!;
        var sessions = new[] { new { title = "The whole course", start = (api.Clock.GetCurrentInstant() + Duration.FromDays(1)).ToString(), minutes = 60, modules = new[] { 1 } } };
        var cohort = (await organiser.OkAsync(ScheduleCohort, new { input = new { courseId, capacity = 4, sessions } }, "scheduleCohort")).GetProperty("cohort");
        var cohortId = cohort.GetProperty("id").GetString()!;
        await bea.Member.OkAsync(Enrol, new { input = new { cohortId } }, "enrol");
        Assert.Empty(await Ids(reader, timebank, new { accreditation = "PEER_BROKER" }));

        api.Clock.Advance(Duration.FromDays(2));
        foreach (var member in new[] { organiser, reader, bea.Member, timebank.Coordinator })
            await member.RefreshTokenAsync();
        var sessionId = cohort.GetProperty("sessions")[0].GetProperty("id").GetString()!;
        await organiser.OkAsync(RecordAttendance, new { input = new { sessionId, entries = new[] { new { memberId = bea.Member.Id, status = "PRESENT", withSupporter = false } } } }, "recordAttendance");
        await organiser.OkAsync(Complete, new { input = new { cohortId, memberId = bea.Member.Id } }, "completeEnrolment");

        Assert.Equal([bea.Member.Id], await Ids(reader, timebank, new { accreditation = "PEER_BROKER" }));
        Assert.Equal([bea.Member.Id], await Ids(reader, timebank, new { accreditation = "peer broker" }));
        Assert.Equal([bea.Member.Id, cal.Member.Id], await Ids(reader, timebank, null)); // relevance counts the course's accreditation

        await timebank.Coordinator.StepAsync("recordBrokerAccreditation", new { brokerProfileId = bea.ProfileId, name = "Safeguarding adults", source = "The county council", awardedOn = api.Today() });
        var shown = (await reader.Client.PostAsync(Profile, new { id = bea.ProfileId })).ShouldSucceed().At("node.accreditations").EnumerateArray()
            .Select(a => (a.GetProperty("name").GetString(), a.GetProperty("source").GetString(), a.GetProperty("sourceDescription").GetString()))
            .OrderBy(a => a.Item2, StringComparer.Ordinal).ToList();
        Assert.Equal([
            ("Peer broker", "COURSE", "Completed Peer brokerage with Riverside Training"),
            ("Safeguarding adults", "RECORDED_BY_COORDINATOR", "The county council"),
        ], shown);
    }

    private static async Task<List<string?>> Ids(TestMember reader, TestTimebank timebank, object? filter)
    {
        var result = (await reader.Client.RunAsync("brokers", new { organisationId = timebank.Id, filter, first = 20 })).ShouldSucceed();
        return result.At("brokers.nodes").EnumerateArray().Select(n => n.GetProperty("member").GetProperty("id").GetString()).ToList();
    }
}
