using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Platform;

public sealed class BatchLoadingTests(BatchLoadingTests.QuietFactory api) : IClassFixture<BatchLoadingTests.QuietFactory>
{
    /// <summary>No background expiry polling, so every SQL command counted comes from the request under test.</summary>
    public sealed class QuietFactory : TimebankApiFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Timebank:Ledger:ExpiryPollInterval"] = "1.00:00:00",
        };
    }

    private const string MembersWithNestedLookups = """
        query($id: ID!) {
          organisation(id: $id) {
            members(first: 50) {
              nodes { roles member { displayName email } organisation { name } }
            }
          }
        }
        """;

    [Fact]
    public async Task Listing_members_costs_the_same_number_of_SQL_commands_for_3_rows_as_for_30()
    {
        // Each is counted right after its own set-up, so both find the viewer's briefly cached memberships alike.
        var smallCommands = await CountCommandsAsync(await OrganisationWithMembersAsync(3));
        var largeCommands = await CountCommandsAsync(await OrganisationWithMembersAsync(30));

        Assert.Equal(smallCommands, largeCommands);
        Assert.InRange(largeCommands, 1, 8);
    }

    private async Task<int> CountCommandsAsync((TestMember Coordinator, TestOrganisation Organisation) setup)
    {
        api.SqlCommands.Reset();
        var result = (await setup.Coordinator.Client.PostAsync(MembersWithNestedLookups, new { id = setup.Organisation.Id })).ShouldSucceed();
        var count = api.SqlCommands.Count;
        // Every member row really resolved its member, email and organisation.
        Assert.All(result.At("organisation.members.nodes").EnumerateArray(), node =>
        {
            Assert.False(string.IsNullOrEmpty(node.GetProperty("member").GetProperty("email").GetString()));
            Assert.Equal("Batch Timebank", node.GetProperty("organisation").GetProperty("name").GetString());
        });
        return count;
    }

    private async Task<(TestMember, TestOrganisation)> OrganisationWithMembersAsync(int members)
    {
        var coordinator = await api.SignUpAsync("Coordinator");
        var organisation = await coordinator.CreateOrganisationAsync("Batch Timebank");
        for (var i = 0; i < members - 1; i++)
            await (await api.SignUpAsync($"Member {i}")).JoinApprovedAsync(organisation, coordinator);
        return (coordinator, organisation);
    }
}
