using NodaTime;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Flexi;

/// <summary>
/// Racing bookings over HTTP: the diary and the balance are checked inside the ledger writer's transaction, so of
/// overlapping bookings exactly one wins, the others get the typed error, and nothing is half-written.
/// </summary>
public sealed class ConcurrentBookingTests(FlexiFactory api) : IClassFixture<FlexiFactory>
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly LocalDate Monday = new(2027, 9, 6);

    private static Instant At(LocalDate date, int hour, int minute = 0) => date.At(new LocalTime(hour, minute)).InZoneLeniently(London).ToInstant();

    internal static object Booking(string serviceId, string workerId, Instant start, long minutes = 60, string? customerId = null) => new
    {
        input = new { idempotencyKey = Guid.NewGuid().ToString("N"), serviceId, customerId, workerId, start = start.ToString(), minutes, where = "ON_SITE", formality = "FORMAL" },
    };

    private async Task<(TestProvider Provider, string ServiceId)> ServiceAsync()
    {
        api.Clock.Reset(At(Monday, 9));
        var provider = await api.ProviderAsync();
        return (provider, await provider.ServiceAsync());
    }

    private async Task<List<TestMember>> MembersAsync(TestProvider provider, string role, int count, string serviceId)
    {
        var members = new List<TestMember>();
        for (var i = 0; i < count; i++)
        {
            var member = await api.MemberAsync(provider, $"{role} {i}", role);
            if (role == "CUSTOMER")
                await provider.EnrolAsync(serviceId, member);
            members.Add(member);
        }
        return members;
    }

    private static async Task<List<IReadOnlyList<string>>> AllAtOnceAsync(IEnumerable<Func<Task<IReadOnlyList<string>>>> requests)
        => [.. await Task.WhenAll(requests.Select(r => Task.Run(r)))];

    [Fact]
    public async Task Of_many_overlapping_bookings_of_one_worker_at_different_starts_exactly_one_wins()
    {
        var (provider, serviceId) = await ServiceAsync();
        var customers = await MembersAsync(provider, "CUSTOMER", 10, serviceId);
        var worker = (await MembersAsync(provider, "STAFF", 1, serviceId))[0];
        var start = At(Monday.PlusDays(1), 10);

        // Each starts five minutes after the last: every pair overlaps, and no two share a start.
        var outcomes = await AllAtOnceAsync(customers.Select((c, i) => (Func<Task<IReadOnlyList<string>>>)(() =>
            c.RefusedAsync("bookSupportSession", Booking(serviceId, worker.Id, start + Duration.FromMinutes(5 * i))))));

        Assert.Single(outcomes, o => o.Count == 0);
        Assert.All(outcomes.Where(o => o.Count > 0), o => Assert.Equal(["WORKER_ALREADY_BOOKED"], o));
        var held = 0L;
        foreach (var customer in customers)
            held += 210 - (await customer.BudgetAsync(serviceId)).Available("supportMinutes");
        Assert.Equal(60, held);
        Assert.Empty(await api.LedgerViolationsAsync());
    }

    [Fact]
    public async Task Of_a_customers_overlapping_bookings_with_different_workers_exactly_one_wins()
    {
        var (provider, serviceId) = await ServiceAsync();
        var ann = (await MembersAsync(provider, "CUSTOMER", 1, serviceId))[0];
        var workers = await MembersAsync(provider, "STAFF", 6, serviceId);
        var start = At(Monday.PlusDays(2), 10);

        var outcomes = await AllAtOnceAsync(workers.Select((w, i) => (Func<Task<IReadOnlyList<string>>>)(() =>
            ann.RefusedAsync("bookSupportSession", Booking(serviceId, w.Id, start + Duration.FromMinutes(7 * i))))));

        Assert.Single(outcomes, o => o.Count == 0);
        Assert.All(outcomes.Where(o => o.Count > 0), o => Assert.Equal(["CUSTOMER_ALREADY_BOOKED"], o));
        Assert.Equal(150, (await ann.BudgetAsync(serviceId)).Available("supportMinutes"));
        Assert.Empty(await api.LedgerViolationsAsync());
    }

    [Fact]
    public async Task Racing_bookings_never_hold_more_minutes_than_the_customer_has()
    {
        var (provider, serviceId) = await ServiceAsync();
        var ann = (await MembersAsync(provider, "CUSTOMER", 1, serviceId))[0];
        var workers = await MembersAsync(provider, "STAFF", 6, serviceId);

        // Six hours on different days with different workers: only three fit in 3 hours 30 minutes.
        var outcomes = await AllAtOnceAsync(workers.Select((w, i) => (Func<Task<IReadOnlyList<string>>>)(() =>
            ann.RefusedAsync("bookSupportSession", Booking(serviceId, w.Id, At(Monday.PlusDays(1 + (i % 5)), 9 + i))))));

        Assert.Equal(3, outcomes.Count(o => o.Count == 0));
        Assert.All(outcomes.Where(o => o.Count > 0), o => Assert.Equal(["NOT_ENOUGH_MINUTES"], o));
        Assert.Equal(30, (await ann.BudgetAsync(serviceId)).Available("supportMinutes"));
        Assert.Empty(await api.LedgerViolationsAsync());
    }
}
