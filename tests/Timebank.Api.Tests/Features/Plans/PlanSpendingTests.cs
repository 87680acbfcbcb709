using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Timebank.Api.Tests.Features.Flexi;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Plans;

/// <summary>
/// A customer's approved plan over HTTP: every booking and purchase names one of its outcomes, an item it agrees is
/// bought without further sign-off (once), and planProgress shows the hours and pounds per outcome.
/// </summary>
public sealed class PlanSpendingTests(FlexiFactory api) : IClassFixture<FlexiFactory>
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private LocalDate Today => api.Clock.GetCurrentInstant().InZone(London).Date;

    private static object Content(LocalDate today) => new
    {
        outcomes = new object[]
        {
            new { key = "music", inTheirWords = "Play bass in a band again", weeklyMinutes = 120L, weeklyPence = 2_000L },
            new { key = "cooking", inTheirWords = "Cook a meal for my friends", weeklyMinutes = 90L, weeklyPence = 2_000L },
        },
        startsOn = Iso(today),
        endsOn = Iso(today.PlusYears(1)),
        reviewOn = Iso(today.PlusMonths(6)),
        budget = new { capitalItems = new[] { new { what = "Bass amplifier", pence = 6_000L, fundingStream = "Flexi cash", outcome = "music" } } },
    };

    private static object Purchase(string serviceId, long pence, string? outcome, string? planItem = null) => new
    {
        input = new { idempotencyKey = Guid.NewGuid().ToString("N"), serviceId, pence, supplier = "Music shop", category = "MUSIC", description = "Kit", outcome, planItem },
    };

    private static object Booking(string serviceId, string workerId, Instant start, string? outcome) => new
    {
        input = new { idempotencyKey = Guid.NewGuid().ToString("N"), serviceId, workerId, start = start.ToString(), minutes = 60L, where = "ON_SITE", formality = "INFORMAL", outcome },
    };

    [Fact]
    public async Task With_a_plan_in_force_spending_names_its_outcomes_an_agreed_item_skips_sign_off_once_and_progress_adds_up()
    {
        api.Clock.Reset(Instant.FromUtc(2027, 5, 3, 9, 0));
        var provider = await api.ProviderAsync("Oak Lodge");
        var serviceId = await provider.ServiceAsync();
        var ann = await api.MemberAsync(provider, "Ann Customer", "CUSTOMER");
        var worker = await api.MemberAsync(provider, "Wes Worker", "STAFF");
        var signer = await api.MemberAsync(provider, "Meg Manager", "MANAGER");
        await provider.EnrolAsync(serviceId, ann);

        // Before any plan, the outcome is free text and may be left out.
        await ann.OkAsync("requestPurchase", Purchase(serviceId, 500, null));

        var planId = (await ann.OkAsync("draftPlan", new { input = new { organisationId = provider.Organisation.Id, content = Content(Today) } })).GetProperty("plan").GetProperty("id").GetString()!;
        await ann.OkAsync("submitPlan", new { input = new { planId } });
        // A plan waiting for sign-off is not yet in force.
        await ann.OkAsync("requestPurchase", Purchase(serviceId, 100, null));
        await signer.OkAsync("decidePlan", new { input = new { planId, approve = true } });

        api.Clock.Reset(api.Clock.GetCurrentInstant() + Duration.FromDays(7));
        var missing = (await ann.Client.RunAsync("requestPurchase", Purchase(serviceId, 1_000, null))).ShouldSucceed();
        Assert.Equal(["VALIDATION_FAILED"], missing.PayloadErrorCodes("requestPurchase"));
        Assert.Equal("outcome", missing.Text("requestPurchase.errors.0.field"));
        Assert.Contains("\"music\", \"cooking\"", missing.Text("requestPurchase.errors.0.message"));
        Assert.Equal(["VALIDATION_FAILED"], await ann.RefusedAsync("requestPurchase", Purchase(serviceId, 1_000, "gardening")));
        Assert.Equal(["VALIDATION_FAILED"], await ann.RefusedAsync("requestPurchase", Purchase(serviceId, 1_000, null, planItem: "Drum kit")));
        Assert.Equal(["VALIDATION_FAILED"], await ann.RefusedAsync("requestPurchase", Purchase(serviceId, 1_000, "cooking", planItem: "Bass amplifier")));
        Assert.Equal(["VALIDATION_FAILED"], await ann.RefusedAsync("bookSupportSession", Booking(serviceId, worker.Id, api.Clock.GetCurrentInstant() + Duration.FromHours(2), null)));

        // £60 is over the £50 sign-off threshold, but the plan agreed the amplifier: spent at once, and only once.
        var amp = (await ann.OkAsync("requestPurchase", Purchase(serviceId, 6_000, null, planItem: "bass amplifier"))).GetProperty("purchase");
        Assert.Equal("SPENT", amp.GetProperty("status").GetString());
        Assert.Equal("music", amp.GetProperty("outcome").GetString());
        Assert.Equal("Bass amplifier", amp.GetProperty("planItem").GetString());
        var again = (await ann.OkAsync("requestPurchase", Purchase(serviceId, 1_000, "MUSIC", planItem: "Bass amplifier"))).GetProperty("purchase");
        Assert.Equal("SPENT", again.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, again.GetProperty("planItem").ValueKind);

        var sessionId = (await ann.OkAsync("bookSupportSession", Booking(serviceId, worker.Id, api.Clock.GetCurrentInstant() + Duration.FromHours(2), "cooking")))
            .GetProperty("supportSession").GetProperty("id").GetString()!;
        await ann.OkAsync("bookSupportSession", Booking(serviceId, worker.Id, api.Clock.GetCurrentInstant() + Duration.FromHours(4), "music"));
        api.Clock.Reset(api.Clock.GetCurrentInstant() + Duration.FromHours(3));
        await worker.OkAsync("completeSupportSession", new { input = new { idempotencyKey = Guid.NewGuid().ToString("N"), sessionId, deliveredMinutes = 45L } });

        var progress = (await ann.Client.RunAsync("planProgress", new { planId })).ShouldSucceed().At("planProgress");
        Assert.Equal(1, progress.GetProperty("version").GetInt32());
        Assert.Equal(2, progress.GetProperty("weeks").GetInt32());
        var outcomes = progress.GetProperty("outcomes").EnumerateArray().ToDictionary(o => o.GetProperty("outcome").GetString()!);
        Assert.Equal(7_000, outcomes["music"].GetProperty("penceSpent").GetInt64());
        Assert.Equal(60, outcomes["music"].GetProperty("minutesBooked").GetInt64());
        Assert.Equal(240, outcomes["music"].GetProperty("plannedMinutesToDate").GetInt64());
        Assert.Equal(45, outcomes["cooking"].GetProperty("minutesDelivered").GetInt64());
        Assert.Equal(0, outcomes["cooking"].GetProperty("penceSpent").GetInt64());
        Assert.Equal(600, progress.GetProperty("elsewhere").GetProperty("penceSpent").GetInt64());

        var stranger = await api.SignUpAsync("Stan Stranger");
        Assert.Equal(JsonValueKind.Null, (await stranger.Client.RunAsync("planProgress", new { planId })).ShouldSucceed().At("planProgress").ValueKind);
        Assert.Empty(await api.LedgerViolationsAsync());
    }
}
