using System.Text.Json;
using NodaTime;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Flexi;

/// <summary>
/// Joint purchases over HTTP: every share held together or none, each customer agreeing to their own, a manager
/// signing off a whole above the threshold, change shared back pro rata, and only those concerned seeing them.
/// </summary>
public sealed class JointPurchaseTests(FlexiFactory api) : IClassFixture<FlexiFactory>
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly LocalDate Monday = new(2027, 9, 6);

    private static Instant At(LocalDate date, int hour) => date.At(new LocalTime(hour, 0)).InZoneLeniently(London).ToInstant();

    private static string Key() => Guid.NewGuid().ToString("N");

    private sealed record Setup(TestProvider Provider, string ServiceId, TestMember Ann, TestMember Bea, TestMember Cal, TestMember Staff);

    private async Task<Setup> ServiceAsync(int weeks = 0)
    {
        api.Clock.Reset(At(Monday, 9));
        var provider = await api.ProviderAsync();
        var serviceId = await provider.ServiceAsync();
        var ann = await api.MemberAsync(provider, "Ann Customer", "CUSTOMER");
        var bea = await api.MemberAsync(provider, "Bea Customer", "CUSTOMER");
        var cal = await api.MemberAsync(provider, "Cal Customer", "CUSTOMER");
        var staff = await api.MemberAsync(provider, "Sam Staff", "STAFF");
        foreach (var customer in new[] { ann, bea, cal })
            await provider.EnrolAsync(serviceId, customer);
        api.Clock.Reset(At(Monday.PlusWeeks(weeks), 10));
        return new Setup(provider, serviceId, ann, bea, cal, staff);
    }

    private static object Request(string serviceId, params (TestMember Customer, long Pence)[] shares) => new
    {
        input = new
        {
            idempotencyKey = Key(),
            serviceId,
            shares = shares.Select(s => new { customerId = s.Customer.Id, pence = s.Pence }).ToArray(),
            supplier = "Jo Green, art tutor",
            category = "Learning",
            description = "Two hours of art tuition",
            outcome = "Try painting",
        },
    };

    private static object Decide(string purchaseId, string? reason = null) => new { input = new { idempotencyKey = Key(), purchaseId, reason } };

    private static string Id(JsonElement payload) => payload.GetProperty("jointPurchase").GetProperty("id").GetString()!;

    private static string Status(JsonElement payload) => payload.GetProperty("jointPurchase").GetProperty("status").GetString()!;

    private static async Task<long> CashAsync(TestMember customer, string serviceId) => (await customer.BudgetAsync(serviceId)).Available("cash");

    private static async Task<JsonElement> ListAsync(TestMember reader, string serviceId, string? list = null)
        => (await reader.Client.RunAsync("jointPurchases", new { serviceId, list })).ShouldSucceed().At("jointPurchases");

    [Fact]
    public async Task Above_the_threshold_every_customer_agrees_then_a_manager_signs_off_and_every_share_is_spent_together()
    {
        var s = await ServiceAsync(weeks: 1);
        var asked = await s.Ann.OkAsync("requestJointPurchase", Request(s.ServiceId, (s.Ann, 4000), (s.Bea, 3000)));
        var id = Id(asked);
        Assert.Equal("AWAITING_SIGN_OFF", Status(asked));
        Assert.True(asked.GetProperty("jointPurchase").GetProperty("needsSignOff").GetBoolean());
        Assert.Equal((4000L, 5000L), (await CashAsync(s.Ann, s.ServiceId), await CashAsync(s.Bea, s.ServiceId)));

        Assert.Equal(["PURCHASE_NOT_AWAITING_SIGN_OFF"], await s.Provider.Manager.RefusedAsync("approveJointPurchase", Decide(id)));
        var agreed = await s.Bea.OkAsync("approveJointShare", Decide(id));
        Assert.Equal("AWAITING_SIGN_OFF", Status(agreed));
        Assert.True(agreed.GetProperty("jointPurchase").GetProperty("allAgreed").GetBoolean());
        Assert.Equal(["SHARE_ALREADY_AGREED"], await s.Bea.RefusedAsync("approveJointShare", Decide(id)));
        Assert.Equal(["NOT_ALLOWED"], await s.Ann.RefusedAsync("approveJointPurchase", Decide(id)));
        Assert.Single((await ListAsync(s.Provider.Manager, s.ServiceId, "AWAITING_SIGN_OFF")).EnumerateArray());
        var (from, to) = (Date(Monday), Date(Monday.PlusWeeks(2)));
        var waiting = (await s.Provider.Manager.Client.RunAsync("serviceReport", new { serviceId = s.ServiceId, from, to })).ShouldSucceed().At("serviceReport");
        Assert.Equal(7000, waiting.GetProperty("cash").GetProperty("awaitingApproval").GetInt64());

        var spent = await s.Provider.Manager.OkAsync("approveJointPurchase", Decide(id));

        Assert.Equal("SPENT", Status(spent));
        foreach (var (customer, posted) in new[] { (s.Ann, 4000L), (s.Bea, 5000L) })
        {
            var cash = (await customer.BudgetAsync(s.ServiceId)).GetProperty("cash");
            Assert.Equal(posted, cash.GetProperty("posted").GetInt64());
            Assert.Equal(posted, cash.GetProperty("available").GetInt64());
        }
        var report = (await s.Provider.Manager.Client.RunAsync("serviceReport", new { serviceId = s.ServiceId, from, to })).ShouldSucceed().At("serviceReport");
        Assert.Equal(7000, report.GetProperty("cash").GetProperty("spent").GetInt64());
        Assert.Equal(0, report.GetProperty("cash").GetProperty("awaitingApproval").GetInt64());
        var learning = Assert.Single(report.GetProperty("cash").GetProperty("spentByCategory").EnumerateArray());
        Assert.Equal(("Learning", 7000L), (learning.GetProperty("category").GetString(), learning.GetProperty("pence").GetInt64()));
        Assert.Empty(report.GetProperty("mismatches").EnumerateArray());
        Assert.Empty(await api.LedgerViolationsAsync());
    }

    [Fact]
    public async Task One_customer_declining_withdraws_the_whole_purchase_and_nothing_moves_for_anyone()
    {
        var s = await ServiceAsync();
        var id = Id(await s.Staff.OkAsync("requestJointPurchase", Request(s.ServiceId, (s.Ann, 2000), (s.Bea, 1000))));
        Assert.Equal((2000L, 3000L), (await CashAsync(s.Ann, s.ServiceId), await CashAsync(s.Bea, s.ServiceId)));
        Assert.Equal("AWAITING_SIGN_OFF", Status(await s.Ann.OkAsync("approveJointShare", Decide(id))));

        var declined = await s.Bea.OkAsync("declineJointShare", Decide(id, "I would rather go swimming"));

        Assert.Equal("WITHDRAWN", Status(declined));
        Assert.Equal((4000L, 4000L), (await CashAsync(s.Ann, s.ServiceId), await CashAsync(s.Bea, s.ServiceId)));
        Assert.Equal(["PURCHASE_NOT_AWAITING_SIGN_OFF"], await s.Bea.RefusedAsync("approveJointShare", Decide(id)));
        Assert.Equal(4000, (await s.Ann.BudgetAsync(s.ServiceId)).GetProperty("cash").GetProperty("posted").GetInt64());
        Assert.Empty(await api.LedgerViolationsAsync());
    }

    [Fact]
    public async Task A_share_over_its_customers_balance_is_refused_naming_them_and_nothing_moves_for_anyone()
    {
        var s = await ServiceAsync();

        var refused = (await s.Ann.Client.RunAsync("requestJointPurchase", Request(s.ServiceId, (s.Ann, 1000), (s.Bea, 4500)))).ShouldSucceed();
        Assert.Equal(["SHARE_NOT_AFFORDABLE"], refused.PayloadErrorCodes("requestJointPurchase"));
        // Ann is told whose share failed, never Bea's balance.
        Assert.Equal("Bea Customer does not have £45.00 available for their share; nothing has been requested.", refused.Text("requestJointPurchase.errors.0.message"));
        Assert.Equal(JsonValueKind.Null, refused.At("requestJointPurchase.errors.0.availablePence").ValueKind);
        // Staff may read it.
        var forStaff = (await s.Staff.Client.RunAsync("requestJointPurchase", Request(s.ServiceId, (s.Ann, 1000), (s.Bea, 4500)))).ShouldSucceed();
        Assert.Equal("Bea Customer has only £40.00 available for a share of £45.00; nothing has been requested.", forStaff.Text("requestJointPurchase.errors.0.message"));
        Assert.Equal(["VALIDATION_FAILED"], await s.Ann.RefusedAsync("requestJointPurchase", Request(s.ServiceId, (s.Ann, 1000), (s.Bea, 0))));
        Assert.Equal(["VALIDATION_FAILED"], await s.Ann.RefusedAsync("requestJointPurchase", Request(s.ServiceId, (s.Ann, 1000))));

        Assert.Equal((4000L, 4000L), (await CashAsync(s.Ann, s.ServiceId), await CashAsync(s.Bea, s.ServiceId)));
        Assert.Empty((await ListAsync(s.Provider.Manager, s.ServiceId)).EnumerateArray());
        Assert.Empty(await api.LedgerViolationsAsync());
    }

    [Fact]
    public async Task A_receipt_for_less_returns_the_difference_pro_rata_in_whole_pence_and_a_missing_one_is_listed()
    {
        var s = await ServiceAsync();
        var id = Id(await s.Ann.OkAsync("requestJointPurchase", Request(s.ServiceId, (s.Ann, 3000), (s.Bea, 1000))));
        Assert.Equal("SPENT", Status(await s.Bea.OkAsync("approveJointShare", Decide(id))));
        Assert.Equal(["PURCHASE_NOT_AWAITING_SIGN_OFF"], await s.Provider.Manager.RefusedAsync("approveJointPurchase", Decide(id)));
        api.Clock.Advance(Duration.FromDays(15));
        Assert.Single((await ListAsync(s.Provider.Manager, s.ServiceId, "MISSING_RECEIPTS")).EnumerateArray());
        Assert.Empty((await ListAsync(s.Ann, s.ServiceId, "MISSING_RECEIPTS")).EnumerateArray());
        var (ann, bea) = (await CashAsync(s.Ann, s.ServiceId), await CashAsync(s.Bea, s.ServiceId));
        var today = Date(api.Clock.GetCurrentInstant().InZone(London).Date);
        Assert.Equal(["RECEIPT_EXCEEDS_PURCHASE"], await s.Bea.RefusedAsync("attachJointPurchaseReceipt", new { input = new { idempotencyKey = Key(), purchaseId = id, reference = "INV-7", pence = 4001L, date = today } }));
        Assert.Equal(["NOT_FOUND"], await s.Cal.RefusedAsync("attachJointPurchaseReceipt", new { input = new { idempotencyKey = Key(), purchaseId = id, reference = "INV-7", pence = 3999L, date = today } }));

        var back = (await s.Bea.OkAsync("attachJointPurchaseReceipt", new { input = new { idempotencyKey = Key(), purchaseId = id, reference = "INV-7", pence = 3997L, date = today } }))
            .GetProperty("jointPurchase");

        // 3p back over shares of £30 and £10: 2.25p and 0.75p, so 2p and 1p.
        Assert.Equal(3997, back.GetProperty("spentPence").GetInt64());
        Assert.Equal([2998L, 999L], back.GetProperty("shares").EnumerateArray().Select(x => x.GetProperty("spentPence").GetInt64()));
        Assert.Equal((ann + 2, bea + 1), (await CashAsync(s.Ann, s.ServiceId), await CashAsync(s.Bea, s.ServiceId)));
        Assert.Empty((await ListAsync(s.Provider.Manager, s.ServiceId, "MISSING_RECEIPTS")).EnumerateArray());
        Assert.Equal(["RECEIPT_ALREADY_ATTACHED"], await s.Ann.RefusedAsync("attachJointPurchaseReceipt", new { input = new { idempotencyKey = Key(), purchaseId = id, reference = "INV-8", pence = 3000L, date = today } }));
        Assert.Empty(await api.LedgerViolationsAsync());
    }

    [Fact]
    public async Task Ending_a_customer_with_an_open_share_withdraws_the_whole_joint_purchase_and_nothing_moves_for_the_others()
    {
        var s = await ServiceAsync();
        var id = Id(await s.Staff.OkAsync("requestJointPurchase", Request(s.ServiceId, (s.Ann, 2500), (s.Bea, 1500))));
        await s.Ann.OkAsync("approveJointShare", Decide(id));

        await s.Provider.Manager.OkAsync("endCustomer", new { input = new { serviceId = s.ServiceId, customerId = s.Bea.Id, idempotencyKey = Key() } });

        var joint = Assert.Single((await ListAsync(s.Provider.Manager, s.ServiceId)).EnumerateArray());
        Assert.Equal("WITHDRAWN", joint.GetProperty("status").GetString());
        var annCash = (await s.Ann.BudgetAsync(s.ServiceId)).GetProperty("cash");
        Assert.Equal((4000L, 4000L), (annCash.GetProperty("posted").GetInt64(), annCash.GetProperty("available").GetInt64()));
        var beaCash = (await s.Provider.Manager.BudgetAsync(s.ServiceId, s.Bea.Id)).GetProperty("cash");
        Assert.Equal((0L, 0L), (beaCash.GetProperty("posted").GetInt64(), beaCash.GetProperty("available").GetInt64()));
        Assert.Equal(["PURCHASE_NOT_AWAITING_SIGN_OFF"], await s.Provider.Manager.RefusedAsync("approveJointPurchase", Decide(id)));
        Assert.Empty(await api.LedgerViolationsAsync());
    }

    [Fact]
    public async Task Only_the_customers_sharing_it_and_the_services_staff_see_or_act_on_a_joint_purchase()
    {
        var s = await ServiceAsync();
        var id = Id(await s.Ann.OkAsync("requestJointPurchase", Request(s.ServiceId, (s.Ann, 1000), (s.Bea, 1000))));
        var other = await api.ProviderAsync("Oak House");
        var otherService = await other.ServiceAsync();
        var otherStaff = await api.MemberAsync(other, "Olga Other", "STAFF");

        Assert.Single((await ListAsync(s.Ann, s.ServiceId)).EnumerateArray());
        Assert.Single((await ListAsync(s.Bea, s.ServiceId)).EnumerateArray());
        Assert.Single((await ListAsync(s.Staff, s.ServiceId)).EnumerateArray());
        Assert.Empty((await ListAsync(s.Cal, s.ServiceId)).EnumerateArray());
        Assert.Empty((await ListAsync(otherStaff, s.ServiceId)).EnumerateArray());
        Assert.Empty((await ListAsync(other.Manager, s.ServiceId)).EnumerateArray());
        Assert.Empty((await ListAsync(otherStaff, otherService)).EnumerateArray());
        // Cal has no share to agree to, and cannot act on Bea's; nor can staff of another service.
        Assert.Equal(["NOT_FOUND"], await s.Cal.RefusedAsync("approveJointShare", Decide(id)));
        Assert.Equal(["NOT_FOUND"], await s.Cal.RefusedAsync("declineJointShare", Decide(id)));
        Assert.Equal(["NOT_ALLOWED"], await s.Staff.RefusedAsync("approveJointShare", Decide(id)));
        Assert.Equal(["NOT_FOUND"], await other.Manager.RefusedAsync("approveJointPurchase", Decide(id)));
        Assert.Equal(["NOT_FOUND"], await otherStaff.RefusedAsync("declineJointShare", Decide(id)));
        Assert.Equal(["VALIDATION_FAILED"], await s.Ann.RefusedAsync("requestJointPurchase", Request(s.ServiceId, (s.Ann, 1000), (otherStaff, 1000))));
        Assert.Equal(3000, await CashAsync(s.Bea, s.ServiceId));
        Assert.Equal(4000, await CashAsync(s.Cal, s.ServiceId));
        var seen = (await ListAsync(s.Ann, s.ServiceId))[0];
        Assert.Equal(2, seen.GetProperty("shares").GetArrayLength());
    }

    private static string Date(LocalDate day) => NodaTime.Text.LocalDatePattern.Iso.Format(day);
}
