using System.Text.Json;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Organisations;

public sealed class OrganisationTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    [Theory]
    [InlineData("TIMEBANK")]
    [InlineData("PROVIDER")]
    [InlineData("USER_LED_GROUP")]
    [InlineData("TRAINING")]
    [InlineData("COMMISSIONER")]
    public async Task The_creator_of_an_organisation_becomes_its_active_coordinator(string kind)
    {
        var ann = await api.SignUpAsync("Ann");

        var result = (await ann.Client.RunAsync("createOrganisation", new { input = new { name = "Org " + kind, kind } })).ShouldSucceed();

        Assert.Equal(kind, result.Text("createOrganisation.organisation.kind"));
        Assert.Equal("ACTIVE", result.Text("createOrganisation.membership.status"));
        Assert.Equal(["MEMBER", "COORDINATOR"], result.At("createOrganisation.membership.roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Joining_waits_for_a_coordinator_to_approve()
    {
        var ann = await api.SignUpAsync("Ann");
        var organisation = await ann.CreateOrganisationAsync();
        var bob = await api.SignUpAsync("Bob");

        var membership = await bob.JoinAsync(organisation);
        var pending = (await bob.Client.PostAsync("query($id: ID!) { organisation(id: $id) { viewerMembership { status } } }", new { id = organisation.Id })).ShouldSucceed();
        var approved = (await ann.Client.RunAsync("approveMembership", new { input = new { membershipId = membership } })).ShouldSucceed();

        Assert.Equal("PENDING", pending.Text("organisation.viewerMembership.status"));
        Assert.Equal("ACTIVE", approved.Text("approveMembership.membership.status"));
        Assert.Equal(["MEMBER"], approved.At("approveMembership.membership.roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Asking_to_join_twice_is_refused()
    {
        var ann = await api.SignUpAsync();
        var organisation = await ann.CreateOrganisationAsync();
        var bob = await api.SignUpAsync();
        await bob.JoinAsync(organisation);

        var again = (await bob.Client.RunAsync("joinOrganisation", new { input = new { organisationId = organisation.Id } })).ShouldSucceed();

        Assert.Equal(["ALREADY_MEMBER"], again.PayloadErrorCodes("joinOrganisation"));
    }

    [Fact]
    public async Task Approving_twice_is_refused_as_not_pending()
    {
        var ann = await api.SignUpAsync();
        var organisation = await ann.CreateOrganisationAsync();
        var membership = await (await api.SignUpAsync()).JoinApprovedAsync(organisation, ann);

        var again = (await ann.Client.RunAsync("approveMembership", new { input = new { membershipId = membership } })).ShouldSucceed();

        Assert.Equal(["NOT_PENDING"], again.PayloadErrorCodes("approveMembership"));
    }

    [Fact]
    public async Task A_plain_member_cannot_approve_or_grant_roles()
    {
        var ann = await api.SignUpAsync();
        var organisation = await ann.CreateOrganisationAsync();
        var bob = await api.SignUpAsync();
        var bobsMembership = await bob.JoinApprovedAsync(organisation, ann);
        var cath = await api.SignUpAsync();
        var cathsRequest = await cath.JoinAsync(organisation);

        var approve = (await bob.Client.RunAsync("approveMembership", new { input = new { membershipId = cathsRequest } })).ShouldSucceed();
        var grant = (await bob.Client.RunAsync("grantRole", new { input = new { membershipId = bobsMembership, role = "COORDINATOR" } })).ShouldSucceed();

        Assert.Equal(["NOT_ALLOWED"], approve.PayloadErrorCodes("approveMembership"));
        Assert.Equal(["NOT_ALLOWED"], grant.PayloadErrorCodes("grantRole"));
    }

    [Fact]
    public async Task Outsiders_learn_nothing_about_an_organisations_memberships()
    {
        var ann = await api.SignUpAsync();
        var organisation = await ann.CreateOrganisationAsync();
        var request = await (await api.SignUpAsync()).JoinAsync(organisation);
        var outsider = await api.SignUpAsync("Outsider");

        var approve = (await outsider.Client.RunAsync("approveMembership", new { input = new { membershipId = request } })).ShouldSucceed();
        var node = (await outsider.Client.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = request })).ShouldSucceed();
        var members = await outsider.Client.RunAsync("organisation", new { id = organisation.Id });

        Assert.Equal(["NOT_FOUND"], approve.PayloadErrorCodes("approveMembership"));
        Assert.Equal(JsonValueKind.Null, node.At("node").ValueKind);
        Assert.Equal("Riverside Timebank", members.Text("organisation.name"));
        Assert.Equal(JsonValueKind.Null, members.At("organisation.members").ValueKind);
        Assert.Contains("NOT_ALLOWED", members.ErrorCodes);
    }

    [Fact]
    public async Task Only_a_coordinator_makes_coordinators_or_managers_and_a_manager_can_approve()
    {
        var ann = await api.SignUpAsync();
        var organisation = await ann.CreateOrganisationAsync("Hillside Support", "PROVIDER");
        var mo = await api.SignUpAsync("Mo");
        var mosMembership = await mo.JoinApprovedAsync(organisation, ann);
        await ann.GrantAsync(mosMembership, "MANAGER");
        var sam = await api.SignUpAsync("Sam");
        var samsMembership = await sam.JoinAsync(organisation);

        var approvedByManager = (await mo.Client.RunAsync("approveMembership", new { input = new { membershipId = samsMembership } })).ShouldSucceed();
        var staffByManager = (await mo.Client.RunAsync("grantRole", new { input = new { membershipId = samsMembership, role = "STAFF" } })).ShouldSucceed();
        var coordinatorByManager = (await mo.Client.RunAsync("grantRole", new { input = new { membershipId = samsMembership, role = "COORDINATOR" } })).ShouldSucceed();

        Assert.Empty(approvedByManager.PayloadErrorCodes("approveMembership"));
        Assert.Equal(["MEMBER", "STAFF"], staffByManager.At("grantRole.membership.roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["NOT_ALLOWED"], coordinatorByManager.PayloadErrorCodes("grantRole"));
    }

    [Fact]
    public async Task Ids_of_the_wrong_type_are_a_validation_error_on_the_field()
    {
        var ann = await api.SignUpAsync();
        var organisation = await ann.CreateOrganisationAsync();

        var result = (await ann.Client.RunAsync("approveMembership", new { input = new { membershipId = organisation.Id } })).ShouldSucceed();

        Assert.Equal("ValidationError", result.Text("approveMembership.errors.0.__typename"));
    }
}
