using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Timebank.Api.Features.Flexi;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Tests.Infrastructure;
using Timebank.Domain.Flexi.Services;

namespace Timebank.Api.Tests.Features.Flexi;

/// <summary>Services, enrolment and allowances over HTTP: accrual on read, lapses, savings, policy changes and concurrent reads.</summary>
public sealed class AllowanceTests(FlexiFactory api) : IClassFixture<FlexiFactory>
{
    [Fact]
    public async Task Enrolling_opens_both_accounts_and_the_first_week_accrues_in_full()
    {
        var provider = await api.ProviderAsync();
        var serviceId = await provider.ServiceAsync();
        var ann = await api.MemberAsync(provider, "Ann Customer", "CUSTOMER");
        await provider.EnrolAsync(serviceId, ann);

        var budget = await ann.BudgetAsync(serviceId);

        Assert.Equal(210, budget.Available("supportMinutes"));
        Assert.Equal(4000, budget.Available("cash"));
        Assert.Equal(FlexiDefaults.Guidance, budget.GetProperty("spendingGuidance").GetString());
    }

    [Fact]
    public async Task Unused_minutes_lapse_at_the_end_of_each_week_and_cash_is_saved()
    {
        var provider = await api.ProviderAsync();
        var serviceId = await provider.ServiceAsync();
        var ann = await api.MemberAsync(provider, "Ann Customer", "CUSTOMER");
        await provider.EnrolAsync(serviceId, ann);

        api.Clock.Advance(Duration.FromDays(21));
        var budget = await ann.BudgetAsync(serviceId);

        Assert.Equal(210, budget.Available("supportMinutes"));
        Assert.Equal(4 * 4000, budget.Available("cash"));
        var statement = (await provider.Manager.Client.PostAsync(
            "query($id: ID!) { account(id: $id) { statement(first: 50) { nodes { change description } } } }",
            new { id = budget.GetProperty("supportMinutes").GetProperty("id").GetString() })).ShouldSucceed();
        var lines = statement.At("account.statement.nodes").EnumerateArray().Select(l => (l.GetProperty("change").GetInt64(), l.GetProperty("description").GetString())).ToList();
        Assert.Equal(4, lines.Count(l => l.Item1 == 210));
        Assert.Equal(3, lines.Count(l => l.Item1 == -210 && l.Item2!.StartsWith("Unused support time lapsed", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Many_concurrent_reads_accrue_each_week_exactly_once()
    {
        var provider = await api.ProviderAsync();
        var serviceId = await provider.ServiceAsync();
        var ann = await api.MemberAsync(provider, "Ann Customer", "CUSTOMER");
        await provider.EnrolAsync(serviceId, ann);
        api.Clock.Advance(Duration.FromDays(35));

        var reads = Enumerable.Range(0, 24).Select(i => i % 2 == 0 ? ann.BudgetAsync(serviceId) : provider.Manager.BudgetAsync(serviceId, ann.Id));
        var budgets = await Task.WhenAll(reads);

        Assert.All(budgets, b => Assert.Equal(6 * 4000, b.Available("cash")));
        Assert.All(budgets, b => Assert.Equal(210, b.Available("supportMinutes")));
        Assert.Empty(await api.LedgerViolationsAsync());
    }

    [Fact]
    public async Task A_policy_change_applies_from_the_next_week_and_the_current_week_keeps_its_own()
    {
        var provider = await api.ProviderAsync();
        var serviceId = await provider.ServiceAsync();
        var ann = await api.MemberAsync(provider, "Ann Customer", "CUSTOMER");
        await provider.EnrolAsync(serviceId, ann);

        var changed = await provider.Manager.OkAsync("updateServicePolicy", new
        {
            input = new { serviceId, policy = new { supportMinutesPerPeriod = 180L, cashPencePerPeriod = 500L, signOffThresholdPence = 2000L } },
        });
        Assert.Equal(210, changed.GetProperty("flexiService").GetProperty("policy").GetProperty("supportMinutesPerPeriod").GetInt64());
        Assert.Equal(4000, (await ann.BudgetAsync(serviceId)).Available("cash"));

        api.Clock.Advance(Duration.FromDays(7));
        var budget = await ann.BudgetAsync(serviceId);
        Assert.Equal(180, budget.Available("supportMinutes"));
        Assert.Equal(4500, budget.Available("cash"));
    }

    [Fact]
    public async Task The_weeks_holding_the_clock_changes_are_167_and_169_hours_long()
    {
        var provider = await api.ProviderAsync();
        var serviceId = await provider.ServiceAsync();
        var ann = await api.MemberAsync(provider, "Ann Customer", "CUSTOMER");
        await provider.EnrolAsync(serviceId, ann);
        var london = DateTimeZoneProviders.Tzdb["Europe/London"];

        // Forward to the week the clocks go back (last Sunday of October), then the week they go forward (last Sunday of March).
        var lengths = new List<double>();
        foreach (var sunday in new[] { new LocalDate(2027, 10, 31), new LocalDate(2028, 3, 26) })
        {
            var target = sunday.PlusDays(-2).AtStartOfDayInZone(london).ToInstant();
            if (target > api.Clock.GetCurrentInstant())
                api.Clock.Reset(target);
            var period = (await ann.BudgetAsync(serviceId)).GetProperty("currentPeriod");
            lengths.Add((NodaTime.Text.InstantPattern.ExtendedIso.Parse(period.GetProperty("end").GetString()!).Value
                         - NodaTime.Text.InstantPattern.ExtendedIso.Parse(period.GetProperty("start").GetString()!).Value).TotalHours);
        }

        Assert.Equal([169.0, 167.0], lengths);
    }

    [Fact]
    public async Task Accruals_run_at_once_from_two_moments_move_each_step_once()
    {
        var provider = await api.ProviderAsync();
        var serviceId = await provider.ServiceAsync();
        var ann = await api.MemberAsync(provider, "Ann Customer", "CUSTOMER");
        await provider.EnrolAsync(serviceId, ann);
        await ann.BudgetAsync(serviceId);
        var id = GlobalId.TryParse<FlexiService>(serviceId, FlexiAccess.ServiceTypeName)!.Value;

        // Each round one run sees a week's end due and the other two weeks' ends: one of their shared commands is
        // refused for the steps the other stored, and that run carries on one step at a time from the store.
        for (var round = 0; round < 3; round++)
        {
            api.Clock.Advance(Duration.FromDays(7));
            var later = new FakeClock(api.Clock.GetCurrentInstant() + Duration.FromDays(7));
            await Task.WhenAll(AccrueAsync(id, api.Clock), AccrueAsync(id, later));
            api.Clock.Advance(Duration.FromDays(7));
        }

        var budget = await ann.BudgetAsync(serviceId);
        Assert.Equal(7 * 4000, budget.Available("cash"));
        Assert.Equal(210, budget.Available("supportMinutes"));
        Assert.Empty(await api.LedgerViolationsAsync());
    }

    private async Task AccrueAsync(Id<FlexiService> service, IClock clock)
    {
        using var scope = api.Services.CreateScope();
        var context = await scope.ServiceProvider.GetRequiredService<FlexiAccess>().LoadAsync(service, CancellationToken.None);
        await ActivatorUtilities.CreateInstance<AllowanceRunner>(scope.ServiceProvider, clock).AccrueServiceAsync(context!, CancellationToken.None);
    }
}
