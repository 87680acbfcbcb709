using NodaTime;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Flexi;

/// <summary>Bad bookings and purchases are typed errors in words, and nothing moves; sessions are seen only by those they concern.</summary>
public sealed class BookingAndCashInputTests(FlexiFactory api) : IClassFixture<FlexiFactory>
{
    private async Task<(TestProvider Provider, string ServiceId, TestMember Ann, TestMember Worker)> ServiceAsync()
    {
        var provider = await api.ProviderAsync();
        var serviceId = await provider.ServiceAsync();
        var ann = await api.MemberAsync(provider, "Ann Customer", "CUSTOMER");
        var worker = await api.MemberAsync(provider, "Wendy Worker", "STAFF");
        await provider.EnrolAsync(serviceId, ann);
        return (provider, serviceId, ann, worker);
    }

    private static object Booking(string serviceId, string workerId, Instant start, long minutes = 60) => new
    {
        input = new { idempotencyKey = Guid.NewGuid().ToString("N"), serviceId, workerId, start = start.ToString(), minutes, where = "ON_SITE", formality = "FORMAL" },
    };

    [Fact]
    public async Task A_booking_in_the_past_overlapping_the_worker_or_beyond_the_allowance_is_refused_and_holds_nothing()
    {
        var (_, serviceId, ann, worker) = await ServiceAsync();
        var bob = await api.SignUpAsync("Unused");
        var soon = api.Clock.GetCurrentInstant() + Duration.FromHours(2);

        Assert.Equal(["BOOKING_IN_PAST"], await ann.RefusedAsync("bookSupportSession", Booking(serviceId, worker.Id, api.Clock.GetCurrentInstant() - Duration.FromHours(1))));
        Assert.Equal(["VALIDATION_FAILED"], await ann.RefusedAsync("bookSupportSession", Booking(serviceId, worker.Id, soon, minutes: 0)));
        Assert.Equal(["VALIDATION_FAILED"], await ann.RefusedAsync("bookSupportSession", Booking(serviceId, worker.Id, soon, minutes: -5)));
        var tooMuch = (await ann.Client.RunAsync("bookSupportSession", Booking(serviceId, worker.Id, soon, minutes: 300))).ShouldSucceed();
        Assert.Equal(["NOT_ENOUGH_MINUTES"], tooMuch.PayloadErrorCodes("bookSupportSession"));
        Assert.Equal("Only 3 hours 30 minutes of support time is available; this session needs 5 hours.", tooMuch.Text("bookSupportSession.errors.0.message"));
        Assert.Equal(["WORKER_NOT_STAFF"], await ann.RefusedAsync("bookSupportSession", Booking(serviceId, bob.Id, soon)));
        Assert.Equal(210, (await ann.BudgetAsync(serviceId)).Available("supportMinutes"));

        await ann.OkAsync("bookSupportSession", Booking(serviceId, worker.Id, soon));
        Assert.Equal(["WORKER_ALREADY_BOOKED"], await ann.RefusedAsync("bookSupportSession", Booking(serviceId, worker.Id, soon + Duration.FromMinutes(30))));
        Assert.Equal(150, (await ann.BudgetAsync(serviceId)).Available("supportMinutes"));
    }

    [Fact]
    public async Task A_booking_that_would_leave_the_core_below_its_minimum_is_refused()
    {
        var (provider, serviceId, ann, worker) = await ServiceAsync();
        var other = await api.MemberAsync(provider, "Omar Other", "STAFF");
        var start = api.Clock.GetCurrentInstant() + Duration.FromHours(3);
        foreach (var member in new[] { worker, other })
            await provider.Manager.OkAsync("planShift", new { input = new { serviceId, workerId = member.Id, start = (start - Duration.FromHours(2)).ToString(), end = (start + Duration.FromHours(6)).ToString() } });

        Assert.Equal(["BELOW_CORE_MINIMUM"], await ann.RefusedAsync("bookSupportSession", Booking(serviceId, worker.Id, start)));
        Assert.Equal(210, (await ann.BudgetAsync(serviceId)).Available("supportMinutes"));
    }

    [Fact]
    public async Task Spending_over_the_balance_a_receipt_on_someone_elses_purchase_and_a_rejection_without_a_reason_are_refused()
    {
        var (provider, serviceId, ann, _) = await ServiceAsync();
        var bob = await api.MemberAsync(provider, "Bob Customer", "CUSTOMER");
        await provider.EnrolAsync(serviceId, bob);
        object Purchase(long pence) => new { input = new { idempotencyKey = Guid.NewGuid().ToString("N"), serviceId, pence, supplier = "Shop", category = "Music", description = "Strings" } };

        var over = (await ann.Client.RunAsync("requestPurchase", Purchase(4001))).ShouldSucceed();
        Assert.Equal(["NOT_ENOUGH_CASH"], over.PayloadErrorCodes("requestPurchase"));
        Assert.StartsWith("Only £40.00 is available; this purchase needs £40.01.", over.Text("requestPurchase.errors.0.message"));
        Assert.Equal(["VALIDATION_FAILED"], await ann.RefusedAsync("requestPurchase", Purchase(0)));
        Assert.Equal(4000, (await ann.BudgetAsync(serviceId)).Available("cash"));

        var spent = (await ann.OkAsync("requestPurchase", Purchase(1000))).GetProperty("purchase").GetProperty("id").GetString()!;
        var today = NodaTime.Text.LocalDatePattern.Iso.Format(api.Clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/London"]).Date);
        Assert.Equal(["NOT_YOUR_PURCHASE"], await bob.RefusedAsync("attachReceipt", new { input = new { idempotencyKey = "r1", purchaseId = spent, reference = "R", pence = 900L, date = today } }));
        Assert.Equal(["RECEIPT_EXCEEDS_PURCHASE"], await ann.RefusedAsync("attachReceipt", new { input = new { idempotencyKey = "r2", purchaseId = spent, reference = "R", pence = 1100L, date = today } }));
        Assert.Equal(3000, (await ann.BudgetAsync(serviceId)).Available("cash"));

        api.Clock.Advance(Duration.FromDays(7));
        var held = (await ann.OkAsync("requestPurchase", Purchase(6000))).GetProperty("purchase").GetProperty("id").GetString()!;
        Assert.Equal(["VALIDATION_FAILED"], await provider.Manager.RefusedAsync("rejectPurchase", new { input = new { idempotencyKey = "x", purchaseId = held } }));
        await provider.Manager.OkAsync("rejectPurchase", new { input = new { idempotencyKey = "y", purchaseId = held, reason = "Not agreed in the plan yet" } });
        Assert.Equal(7000, (await ann.BudgetAsync(serviceId)).Available("cash"));
        Assert.Empty(await api.LedgerViolationsAsync());
    }

    [Fact]
    public async Task Staff_see_their_own_bookings_customers_theirs_and_outsiders_nothing()
    {
        var (provider, serviceId, ann, worker) = await ServiceAsync();
        var other = await api.MemberAsync(provider, "Omar Other", "STAFF");
        var bob = await api.MemberAsync(provider, "Bob Customer", "CUSTOMER");
        var outsider = await api.SignUpAsync("Olly Outsider");
        var start = api.Clock.GetCurrentInstant() + Duration.FromHours(2);
        await ann.OkAsync("bookSupportSession", Booking(serviceId, worker.Id, start));
        var range = new { serviceId, from = (start - Duration.FromDays(1)).ToString(), to = (start + Duration.FromDays(1)).ToString() };

        int Count(Infrastructure.GraphQLResult r) => r.ShouldSucceed().At("supportSessions").GetArrayLength();
        Assert.Equal(1, Count(await ann.Client.RunAsync("supportSessions", range)));
        Assert.Equal(1, Count(await worker.Client.RunAsync("supportSessions", range)));
        Assert.Equal(1, Count(await provider.Manager.Client.RunAsync("supportSessions", range)));
        Assert.Equal(0, Count(await other.Client.RunAsync("supportSessions", range)));
        Assert.Equal(0, Count(await bob.Client.RunAsync("supportSessions", range)));
        Assert.Equal(0, Count(await outsider.Client.RunAsync("supportSessions", range)));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await other.Client.RunAsync("workerDeliveredMinutes", new { serviceId, workerId = worker.Id })).ShouldSucceed().At("workerDeliveredMinutes").ValueKind);
        Assert.Equal(0, (await outsider.Client.RunAsync("staff", new { serviceId })).ShouldSucceed().At("staff").GetArrayLength());
    }
}
