using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Brokerage;

/// <summary><c>brokers(filter)</c> costs the same number of SQL commands whatever the page size, and a term search stays in its timebank.</summary>
public sealed class BrokerSearchBatchingTests(BrokerSearchBatchingTests.QuietFactory api) : IClassFixture<BrokerSearchBatchingTests.QuietFactory>
{
    /// <summary>No background expiry polling, so every SQL command counted comes from the request under test.</summary>
    public sealed class QuietFactory : TimebankApiFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Timebank:Ledger:ExpiryPollInterval"] = "1.00:00:00",
        };
    }

    private const string Brokers = """
        query($id: ID!, $filter: BrokerFilter, $first: Int) { brokers(organisationId: $id, filter: $filter, first: $first) {
          totalCount nodes { id member { id displayName } skills languages areasServed formats checkInDate accreditations { name source } } } }
        """;

    [Fact]
    public async Task A_page_of_brokers_with_members_accreditations_and_count_is_batched()
    {
        var timebank = await api.TimebankAsync(1);
        for (var i = 0; i < 6; i++)
        {
            var broker = await api.BrokerAsync(timebank, $"Broker {i}", areas: ["CV1"], skills: ["housing"]);
            await timebank.Coordinator.StepAsync("recordBrokerAccreditation", new { brokerProfileId = broker.ProfileId, name = "Peer brokerage course", source = "The county council", awardedOn = api.Today() });
        }

        foreach (var filter in new object?[] { null, new { skill = "housing" }, new { area = "CV1", skill = "housing", accreditation = "peer" } })
        {
            var small = await CommandsAsync(timebank.Members[0], new { id = timebank.Id, filter, first = 2 });
            var large = await CommandsAsync(timebank.Members[0], new { id = timebank.Id, filter, first = 6 });
            Assert.Equal(small, large);
        }
    }

    [Fact]
    public async Task A_search_by_area_language_or_skill_finds_only_the_timebanks_own_brokers()
    {
        var (here, elsewhere) = (await api.TimebankAsync(1), await api.TimebankAsync(1));
        var ours = await api.BrokerAsync(here, "Ours", areas: ["CV3"], skills: ["respite"], languages: ["cy"]);
        await api.BrokerAsync(elsewhere, "Theirs", areas: ["CV3"], skills: ["respite"], languages: ["cy"]);

        foreach (var filter in new object[] { new { area = "CV3" }, new { language = "cy" }, new { skill = "resp" }, new { area = "CV3", skill = "respite", language = "cy" } })
        {
            var page = (await here.Members[0].Client.PostAsync(Brokers, new { id = here.Id, filter, first = 10 })).ShouldSucceed();
            Assert.Equal([ours.Member.Id], page.At("brokers.nodes").EnumerateArray().Select(n => n.GetProperty("member").GetProperty("id").GetString()));
            Assert.Equal(1, page.At("brokers.totalCount").GetInt32());
        }
    }

    private async Task<int> CommandsAsync(TestMember member, object variables)
    {
        (await member.Client.PostAsync(Brokers, variables)).ShouldSucceed();
        api.SqlCommands.Reset();
        var page = (await member.Client.PostAsync(Brokers, variables)).ShouldSucceed();
        Assert.NotEqual(0, page.At("brokers.totalCount").GetInt32());
        return api.SqlCommands.Count;
    }
}
