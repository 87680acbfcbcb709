namespace Timebank.Api.Tests.Infrastructure;

public sealed record TestMember(string Id, string Email, string Password, string DisplayName, GraphQLClient Client)
{
    public string Token => Client.Token!;
}

public sealed record TestOrganisation(string Id, string CoordinatorMembershipId);

/// <summary>Steps most tests begin with, each done through the public operations.</summary>
public static class Scenario
{
    public const string Password = "a long enough password";

    public static async Task<TestMember> SignUpAsync(this TimebankApiFactory api, string displayName = "Member")
    {
        var email = $"{displayName.ToLowerInvariant().Replace(' ', '.')}.{Guid.NewGuid():N}@example.org";
        var client = api.CreateGraphQLClient();
        var result = (await client.RunAsync("signUp", new { input = new { email, displayName, password = Password } })).ShouldSucceed();
        Assert.Empty(result.PayloadErrorCodes("signUp"));
        client.Token = result.Text("signUp.token");
        return new TestMember(result.Text("signUp.member.id")!, email, Password, displayName, client);
    }

    /// <summary>Signs in again: after a test moves the clock past a token's lifetime.</summary>
    public static async Task RefreshTokenAsync(this TestMember member)
    {
        member.Client.Token = null;
        var result = (await member.Client.RunAsync("signIn", new { input = new { email = member.Email, password = member.Password } })).ShouldSucceed();
        member.Client.Token = result.Text("signIn.token");
    }

    public static async Task<TestOrganisation> CreateOrganisationAsync(this TestMember creator, string name = "Riverside Timebank", string kind = "TIMEBANK")
    {
        var result = (await creator.Client.RunAsync("createOrganisation", new { input = new { name, kind } })).ShouldSucceed();
        Assert.Empty(result.PayloadErrorCodes("createOrganisation"));
        return new TestOrganisation(result.Text("createOrganisation.organisation.id")!, result.Text("createOrganisation.membership.id")!);
    }

    /// <summary>The member asks to join; returns the pending membership's id.</summary>
    public static async Task<string> JoinAsync(this TestMember member, TestOrganisation organisation)
    {
        var result = (await member.Client.RunAsync("joinOrganisation", new { input = new { organisationId = organisation.Id } })).ShouldSucceed();
        Assert.Empty(result.PayloadErrorCodes("joinOrganisation"));
        return result.Text("joinOrganisation.membership.id")!;
    }

    public static async Task<string> JoinApprovedAsync(this TestMember member, TestOrganisation organisation, TestMember coordinator)
    {
        var membership = await member.JoinAsync(organisation);
        var approved = (await coordinator.Client.RunAsync("approveMembership", new { input = new { membershipId = membership } })).ShouldSucceed();
        Assert.Empty(approved.PayloadErrorCodes("approveMembership"));
        return membership;
    }

    public static async Task GrantAsync(this TestMember coordinator, string membershipId, string role)
    {
        var result = (await coordinator.Client.RunAsync("grantRole", new { input = new { membershipId, role } })).ShouldSucceed();
        Assert.Empty(result.PayloadErrorCodes("grantRole"));
    }
}
