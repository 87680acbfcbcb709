using NodaTime;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Flexi;

/// <summary>
/// Ending a customer while they book and spend: the ending row and the movements that return their balances are
/// one writer command, checked against what was booked meanwhile, so nothing is left held on a departed budget and a
/// retry under the same key answers the same and moves nothing again.
/// </summary>
public sealed class EndCustomerRaceTests(FlexiFactory api) : IClassFixture<FlexiFactory>
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly LocalDate Monday = new(2027, 10, 4);

    private static Instant At(LocalDate date, int hour) => date.At(new LocalTime(hour, 0)).InZoneLeniently(London).ToInstant();

    private static string Key() => Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Ending_a_customer_while_they_book_and_spend_leaves_nothing_held_and_a_retry_moves_nothing()
    {
        api.Clock.Reset(At(Monday, 9));
        var provider = await api.ProviderAsync();
        var serviceId = await provider.ServiceAsync();
        var ann = await api.MemberAsync(provider, "Ann Customer", "CUSTOMER");
        var workers = new List<TestMember>();
        for (var i = 0; i < 4; i++)
            workers.Add(await api.MemberAsync(provider, $"Worker {i}", "STAFF"));
        await provider.EnrolAsync(serviceId, ann);
        var endKey = Key();
        var end = new { input = new { serviceId, customerId = ann.Id, idempotencyKey = endKey } };

        var bookings = workers.Select((w, i) => Task.Run(() => ann.RefusedAsync("bookSupportSession",
            ConcurrentBookingTests.Booking(serviceId, w.Id, At(Monday.PlusDays(1 + i), 10), minutes: 30))));
        var purchases = Enumerable.Range(0, 3).Select(i => Task.Run(() => ann.RefusedAsync("requestPurchase",
            new { input = new { idempotencyKey = Key(), serviceId, pence = 1000L, supplier = "Shop", category = "Music", description = $"Strings {i}" } })));
        var ending = Task.Run(() => provider.Manager.OkAsync("endCustomer", end));
        await Task.WhenAll([.. bookings, .. purchases, ending]);

        var budget = (await ending).GetProperty("customerBudget");
        var after = await provider.Manager.BudgetAsync(serviceId, ann.Id);
        foreach (var account in new[] { "supportMinutes", "cash" })
        {
            Assert.Equal(0, after.GetProperty(account).GetProperty("posted").GetInt64());
            Assert.Equal(0, after.Available(account));
        }
        var sessions = (await provider.Manager.Client.RunAsync("supportSessions", new { serviceId, from = At(Monday, 0).ToString(), to = At(Monday.PlusWeeks(2), 0).ToString() }))
            .ShouldSucceed().At("supportSessions");
        Assert.DoesNotContain(sessions.EnumerateArray(), s => s.GetProperty("status").GetString() == "BOOKED");

        var again = (await provider.Manager.OkAsync("endCustomer", end)).GetProperty("customerBudget");
        Assert.Equal(budget.GetProperty("endedAt").GetString(), again.GetProperty("endedAt").GetString());
        Assert.Equal(["CUSTOMER_HAS_LEFT"], await provider.Manager.RefusedAsync("endCustomer", new { input = new { serviceId, customerId = ann.Id, idempotencyKey = Key() } }));
        var late = await ann.RefusedAsync("bookSupportSession", ConcurrentBookingTests.Booking(serviceId, workers[0].Id, At(Monday.PlusDays(6), 10), minutes: 30));
        Assert.NotEmpty(late);
        Assert.Empty(await api.LedgerViolationsAsync());
    }
}
