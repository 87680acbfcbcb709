using NodaTime;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Flexi;

/// <summary>Link work over HTTP: staff record it apart, it never spends the allowance, and the report counts it.</summary>
public sealed class LinkWorkTests(FlexiFactory api) : IClassFixture<FlexiFactory>
{
    private static readonly LocalDate Monday = new(2027, 6, 7);

    private static object Link(string serviceId, TestMember customer, LocalDate date, long minutes = 45) => new
    {
        input = new { serviceId, customerId = customer.Id, date = date.ToString("yyyy-MM-dd", null), minutes, note = "Planning the month ahead" },
    };

    [Fact]
    public async Task Staff_record_link_work_apart_it_spends_nothing_and_the_report_counts_it()
    {
        api.Clock.Reset(Monday.At(new LocalTime(10, 0)).InZoneLeniently(DateTimeZoneProviders.Tzdb["Europe/London"]).ToInstant());
        var provider = await api.ProviderAsync();
        var serviceId = await provider.ServiceAsync();
        var ann = await api.MemberAsync(provider, "Ann Customer", "CUSTOMER");
        var keyworker = await api.MemberAsync(provider, "Kim Keyworker", "STAFF");
        var outsider = await api.SignUpAsync("Olive Outsider");
        await provider.EnrolAsync(serviceId, ann);

        var work = (await keyworker.OkAsync("recordLinkWork", Link(serviceId, ann, Monday))).GetProperty("linkWork");
        Assert.Equal(45, work.GetProperty("minutes").GetInt64());
        Assert.Equal(keyworker.Id, work.GetProperty("keyworker").GetProperty("id").GetString());

        Assert.Equal(["NOT_ALLOWED"], await ann.RefusedAsync("recordLinkWork", Link(serviceId, ann, Monday)));
        Assert.Equal(["NOT_FOUND"], await outsider.RefusedAsync("recordLinkWork", Link(serviceId, ann, Monday)));
        Assert.Equal(["VALIDATION_FAILED"], await keyworker.RefusedAsync("recordLinkWork", Link(serviceId, ann, Monday, minutes: 0)));
        Assert.Equal(["VALIDATION_FAILED"], await keyworker.RefusedAsync("recordLinkWork", Link(serviceId, ann, Monday.PlusDays(1))));

        var budget = await ann.BudgetAsync(serviceId);
        Assert.Equal(210, budget.Available("supportMinutes"));
        Assert.Equal(210, budget.GetProperty("supportMinutes").GetProperty("posted").GetInt64());
        var report = (await provider.Manager.Client.RunAsync("serviceReport", new { serviceId, from = "2027-06-07", to = "2027-06-13" })).ShouldSucceed().At("serviceReport");
        Assert.Equal(45, report.GetProperty("minutes").GetProperty("linkWork").GetInt64());
    }
}
