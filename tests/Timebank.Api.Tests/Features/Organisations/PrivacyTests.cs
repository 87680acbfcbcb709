using System.Text.Json;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Organisations;

/// <summary>The "done when" of the foundation: two members of one timebank, and what each may read of the other.</summary>
public sealed class PrivacyTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    private const string MembersAndEmails = """
        query($id: ID!) { organisation(id: $id) { members(first: 10) { nodes { status member { id displayName email } } } } }
        """;

    [Fact]
    public async Task A_member_sees_the_coordinators_name_but_not_their_email()
    {
        var (ann, bob, organisation) = await TimebankWithTwoMembersAsync();

        var seenByBob = Members((await bob.Client.PostAsync(MembersAndEmails, new { id = organisation.Id })).ShouldSucceed());

        Assert.Equal("Ann", seenByBob[ann.Id].GetProperty("displayName").GetString());
        Assert.Equal(JsonValueKind.Null, seenByBob[ann.Id].GetProperty("email").ValueKind);
        Assert.Equal(bob.Email, seenByBob[bob.Id].GetProperty("email").GetString());
    }

    [Fact]
    public async Task The_coordinator_role_allows_reading_members_emails()
    {
        var (ann, bob, organisation) = await TimebankWithTwoMembersAsync();

        var seenByAnn = Members((await ann.Client.PostAsync(MembersAndEmails, new { id = organisation.Id })).ShouldSucceed());

        Assert.Equal(bob.Email, seenByAnn[bob.Id].GetProperty("email").GetString());
    }

    [Fact]
    public async Task A_member_cannot_read_another_members_memberships_or_email_through_node()
    {
        var (ann, bob, _) = await TimebankWithTwoMembersAsync();

        var result = (await bob.Client.PostAsync("query($id: ID!) { node(id: $id) { ... on Member { displayName email memberships { totalCount } } } }", new { id = ann.Id })).ShouldSucceed();

        Assert.Equal("Ann", result.Text("node.displayName"));
        Assert.Equal(JsonValueKind.Null, result.At("node.email").ValueKind);
        Assert.Equal(JsonValueKind.Null, result.At("node.memberships").ValueKind);
    }

    [Fact]
    public async Task Members_of_another_timebank_see_nothing_of_these_members()
    {
        var (ann, bob, _) = await TimebankWithTwoMembersAsync();
        var zed = await api.SignUpAsync("Zed");
        await zed.CreateOrganisationAsync("Elsewhere Timebank");

        var result = (await zed.Client.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = new[] { ann.Id, bob.Id } })).ShouldSucceed();

        Assert.All(result.At("nodes").EnumerateArray(), node => Assert.Equal(JsonValueKind.Null, node.ValueKind));
    }

    [Fact]
    public async Task A_pending_applicant_cannot_list_members_but_the_coordinator_sees_the_request()
    {
        var (ann, _, organisation) = await TimebankWithTwoMembersAsync();
        var cath = await api.SignUpAsync("Cath");
        await cath.JoinAsync(organisation);

        var byApplicant = await cath.Client.RunAsync("organisation", new { id = organisation.Id });
        var pending = (await ann.Client.RunAsync("organisation", new { id = organisation.Id, status = "PENDING" })).ShouldSucceed();

        Assert.Contains("NOT_ALLOWED", byApplicant.ErrorCodes);
        Assert.Equal(cath.Email, pending.Text("organisation.members.edges.0.node.member.email"));
    }

    private async Task<(TestMember Ann, TestMember Bob, TestOrganisation Organisation)> TimebankWithTwoMembersAsync()
    {
        var ann = await api.SignUpAsync("Ann");
        var organisation = await ann.CreateOrganisationAsync();
        var bob = await api.SignUpAsync("Bob");
        await bob.JoinApprovedAsync(organisation, ann);
        return (ann, bob, organisation);
    }

    private static Dictionary<string, JsonElement> Members(GraphQLResult result)
        => result.At("organisation.members.nodes").EnumerateArray()
            .Select(n => n.GetProperty("member"))
            .ToDictionary(m => m.GetProperty("id").GetString()!);
}
