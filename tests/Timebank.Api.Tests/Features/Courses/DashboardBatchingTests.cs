using NodaTime;
using Timebank.Api.Tests.Infrastructure;
using static Timebank.Api.Tests.Features.Courses.CourseScenario;

namespace Timebank.Api.Tests.Features.Courses;

/// <summary>The organiser's dashboard and the overdue list cost the same number of SQL commands whatever the page size (no N+1).</summary>
public sealed class DashboardBatchingTests(DashboardBatchingTests.QuietFactory api) : IClassFixture<DashboardBatchingTests.QuietFactory>
{
    /// <summary>No background expiry polling, so every SQL command counted comes from the request under test.</summary>
    public sealed class QuietFactory : TimebankApiFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Timebank:Ledger:ExpiryPollInterval"] = "1.00:00:00",
        };
    }

    private async Task<int> CommandsAsync(TestMember member, string document, object variables)
    {
        (await member.Client.PostAsync(document, variables)).ShouldSucceed();
        api.SqlCommands.Reset();
        (await member.Client.PostAsync(document, variables)).ShouldSucceed();
        return api.SqlCommands.Count;
    }

    [Fact]
    public async Task The_cohort_dashboard_with_counts_and_completion_rates_is_batched()
    {
        var (training, organiser) = await api.TrainingAsync();
        var courseId = (await organiser.OkAsync(CreateCourse, PeerBrokerCourse(training.Id, null, modules: 1), "createCourse")).GetProperty("course").GetProperty("id").GetString()!;
        for (var i = 0; i < 6; i++)
        {
            var sessions = new[] { new { title = "One", start = (api.Clock.GetCurrentInstant() + Duration.FromDays(1 + i)).ToString(), minutes = 60 } };
            var cohortId = (await organiser.OkAsync(ScheduleCohort, new { input = new { courseId, capacity = 1, sessions } }, "scheduleCohort")).GetProperty("cohort").GetProperty("id").GetString()!;
            for (var p = 0; p < 2; p++)
                await (await api.SignUpAsync($"Trainee {i}-{p}")).OkAsync(Enrol, new { input = new { cohortId } }, "enrol");
        }
        const string Dashboard = """
            query($id: ID!, $first: Int) { cohorts(filter: { organisationId: $id, phase: UPCOMING }, first: $first) {
              nodes { id phase startsAt course { title grants } sessions { title start attendance { present } } counts { enrolled waiting completed withdrawn completionRate } } } }
            """;

        var small = await CommandsAsync(organiser, Dashboard, new { id = training.Id, first = 2 });
        var large = await CommandsAsync(organiser, Dashboard, new { id = training.Id, first = 6 });

        Assert.Equal(small, large);
        Assert.InRange(large, 1, 8);
        var page = (await organiser.Client.PostAsync(Dashboard, new { id = training.Id, first = 6 })).ShouldSucceed();
        Assert.Equal((1, 1), (page.At("cohorts.nodes.5.counts.enrolled").GetInt32(), page.At("cohorts.nodes.5.counts.waiting").GetInt32()));
    }

    [Fact]
    public async Task The_overdue_pairings_list_is_batched()
    {
        var (training, organiser) = await api.TrainingAsync();
        var longAgo = api.Clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/London"]).Date.PlusMonths(-2).ToString("yyyy-MM-dd", null);
        for (var i = 0; i < 6; i++)
        {
            var (mentor, mentee) = (await api.SignUpAsync($"Mentor {i}"), await api.SignUpAsync($"Mentee {i}"));
            await organiser.OkAsync("mutation($input: PairMentorInput!) { pairMentor(input: $input) { mentoringPairing { id } errors { code } } }",
                new { input = new { organisationId = training.Id, mentorId = mentor.Id, menteeIds = new[] { mentee.Id }, cadence = "MONTHLY", startsOn = longAgo } }, "pairMentor");
        }
        const string Overdue = """
            query($id: ID!, $first: Int) { mentoringPairings(filter: { organisationId: $id, overdue: true }, first: $first) {
              nodes { id nextDue overdue cadence mentor { displayName } mentees { displayName } } } }
            """;

        var small = await CommandsAsync(organiser, Overdue, new { id = training.Id, first = 2 });
        var large = await CommandsAsync(organiser, Overdue, new { id = training.Id, first = 6 });

        Assert.Equal(small, large);
    }
}
