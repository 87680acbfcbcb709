using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Flexi;

/// <summary>Customers see only their own budget; managers their service's; anyone else finds nothing, revealing nothing.</summary>
public sealed class AllowancePrivacyTests(FlexiFactory api) : IClassFixture<FlexiFactory>
{
    [Fact]
    public async Task A_customer_reads_their_own_budget_and_nobody_elses()
    {
        var provider = await api.ProviderAsync();
        var serviceId = await provider.ServiceAsync();
        var (ann, bob) = (await api.MemberAsync(provider, "Ann Customer", "CUSTOMER"), await api.MemberAsync(provider, "Bob Customer", "CUSTOMER"));
        await provider.EnrolAsync(serviceId, ann);
        await provider.EnrolAsync(serviceId, bob);
        var bobs = await bob.BudgetAsync(serviceId);

        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await ann.BudgetAsync(serviceId, bob.Id)).ValueKind);
        var account = await ann.Client.RunAsync("account", new { id = bobs.GetProperty("cash").GetProperty("id").GetString() });
        Assert.Equal(System.Text.Json.JsonValueKind.Null, account.ShouldSucceed().At("account").ValueKind);
        Assert.Equal(4000, (await bob.Client.RunAsync("account", new { id = bobs.GetProperty("cash").GetProperty("id").GetString() })).ShouldSucceed().At("account.available").GetInt64());
    }

    [Fact]
    public async Task Staff_and_outsiders_do_not_read_a_customers_budget_and_outsiders_do_not_see_the_service()
    {
        var provider = await api.ProviderAsync();
        var serviceId = await provider.ServiceAsync();
        var ann = await api.MemberAsync(provider, "Ann Customer", "CUSTOMER");
        var staff = await api.MemberAsync(provider, "Sam Staff", "STAFF");
        var outsider = await api.SignUpAsync("Olly Outsider");
        var otherManager = (await api.ProviderAsync("Oak House")).Manager;
        await provider.EnrolAsync(serviceId, ann);

        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await staff.BudgetAsync(serviceId, ann.Id)).ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await outsider.BudgetAsync(serviceId, ann.Id)).ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await otherManager.BudgetAsync(serviceId, ann.Id)).ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await outsider.Client.RunAsync("flexiService", new { id = serviceId })).ShouldSucceed().At("flexiService").ValueKind);
        Assert.Equal(["NOT_FOUND"], await otherManager.RefusedAsync("enrolCustomer", new { input = new { serviceId, customerId = ann.Id } }));
        Assert.Equal(210, (await provider.Manager.BudgetAsync(serviceId, ann.Id)).Available("supportMinutes"));
    }

    [Fact]
    public async Task A_providers_members_list_its_services_and_nobody_else_sees_them()
    {
        var provider = await api.ProviderAsync("Ash House");
        var first = await provider.ServiceAsync();
        var second = await provider.ServiceAsync();
        var staff = await api.MemberAsync(provider, "Sam Staff", "STAFF");
        var outsider = await api.SignUpAsync("Olly Outsider");

        async Task<string[]> ListedAsync(Infrastructure.TestMember reader)
            => [.. (await reader.Client.RunAsync("flexiServices", new { providerId = provider.Organisation.Id })).ShouldSucceed().At("flexiServices").EnumerateArray().Select(s => s.GetProperty("id").GetString()!)];

        Assert.Equal(new[] { first, second }.Order().ToArray(), (await ListedAsync(provider.Manager)).Order().ToArray());
        Assert.Equal(2, (await ListedAsync(staff)).Length);
        Assert.Empty(await ListedAsync(outsider));
    }
}
