using System.Text.Json;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Platform;

public sealed class RelayTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    [Fact]
    public async Task Any_node_can_be_refetched_by_its_global_id()
    {
        var ann = await api.SignUpAsync("Ann");
        var organisation = await ann.CreateOrganisationAsync();

        var result = (await ann.Client.PostAsync("""
            query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }
            """, new { ids = new[] { organisation.Id, ann.Id, organisation.CoordinatorMembershipId } })).ShouldSucceed();

        var nodes = result.At("nodes").EnumerateArray().ToList();
        Assert.Equal(["Organisation", "Member", "Membership"], nodes.Select(n => n.GetProperty("__typename").GetString()));
        Assert.Equal([organisation.Id, ann.Id, organisation.CoordinatorMembershipId], nodes.Select(n => n.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("not base64 at all")]
    [InlineData("TWVtYmVyOm5vdC1hLWd1aWQ=")]
    [InlineData("VW5rbm93blR5cGU6MDE5YTAwMDAwMDAwNzAwMDgwMDAwMDAwMDAwMDAwMDA=")]
    public async Task Ids_that_name_nothing_resolve_to_null(string id)
    {
        var ann = await api.SignUpAsync();

        var result = (await ann.Client.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id })).ShouldSucceed();

        Assert.Equal(JsonValueKind.Null, result.At("node").ValueKind);
    }

    [Fact]
    public async Task Paging_forwards_and_backwards_visits_every_member_once_in_order()
    {
        var coordinator = await api.SignUpAsync("Coordinator");
        var organisation = await coordinator.CreateOrganisationAsync();
        for (var i = 0; i < 6; i++)
            await (await api.SignUpAsync($"Member {i}")).JoinApprovedAsync(organisation, coordinator);

        var forwards = await CollectAsync(coordinator, organisation, backwards: false);
        var backwards = await CollectAsync(coordinator, organisation, backwards: true);

        Assert.Equal(7, forwards.Count);
        Assert.Equal(forwards, backwards);
        Assert.Equal(forwards.Count, forwards.Distinct().Count());
    }

    [Fact]
    public async Task TotalCount_counts_the_whole_list_not_the_page()
    {
        var coordinator = await api.SignUpAsync("Coordinator");
        var organisation = await coordinator.CreateOrganisationAsync();
        await (await api.SignUpAsync()).JoinApprovedAsync(organisation, coordinator);
        await (await api.SignUpAsync()).JoinApprovedAsync(organisation, coordinator);

        var result = (await coordinator.Client.RunAsync("organisation", new { id = organisation.Id, first = 1 })).ShouldSucceed();

        Assert.Equal(3, result.At("organisation.members.totalCount").GetInt32());
        Assert.Single(result.At("organisation.members.edges").EnumerateArray());
        Assert.True(result.At("organisation.members.pageInfo.hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task A_cursor_that_was_not_given_out_is_refused()
    {
        var coordinator = await api.SignUpAsync();
        var organisation = await coordinator.CreateOrganisationAsync();

        var result = await coordinator.Client.RunAsync("organisation", new { id = organisation.Id, first = 2, after = "bm9wZQ==" });

        Assert.Contains("PAGING_INVALID", result.ErrorCodes);
    }

    private static async Task<List<string>> CollectAsync(TestMember viewer, TestOrganisation organisation, bool backwards)
    {
        var ids = new List<string>();
        string? cursor = null;
        do
        {
            var query = backwards
                ? "query($id: ID!, $c: String) { organisation(id: $id) { members(last: 2, before: $c) { pageInfo { hasPreviousPage startCursor } nodes { id } } } }"
                : "query($id: ID!, $c: String) { organisation(id: $id) { members(first: 2, after: $c) { pageInfo { hasNextPage endCursor } nodes { id } } } }";
            var page = (await viewer.Client.PostAsync(query, new { id = organisation.Id, c = cursor })).ShouldSucceed();
            var nodes = page.At("organisation.members.nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
            if (backwards)
                ids.InsertRange(0, nodes);
            else
                ids.AddRange(nodes);
            var more = page.At(backwards ? "organisation.members.pageInfo.hasPreviousPage" : "organisation.members.pageInfo.hasNextPage").GetBoolean();
            cursor = more ? page.Text(backwards ? "organisation.members.pageInfo.startCursor" : "organisation.members.pageInfo.endCursor") : null;
        }
        while (cursor is not null);
        return ids;
    }
}
