using System.Net;
using System.Text.Json;
using NodaTime;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Flexi;

/// <summary>
/// The field's story over HTTP: a 20-customer service at £40 and 3 hours 30 minutes a week over 8 weeks holding the
/// spring clock change; customers choose workers, book, cancel and complete sessions, save for a bass guitar that
/// needs sign-off, two customers jointly buy an art tutor's time (its receipt for less shared back), one receipt comes
/// back for less, one never comes back, unused minutes lapse, and the commissioner authorises one deviation. At the end every
/// figure of serviceReport equals the sums read back from the ledger's statements, and the invariant checker finds nothing.
/// </summary>
public sealed class FieldStoryTests(FlexiFactory api) : IClassFixture<FlexiFactory>
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly LocalDate FirstMonday = new(2027, 3, 8);
    private static readonly string[] Cooking = ["cooking"];
    private static readonly string[] Music = ["music"];

    [Fact]
    public async Task Eight_weeks_of_a_supported_housing_service_add_up_in_the_report_and_the_ledger()
    {
        api.Clock.Reset(At(FirstMonday, 9));
        var provider = await api.ProviderAsync();
        var commissioner = await api.SignUpAsync("Cara Commissioner");
        var council = await commissioner.CreateOrganisationAsync("Riverside Council", "COMMISSIONER");
        await commissioner.GrantAsync(council.CoordinatorMembershipId, "COMMISSIONER");
        var serviceId = await provider.ServiceAsync(council.Id);
        var languages = new[] { "English", "Urdu", "Polish", "Somali" };
        var workers = new List<TestMember>();
        for (var w = 0; w < 4; w++)
        {
            var worker = await api.MemberAsync(provider, $"Worker {w}", "STAFF");
            await worker.OkAsync("upsertStaffProfile", new { input = new { providerId = provider.Organisation.Id, background = "Support worker", skills = Cooking, interests = Music, languages = new[] { "English", languages[w] } } });
            workers.Add(worker);
        }
        var customers = new List<TestMember>();
        for (var i = 0; i < 20; i++)
        {
            var customer = await api.MemberAsync(provider, $"Customer {i}", "CUSTOMER");
            await provider.EnrolAsync(serviceId, customer);
            customers.Add(customer);
        }
        // Customers choose a worker from the profiles, e.g. one who speaks Urdu.
        var urdu = (await customers[1].Client.RunAsync("staff", new { serviceId, filter = new { language = "urdu" } })).ShouldSucceed().At("staff");
        Assert.Equal(workers[1].Id, Assert.Single(urdu.EnumerateArray()).GetProperty("member").GetProperty("id").GetString());

        for (var week = 0; week < 8; week++)
        {
            var monday = FirstMonday.PlusWeeks(week);
            api.Clock.Reset(At(monday, 9));
            var sessions = new List<(TestMember Customer, TestMember Worker, string Id, int I)>();
            for (var i = 0; i < 20; i++)
            {
                var worker = workers[(i + week) % 4];
                var start = At(monday.PlusDays(1), 9 + (i / 4));
                // Customer 5's sessions are booked by staff for them, after meeting the worker.
                var booker = i == 5 ? workers[0] : customers[i];
                var booked = await booker.OkAsync("bookSupportSession", new
                {
                    input = new
                    {
                        idempotencyKey = Key(),
                        serviceId,
                        customerId = i == 5 ? customers[i].Id : null,
                        workerId = worker.Id,
                        start = start.ToString(),
                        minutes = 60L,
                        where = i % 3 == 0 ? "OFF_SITE" : "ON_SITE",
                        formality = i % 2 == 0 ? "INFORMAL" : "FORMAL",
                        outcome = "Confidence going out",
                        workerChosenByCustomer = i != 5,
                    },
                });
                sessions.Add((customers[i], worker, booked.GetProperty("supportSession").GetProperty("id").GetString()!, i));
            }
            api.Clock.Reset(At(monday.PlusDays(2), 12));
            foreach (var (customer, worker, id, i) in sessions)
            {
                if (i == 7)
                    await customer.OkAsync("cancelSupportSession", new { input = new { idempotencyKey = Key(), sessionId = id, reason = "Feeling unwell" } });
                else
                    await worker.OkAsync("completeSupportSession", new { input = new { idempotencyKey = Key(), sessionId = id, deliveredMinutes = i % 4 == 0 ? 45L : 60L } });
            }
            if (week == 1)
            {
                var clothes = await customers[1].OkAsync("requestPurchase", new { input = new { idempotencyKey = Key(), serviceId, pence = 3500L, supplier = "Market stall", category = "Clothes", description = "Clothes for Eid", outcome = "Celebrating with family" } });
                await customers[1].OkAsync("attachReceipt", new { input = new { idempotencyKey = Key(), purchaseId = Id(clothes, "purchase"), reference = "R-1", pence = 3250L, date = Date(monday.PlusDays(2)) } });
                await customers[2].OkAsync("requestPurchase", new { input = new { idempotencyKey = Key(), serviceId, pence = 2000L, supplier = "Cafe Nero", category = "Meals out", description = "A meal out with a friend" } });
                var vape = await customers[3].OkAsync("requestPurchase", new { input = new { idempotencyKey = Key(), serviceId, pence = 800L, supplier = "Corner shop", category = "Personal", description = "E-cigarette refills" } });
                await provider.Manager.OkAsync("flagPurchaseForConversation", new { input = new { purchaseId = Id(vape, "purchase"), note = "Talk about what would help with cutting down" } });
            }
            if (week == 3)
            {
                // Customers 8 and 9 jointly buy an art tutor's time: £60 in all is above the £50 threshold, so after both agree a manager signs it off.
                var art = await customers[8].OkAsync("requestJointPurchase", new
                {
                    input = new
                    {
                        idempotencyKey = Key(),
                        serviceId,
                        shares = new[] { new { customerId = customers[8].Id, pence = 3000L }, new { customerId = customers[9].Id, pence = 3000L } },
                        supplier = "Jo Green, art tutor",
                        category = "Learning",
                        description = "Four hours of art tuition for two",
                        outcome = "Try painting",
                    },
                });
                var artId = Id(art, "jointPurchase");
                Assert.Equal(["NOT_FOUND"], await customers[10].RefusedAsync("approveJointShare", new { input = new { idempotencyKey = Key(), purchaseId = artId } }));
                await customers[9].OkAsync("approveJointShare", new { input = new { idempotencyKey = Key(), purchaseId = artId } });
                var spent = await provider.Manager.OkAsync("approveJointPurchase", new { input = new { idempotencyKey = Key(), purchaseId = artId } });
                Assert.Equal("SPENT", spent.GetProperty("jointPurchase").GetProperty("status").GetString());
                await customers[9].OkAsync("attachJointPurchaseReceipt", new { input = new { idempotencyKey = Key(), purchaseId = artId, reference = "ART-1", pence = 5999L, date = Date(monday.PlusDays(2)) } });
                // Paying the tutor instead of staff hours: the provider records it and the commissioner authorises it.
                var deviation = await provider.Manager.OkAsync("recordContractDeviation", new { input = new { serviceId, from = Date(monday), to = Date(monday.PlusDays(6)), pence = 6000L, staffMinutes = 120L, reason = "Art tuition chosen instead of two hours with staff" } });
                await commissioner.OkAsync("authoriseContractDeviation", new { input = new { deviationId = Id(deviation, "contractDeviation"), comment = "Agreed: it serves their outcomes" } });
            }
            if (week == 5)
            {
                // Saved over six weeks: £240 available; the bass guitar (£150) is above the £50 threshold, so it waits for sign-off.
                var bass = await customers[0].OkAsync("requestPurchase", new { input = new { idempotencyKey = Key(), serviceId, pence = 15000L, supplier = "Music shop", category = "Music", description = "Bass guitar", outcome = "Play in a band" } });
                Assert.Equal("AWAITING_SIGN_OFF", bass.GetProperty("purchase").GetProperty("status").GetString());
                Assert.Equal(["NOT_ALLOWED"], await customers[0].RefusedAsync("approvePurchase", new { input = new { idempotencyKey = Key(), purchaseId = Id(bass, "purchase") } }));
                Assert.Equal(9000, (await customers[0].BudgetAsync(serviceId)).Available("cash"));
                await provider.Manager.OkAsync("approvePurchase", new { input = new { idempotencyKey = Key(), purchaseId = Id(bass, "purchase") } });
                Assert.Equal(["PURCHASE_NOT_AWAITING_SIGN_OFF"], await provider.Manager.RefusedAsync("approvePurchase", new { input = new { idempotencyKey = Key(), purchaseId = Id(bass, "purchase") } }));
                await customers[0].OkAsync("attachReceipt", new { input = new { idempotencyKey = Key(), purchaseId = Id(bass, "purchase"), reference = "BASS-1", pence = 15000L, date = Date(monday.PlusDays(2)) } });
            }
            if (week == 7)
            {
                // A session booked for the Sunday and never completed: listed for the manager, still held.
                await customers[4].OkAsync("bookSupportSession", new { input = new { idempotencyKey = Key(), serviceId, workerId = workers[2].Id, start = At(monday.PlusDays(6), 14).ToString(), minutes = 60L, where = "NAMED_PLACE", placeName = "The gym", formality = "INFORMAL" } });
            }
        }
        api.Clock.Reset(At(FirstMonday.PlusWeeks(8), 10) + Duration.FromDays(2));
        var (from, to) = (Date(FirstMonday), Date(FirstMonday.PlusWeeks(8).PlusDays(-1)));

        var report = (await provider.Manager.Client.RunAsync("serviceReport", new { serviceId, from, to })).ShouldSucceed().At("serviceReport");
        var figures = await LedgerFiguresAsync(provider.Manager, serviceId, customers, workers, from, to);

        Assert.Empty(report.GetProperty("mismatches").EnumerateArray());
        Assert.Equal(20 * 8 * 210, L(report, "minutes", "allocated"));
        Assert.Equal(figures.AllocatedMinutes, L(report, "minutes", "allocated"));
        Assert.Equal(figures.LapsedMinutes, L(report, "minutes", "lapsed"));
        Assert.Equal(figures.DeliveredMinutes, L(report, "minutes", "delivered"));
        Assert.Equal(figures.HeldMinutes, L(report, "minutes", "booked"));
        Assert.Equal(60, L(report, "minutes", "booked"));
        Assert.Equal(0, L(report, "minutes", "carriedOver"));
        Assert.Equal(20 * 8 * 4000, L(report, "cash", "allocated"));
        Assert.Equal(figures.AllocatedPence, L(report, "cash", "allocated"));
        Assert.Equal(figures.SpentPence, L(report, "cash", "spent"));
        Assert.Equal(3250 + 2000 + 800 + 15000 + 5999, L(report, "cash", "spent"));
        Assert.Equal(figures.SavedPence, L(report, "cash", "saved"));
        Assert.Equal(0, L(report, "cash", "awaitingApproval"));
        // The meal out and the e-cigarette refills never had their receipts back.
        Assert.Equal(2, report.GetProperty("receiptsMissing").GetInt32());
        Assert.Equal(2800, report.GetProperty("receiptsMissingPence").GetInt64());
        Assert.Equal(2, (await provider.Manager.Client.RunAsync("purchasesMissingReceipts", new { serviceId })).ShouldSucceed().At("purchasesMissingReceipts").GetArrayLength());
        Assert.Equal(figures.DeliveredMinutes, report.GetProperty("deliveredPerWorker").EnumerateArray().Sum(w => w.GetProperty("minutes").GetInt64()));
        Assert.Equal(19 * 8, report.GetProperty("deliveredSessions").GetInt32());
        Assert.Equal(18 * 8, report.GetProperty("chosenWorkerSessions").GetInt32());
        Assert.All(report.GetProperty("workersPerCustomer").EnumerateArray(), c => Assert.Equal(4, c.GetProperty("workers").GetInt32()));
        Assert.Equal(["Music", "Learning", "Clothes", "Meals out", "Personal"], report.GetProperty("cash").GetProperty("spentByCategory").EnumerateArray().Select(c => c.GetProperty("category").GetString()));
        // Contracted against delivered hours, with the authorised deviation as the commissioner reads it back.
        var deviations = (await commissioner.Client.RunAsync("contractDeviations", new { serviceId })).ShouldSucceed().At("contractDeviations").EnumerateArray()
            .Where(d => d.GetProperty("status").GetString() == "AUTHORISED").ToList();
        var contract = report.GetProperty("contract");
        Assert.Equal(deviations.Count, contract.GetProperty("authorisedDeviations").GetInt32());
        Assert.Single(deviations);
        Assert.Equal(deviations.Sum(d => d.GetProperty("staffMinutes").GetInt64()), contract.GetProperty("authorisedDeviationMinutes").GetInt64());
        Assert.Equal(deviations.Sum(d => d.GetProperty("pence").GetInt64()), contract.GetProperty("authorisedDeviationPence").GetInt64());
        Assert.Equal(figures.AllocatedMinutes - 120, contract.GetProperty("contractedMinutes").GetInt64());
        Assert.Equal(figures.DeliveredMinutes, contract.GetProperty("deliveredMinutes").GetInt64());
        Assert.Equal(1, (await provider.Manager.Client.RunAsync("sessionsAwaitingCompletion", new { serviceId })).ShouldSucceed().At("sessionsAwaitingCompletion").GetArrayLength());
        Assert.Empty(await api.LedgerViolationsAsync());

        // The commissioner reads the same report, and the same figures as CSV.
        var theirs = (await commissioner.Client.RunAsync("serviceReport", new { serviceId, from, to })).ShouldSucceed().At("serviceReport");
        Assert.Equal(L(report, "minutes", "delivered"), L(theirs, "minutes", "delivered"));
        var csv = await Csv(commissioner, serviceId, from, to);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains($"minutes,delivered,{figures.DeliveredMinutes}", text);
        Assert.Contains($"cash,spent,{figures.SpentPence}", text);
        Assert.Contains("contract,authorised deviations,1", text);
        Assert.Contains("contract,authorised deviation minutes,120", text);
        Assert.Equal(HttpStatusCode.NotFound, (await Csv(customers[0], serviceId, from, to)).StatusCode);
        Assert.Equal(JsonValueKind.Null, (await customers[0].Client.RunAsync("serviceReport", new { serviceId, from, to })).ShouldSucceed().At("serviceReport").ValueKind);
    }

    private static string Key() => Guid.NewGuid().ToString("N");

    private static Instant At(LocalDate day, int hour) => day.At(new LocalTime(hour, 0)).InZoneStrictly(London).ToInstant();

    private static string Date(LocalDate day) => NodaTime.Text.LocalDatePattern.Iso.Format(day);

    private static string Id(JsonElement payload, string field) => payload.GetProperty(field).GetProperty("id").GetString()!;

    private static long L(JsonElement report, string section, string figure) => report.GetProperty(section).GetProperty(figure).GetInt64();

    private static Task<HttpResponseMessage> Csv(TestMember reader, string serviceId, string from, string to)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/flexi/services/{Uri.EscapeDataString(serviceId)}/report.csv?from={from}&to={to}");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", reader.Token);
        return reader.Client.Http.SendAsync(request);
    }

    private sealed record LedgerFigures(long AllocatedMinutes, long LapsedMinutes, long DeliveredMinutes, long HeldMinutes, long AllocatedPence, long SpentPence, long SavedPence);

    /// <summary>The figures summed from the statements a manager reads: customers' minutes and cash, workers' delivered minutes.</summary>
    private static async Task<LedgerFigures> LedgerFiguresAsync(TestMember manager, string serviceId, IReadOnlyList<TestMember> customers, IReadOnlyList<TestMember> workers, string from, string to)
    {
        long allocatedMinutes = 0, lapsed = 0, held = 0, allocatedPence = 0, spent = 0, saved = 0, delivered = 0;
        foreach (var customer in customers)
        {
            var budget = await manager.BudgetAsync(serviceId, customer.Id);
            var minutes = await LinesAsync(manager, budget.GetProperty("supportMinutes").GetProperty("id").GetString()!, from, to);
            allocatedMinutes += minutes.Where(l => l.Text.StartsWith("Support time for", StringComparison.Ordinal)).Sum(l => l.Change);
            lapsed -= minutes.Where(l => l.Text.StartsWith("Unused support time lapsed", StringComparison.Ordinal)).Sum(l => l.Change);
            held += budget.GetProperty("supportMinutes").GetProperty("pendingDebits").GetInt64();
            var cash = await LinesAsync(manager, budget.GetProperty("cash").GetProperty("id").GetString()!, from, to);
            allocatedPence += cash.Where(l => l.Text.StartsWith("Cash allocation for", StringComparison.Ordinal)).Sum(l => l.Change);
            spent -= cash.Where(l => !l.Text.StartsWith("Cash allocation for", StringComparison.Ordinal)).Sum(l => l.Change);
            saved += cash.Sum(l => l.Change);
        }
        foreach (var worker in workers)
        {
            var account = (await manager.Client.RunAsync("workerDeliveredMinutes", new { serviceId, workerId = worker.Id })).ShouldSucceed().Text("workerDeliveredMinutes.id")!;
            delivered += (await LinesAsync(manager, account, from, to)).Sum(l => l.Change);
        }
        return new LedgerFigures(allocatedMinutes, lapsed, delivered, held, allocatedPence, spent, saved);
    }

    private static async Task<List<(long Change, string Text)>> LinesAsync(TestMember reader, string accountId, string from, string to)
    {
        var lines = new List<(long, string)>();
        string? after = null;
        do
        {
            var page = (await reader.Client.PostAsync(
                "query($id: ID!, $from: Date, $to: Date, $after: String) { account(id: $id) { statement(from: $from, to: $to, first: 50, after: $after) { nodes { change description } pageInfo { hasNextPage endCursor } } } }",
                new { id = accountId, from, to, after })).ShouldSucceed();
            lines.AddRange(page.At("account.statement.nodes").EnumerateArray().Select(l => (l.GetProperty("change").GetInt64(), l.GetProperty("description").GetString() ?? "")));
            after = page.At("account.statement.pageInfo.hasNextPage").GetBoolean() ? page.Text("account.statement.pageInfo.endCursor") : null;
        }
        while (after is not null);
        return lines;
    }
}
