using System.Text.Json;
using NodaTime.Text;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Brokerage;

[Collection(BrokerageHost.Name)]
public sealed class BrokerSearchAndReportTests(TimebankApiFactory api)
{
    [Fact]
    public async Task Brokers_are_filtered_in_every_criterion_and_ordered_by_relevance_or_name_with_cursors()
    {
        var timebank = await api.TimebankAsync(1);
        var reader = timebank.Members[0];
        var zed = await api.BrokerAsync(timebank, "Zed", areas: ["CV1", "CV2"], formats: ["BSL"], skills: ["Benefits advice", "housing"], languages: ["en-GB", "bfi"]);
        api.Clock.Advance(NodaTime.Duration.FromMinutes(1)); // ties go to whoever's profile waited longest
        var amy = await api.BrokerAsync(timebank, "Amy", areas: ["CV2"], formats: ["EASY_READ"], skills: ["finding a PA"], languages: ["pa"]);
        api.Clock.Advance(NodaTime.Duration.FromMinutes(1));
        var max = await api.BrokerAsync(timebank, "Max", areas: ["B23"], skills: ["benefits"], languages: ["en"]);
        await max.Member.UpsertProfileAsync(timebank, ["B23"], [], ["benefits"], ["en"], acceptingRequests: false);
        var today = LocalDatePattern.Iso.Parse(api.Today()).Value;
        await timebank.RecordCheckAsync(amy, today.PlusYears(-1).ToString("yyyy-MM-dd", null), today.PlusDays(10).ToString("yyyy-MM-dd", null));
        await timebank.Coordinator.StepAsync("recordBrokerAccreditation", new { brokerProfileId = amy.ProfileId, name = "Peer brokerage course", source = "The county council", awardedOn = api.Today() });

        Assert.Equal([zed.Member.Id, max.Member.Id], await Ids(reader, timebank, new { skill = "BENEFIT" }));
        Assert.Equal([amy.Member.Id, zed.Member.Id], await Ids(reader, timebank, new { area = "CV2 1AA" })); // Amy: check and accreditation
        Assert.Equal([zed.Member.Id, max.Member.Id], await Ids(reader, timebank, new { language = "en" }));
        Assert.Equal([zed.Member.Id], await Ids(reader, timebank, new { format = "BSL" }));
        Assert.Equal([amy.Member.Id], await Ids(reader, timebank, new { accreditation = "peer BROKERAGE" }));
        Assert.Equal([max.Member.Id], await Ids(reader, timebank, new { available = false }));
        Assert.Equal([amy.Member.Id], await Ids(reader, timebank, new { checkInDateOn = api.Today() }));
        Assert.Empty(await Ids(reader, timebank, new { checkInDateOn = today.PlusDays(11).ToString("yyyy-MM-dd", null) }));
        // Relevance: Amy has an accreditation and a check in date (2); Zed's skill matches the search (3).
        Assert.Equal([amy.Member.Id, zed.Member.Id, max.Member.Id], await Ids(reader, timebank, null));
        Assert.Equal([amy.Member.Id, max.Member.Id, zed.Member.Id], await Ids(reader, timebank, null, "NAME"));
        var first = (await reader.Client.RunAsync("brokers", new { organisationId = timebank.Id, orderBy = "NAME", first = 2 })).ShouldSucceed();
        var rest = (await reader.Client.RunAsync("brokers", new { organisationId = timebank.Id, orderBy = "NAME", first = 2, after = first.Text("brokers.pageInfo.endCursor") })).ShouldSucceed();
        Assert.True(first.At("brokers.pageInfo.hasNextPage").GetBoolean());
        Assert.Equal(3, first.At("brokers.totalCount").GetInt32());
        Assert.Equal([zed.Member.Id], rest.At("brokers.nodes").EnumerateArray().Select(n => n.GetProperty("member").GetProperty("id").GetString()));
        Assert.False(rest.At("brokers.pageInfo.hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task The_coordinator_sees_unanswered_requests_thin_areas_and_checks_to_renew_and_nobody_else_does()
    {
        var timebank = await api.TimebankAsync(1);
        var person = timebank.Members[0];
        var broker = await api.BrokerAsync(timebank, "Only one in CV1");
        var today = LocalDatePattern.Iso.Parse(api.Today()).Value;
        await timebank.RecordCheckAsync(broker, today.PlusYears(-2).ToString("yyyy-MM-dd", null), today.PlusDays(5).ToString("yyyy-MM-dd", null));
        var settings = await timebank.Coordinator.StepAsync("configureBrokerage", new { organisationId = timebank.Id, unansweredAfterDays = 1 });
        var request = await person.RequestAsync(timebank);
        await person.StepAsync("inviteBrokers", new { requestId = request, brokerProfileIds = new[] { broker.ProfileId } });
        await broker.Member.StepAsync("respondToBrokerageInvite", new { requestId = request, accept = false });
        api.Clock.Advance(NodaTime.Duration.FromDays(2));
        await timebank.Coordinator.RefreshTokenAsync();
        await person.RefreshTokenAsync();

        var report = (await timebank.Coordinator.Client.RunAsync("brokerageReport", new { organisationId = timebank.Id })).ShouldSucceed().At("brokerageReport");
        var forMember = (await person.Client.RunAsync("brokerageReport", new { organisationId = timebank.Id })).ShouldSucceed();

        Assert.Empty(settings.PayloadErrorCodes("configureBrokerage"));
        var unanswered = report.GetProperty("unansweredRequests").EnumerateArray().Single();
        Assert.Equal(request, unanswered.GetProperty("request").GetProperty("id").GetString());
        Assert.Equal(1, unanswered.GetProperty("declined").GetInt32());
        Assert.Equal(["CV1:1"], report.GetProperty("thinAreas").EnumerateArray().Select(t => $"{t.GetProperty("value").GetString()}:{t.GetProperty("matchingBrokers").GetInt32()}"));
        var check = report.GetProperty("checksToRenew").EnumerateArray().Single();
        Assert.Equal(broker.ProfileId, check.GetProperty("broker").GetProperty("id").GetString());
        Assert.Equal(3, check.GetProperty("daysLeft").GetInt32());
        Assert.Equal(JsonValueKind.Null, forMember.At("brokerageReport").ValueKind);
    }

    [Fact]
    public async Task Coordinators_post_local_news_that_members_read_newest_first_and_outsiders_do_not()
    {
        var timebank = await api.TimebankAsync(1);
        var outsider = await api.SignUpAsync("Outsider");
        var older = await Post(timebank.Coordinator, timebank, "How budgets are set this year");
        api.Clock.Advance(NodaTime.Duration.FromMinutes(5));
        var newer = await Post(timebank.Coordinator, timebank, "Policy change in April");
        var byMember = await Post(timebank.Members[0], timebank, "Not allowed");

        var read = (await timebank.Members[0].Client.RunAsync("localNews", new { organisationId = timebank.Id })).ShouldSucceed();
        var notRead = (await outsider.Client.RunAsync("localNews", new { organisationId = timebank.Id })).ShouldSucceed();

        Assert.Equal([newer.Text("postLocalNews.localNewsPost.id"), older.Text("postLocalNews.localNewsPost.id")],
            read.At("localNews.nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        Assert.Equal(["NOT_ALLOWED"], byMember.PayloadErrorCodes("postLocalNews"));
        Assert.Equal(0, notRead.At("localNews.totalCount").GetInt32());
    }

    private static Task<GraphQLResult> Post(TestMember author, TestTimebank timebank, string title)
        => author.StepAsync("postLocalNews", new { organisationId = timebank.Id, title, body = "The council now works out budgets with you.", topic = "BUDGET_ADMINISTRATION" });

    private static async Task<List<string>> Ids(TestMember reader, TestTimebank timebank, object? filter, string orderBy = "RELEVANCE")
        => (await reader.Client.RunAsync("brokers", new { organisationId = timebank.Id, filter, orderBy })).ShouldSucceed()
            .At("brokers.nodes").EnumerateArray().Select(n => n.GetProperty("member").GetProperty("id").GetString()!).ToList();
}
