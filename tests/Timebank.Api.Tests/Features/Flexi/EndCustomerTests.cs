using System.Text.Json;
using NodaTime;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Flexi;

/// <summary>
/// Ending a customer over HTTP: accrual stops, holds are voided, minutes (and by default cash) go back to funding by
/// transfers; only the provider's managers may do it, and a refusal moves nothing.
/// </summary>
public sealed class EndCustomerTests(FlexiFactory api) : IClassFixture<FlexiFactory>
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly LocalDate Monday = new(2027, 6, 7);

    private static Instant At(LocalDate date, int hour) => date.At(new LocalTime(hour, 0)).InZoneLeniently(London).ToInstant();

    private static string Key() => Guid.NewGuid().ToString("N");

    private static object End(string serviceId, TestMember customer, string? key = null) => new { input = new { serviceId, customerId = customer.Id, idempotencyKey = key ?? Key() } };

    private async Task<(TestProvider Provider, string ServiceId, TestMember Ann, TestMember Worker)> ServiceAsync(object? policy = null)
    {
        api.Clock.Reset(At(Monday, 9));
        var provider = await api.ProviderAsync();
        var serviceId = (await provider.Manager.OkAsync("createService", FlexiScenario.FieldService(provider.Organisation.Id, policy: policy)))
            .GetProperty("flexiService").GetProperty("id").GetString()!;
        var ann = await api.MemberAsync(provider, "Ann Customer", "CUSTOMER");
        var worker = await api.MemberAsync(provider, "Wendy Worker", "STAFF");
        await provider.EnrolAsync(serviceId, ann);
        return (provider, serviceId, ann, worker);
    }

    [Fact]
    public async Task Ending_a_customer_voids_their_holds_returns_minutes_and_cash_to_funding_and_stops_accrual()
    {
        var (provider, serviceId, ann, worker) = await ServiceAsync();
        api.Clock.Reset(At(Monday.PlusWeeks(1), 9));
        await ann.OkAsync("bookSupportSession", new { input = new { idempotencyKey = Key(), serviceId, workerId = worker.Id, start = At(Monday.PlusWeeks(1).PlusDays(1), 14).ToString(), minutes = 60L, where = "ON_SITE", formality = "FORMAL" } });
        var guitar = await ann.OkAsync("requestPurchase", new { input = new { idempotencyKey = Key(), serviceId, pence = 6000L, supplier = "Music shop", category = "Music", description = "Bass guitar" } });
        Assert.Equal("AWAITING_SIGN_OFF", guitar.GetProperty("purchase").GetProperty("status").GetString());
        var before = await ann.BudgetAsync(serviceId);
        Assert.Equal(8000, before.GetProperty("cash").GetProperty("posted").GetInt64());

        var ended = await provider.Manager.OkAsync("endCustomer", End(serviceId, ann));

        var budget = ended.GetProperty("customerBudget");
        Assert.Equal(JsonValueKind.String, budget.GetProperty("endedAt").ValueKind);
        foreach (var account in new[] { "supportMinutes", "cash" })
        {
            Assert.Equal(0, budget.GetProperty(account).GetProperty("posted").GetInt64());
            Assert.Equal(0, budget.Available(account));
        }
        var sessions = (await provider.Manager.Client.RunAsync("supportSessions", new { serviceId, from = At(Monday, 0).ToString(), to = At(Monday.PlusWeeks(3), 0).ToString() })).ShouldSucceed().At("supportSessions");
        Assert.Equal("CANCELLED", Assert.Single(sessions.EnumerateArray()).GetProperty("status").GetString());
        var purchases = (await provider.Manager.Client.RunAsync("purchases", new { serviceId })).ShouldSucceed().At("purchases");
        Assert.Equal("WITHDRAWN", Assert.Single(purchases.EnumerateArray()).GetProperty("status").GetString());

        // Weeks later nothing more has accrued.
        api.Clock.Reset(At(Monday.PlusWeeks(4), 9));
        var later = await provider.Manager.BudgetAsync(serviceId, ann.Id);
        Assert.Equal(0, later.GetProperty("supportMinutes").GetProperty("posted").GetInt64());
        Assert.Equal(0, later.GetProperty("cash").GetProperty("posted").GetInt64());
        Assert.Empty(await api.LedgerViolationsAsync());
    }

    [Fact]
    public async Task When_the_policy_keeps_cash_for_the_customer_only_the_minutes_go_back()
    {
        var (provider, serviceId, ann, _) = await ServiceAsync(new { supportMinutesPerPeriod = 210L, cashPencePerPeriod = 4000L, signOffThresholdPence = 5000L, cashOnLeaving = "KEEP_FOR_CUSTOMER" });

        var budget = (await provider.Manager.OkAsync("endCustomer", End(serviceId, ann))).GetProperty("customerBudget");

        Assert.Equal(0, budget.GetProperty("supportMinutes").GetProperty("posted").GetInt64());
        Assert.Equal(4000, budget.GetProperty("cash").GetProperty("posted").GetInt64());
    }

    [Fact]
    public async Task Only_the_providers_managers_may_end_a_customer_and_a_refusal_moves_nothing()
    {
        var (provider, serviceId, ann, worker) = await ServiceAsync();
        var outsider = await api.SignUpAsync("Olive Outsider");

        Assert.Equal(["NOT_ALLOWED"], await ann.RefusedAsync("endCustomer", End(serviceId, ann)));
        Assert.Equal(["NOT_ALLOWED"], await worker.RefusedAsync("endCustomer", End(serviceId, ann)));
        Assert.Equal(["NOT_FOUND"], await outsider.RefusedAsync("endCustomer", End(serviceId, ann)));
        var unchanged = await ann.BudgetAsync(serviceId);
        Assert.Equal(210, unchanged.Available("supportMinutes"));
        Assert.Equal(4000, unchanged.Available("cash"));
        Assert.Equal(JsonValueKind.Null, unchanged.GetProperty("endedAt").ValueKind);

        var key = Key();
        await provider.Manager.OkAsync("endCustomer", End(serviceId, ann, key));
        await provider.Manager.OkAsync("endCustomer", End(serviceId, ann, key));
        Assert.Equal(["CUSTOMER_HAS_LEFT"], await provider.Manager.RefusedAsync("endCustomer", End(serviceId, ann)));
        Assert.Empty(await api.LedgerViolationsAsync());
    }
}
