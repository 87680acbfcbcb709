using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.Persistence;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Flexi;

/// <summary>A host whose tokens outlive the weeks these stories move the clock through.</summary>
public sealed class FlexiFactory : TimebankApiFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Timebank:Auth:TokenLifetime"] = "3650.00:00:00" };
}

/// <summary>A provider with its manager, as the flexi tests begin.</summary>
public sealed record TestProvider(TestOrganisation Organisation, TestMember Manager);

/// <summary>Flexi steps done over HTTP through the committed operations.</summary>
public static class FlexiScenario
{
    public static async Task<JsonElement> OkAsync(this TestMember member, string operation, object variables)
    {
        var result = (await member.Client.RunAsync(operation, variables)).ShouldSucceed();
        Assert.True(result.PayloadErrorCodes(operation).Count == 0, result.ToString());
        return result.At(operation);
    }

    public static async Task<IReadOnlyList<string>> RefusedAsync(this TestMember member, string operation, object variables)
        => (await member.Client.RunAsync(operation, variables)).ShouldSucceed().PayloadErrorCodes(operation);

    public static async Task<TestProvider> ProviderAsync(this TimebankApiFactory api, string name = "Elm House")
    {
        var manager = await api.SignUpAsync("Maggie Manager");
        var organisation = await manager.CreateOrganisationAsync(name, "PROVIDER");
        await manager.GrantAsync(organisation.CoordinatorMembershipId, "MANAGER");
        return new TestProvider(organisation, manager);
    }

    /// <summary>A new member of the provider with one role (CUSTOMER, STAFF, MANAGER…).</summary>
    public static async Task<TestMember> MemberAsync(this TimebankApiFactory api, TestProvider provider, string displayName, string role)
    {
        var member = await api.SignUpAsync(displayName);
        var membership = await member.JoinApprovedAsync(provider.Organisation, provider.Manager);
        await provider.Manager.GrantAsync(membership, role);
        return member;
    }

    /// <summary>The field's service: £40 and 3 hours 30 minutes a week, split 74/8/18, sign-off above £50.</summary>
    public static object FieldService(string providerId, string? commissionerId = null, object? split = null, object? policy = null) => new
    {
        input = new
        {
            providerId,
            name = "Elm House supported living",
            contractValuePencePerPeriod = 1_000_000L,
            split = split ?? new { core = 7400, flexiCash = 800, flexiHours = 1800 },
            policy = policy ?? new { supportMinutesPerPeriod = 210L, cashPencePerPeriod = 4000L, signOffThresholdPence = 5000L },
            commissionerId,
        },
    };

    public static async Task<string> ServiceAsync(this TestProvider provider, string? commissionerId = null)
        => (await provider.Manager.OkAsync("createService", FieldService(provider.Organisation.Id, commissionerId))).GetProperty("flexiService").GetProperty("id").GetString()!;

    public static async Task<string> EnrolAsync(this TestProvider provider, string serviceId, TestMember customer)
        => (await provider.Manager.OkAsync("enrolCustomer", new { input = new { serviceId, customerId = customer.Id } }))
            .GetProperty("customerBudget").GetProperty("id").GetString()!;

    /// <summary>The customer's own budget as they read it (accruing first); null when they have none.</summary>
    public static async Task<JsonElement> BudgetAsync(this TestMember reader, string serviceId, string? customerId = null)
        => (await reader.Client.RunAsync("customerBudget", new { serviceId, customerId })).ShouldSucceed().At("customerBudget");

    public static long Available(this JsonElement budget, string account) => budget.GetProperty(account).GetProperty("available").GetInt64();

    /// <summary>What the ledger's invariant checker finds over everything written so far.</summary>
    public static async Task<IReadOnlyList<string>> LedgerViolationsAsync(this TimebankApiFactory api)
    {
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync();
        return await LedgerInvariants.CheckAsync(db);
    }
}

/// <summary>Values the service is created with when the input leaves them out.</summary>
public static class FlexiDefaults
{
    public const string Guidance = "Spend it on what helps you towards your outcomes: legal, affordable and reasonably practical. It is not for bills.";
}
