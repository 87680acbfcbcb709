using System.Net;
using NodaTime;
using Timebank.Api.Tests.Features.Flexi;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Web;

/// <summary>A provider's manager and the commissioner on the web: purchases to agree, sessions to mark, the report, deviations.</summary>
public sealed class FlexiManagerPagesTests(FlexiFactory api) : IClassFixture<FlexiFactory>
{
    private static object Purchase(string serviceId, long pence, string description) => new
    {
        input = new { idempotencyKey = Guid.NewGuid().ToString("N"), serviceId, pence, supplier = "Sports Direct", category = "CLOTHES", description },
    };

    [Fact]
    public async Task A_manager_agrees_one_purchase_refuses_another_with_a_reason_marks_a_session_delivered_and_reads_the_report()
    {
        var provider = await api.ProviderAsync("Birch House");
        var serviceId = await provider.ServiceAsync();
        var customer = await api.MemberAsync(provider, "Ann Customer", "CUSTOMER");
        var worker = await api.MemberAsync(provider, "Wendy Worker", "STAFF");
        await provider.EnrolAsync(serviceId, customer);
        await customer.OkAsync("requestPurchase", Purchase(serviceId, 2500, "football kit"));
        await customer.OkAsync("requestPurchase", Purchase(serviceId, 1500, "games console"));
        await customer.OkAsync("bookSupportSession", new { input = new { idempotencyKey = "s1", serviceId, workerId = worker.Id, start = (api.Clock.GetCurrentInstant() + Duration.FromHours(1)).ToString(), minutes = 60L, where = "ON_SITE", formality = "FORMAL" } });
        // Receipts are due two weeks after spending; by then the session is long past its end.
        api.Clock.Advance(Duration.FromDays(15));
        var browser = await WebBrowser.SignedInAsync(api, provider.Manager);

        var run = await browser.GetAsync((await browser.GetAsync((await browser.GetAsync("/home")).Link("Birch House"))).Link("Run Elm House supported living"));
        Assert.Equal("Run Elm House supported living", run.Heading);
        Assert.Contains("Ann Customer: football kit from Sports Direct, £25.00", run.Words, StringComparison.Ordinal);
        var session = await browser.SubmitAsync(run, "Delivered in full");
        Assert.Contains("Marked delivered: 1 hour with Ann Customer.", session.Words, StringComparison.Ordinal);
        Assert.Contains("None: every session that has ended is marked.", session.Words, StringComparison.Ordinal);

        var from = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd", null);
        var report = await browser.GetAsync($"{session.Link("Service report")}?from={from}&to={api.Today()}");
        Assert.Equal("Service report", report.Heading);
        Assert.NotNull(report.Document.QuerySelector("svg#chart-minutes title"));
        Assert.Contains("Delivered | 1 hour", report.Rows);
        Assert.Contains("Spent on clothes | £40.00", report.Rows);
        var csv = await browser.GetAsync(report.Link("Download these figures as a spreadsheet (CSV)"));
        Assert.Equal("text/csv", csv.Response.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("section,name,value", lines[0]);
        Assert.Contains("minutes,delivered,60", lines);
        Assert.Contains("pence spent by category,CLOTHES,4000", lines);
        Assert.Equal(HttpStatusCode.NotFound, (await (await WebBrowser.SignedInAsync(api, worker)).GetAsync(run.Url.AbsolutePath)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await (await WebBrowser.SignedInAsync(api, customer)).GetAsync(report.Url.AbsolutePath)).Status);
    }

    [Fact]
    public async Task A_manager_decides_a_purchase_waiting_for_sign_off_once_and_a_refusal_needs_a_reason()
    {
        var provider = await api.ProviderAsync("Cedar House");
        var serviceId = await provider.ServiceAsync();
        var customer = await api.MemberAsync(provider, "Ann Customer", "CUSTOMER");
        await provider.EnrolAsync(serviceId, customer);
        // Cash saved over a week pays for something above the £50 that needs a manager's yes.
        api.Clock.Advance(Duration.FromDays(7));
        await customer.OkAsync("requestPurchase", Purchase(serviceId, 5500, "bike"));
        var browser = await WebBrowser.SignedInAsync(api, provider.Manager);
        var run = await browser.GetAsync($"/flexi/{Uri.EscapeDataString(serviceId)}/manage");

        var agreeForm = run.Document.QuerySelectorAll("form").First(f => f.TextContent.Contains("Agree £55.00", StringComparison.Ordinal));
        var agreed = await browser.SubmitAsync(run, "Agree £55.00");
        await browser.PostAsync(run.Url.AbsolutePath + "?handler=Agree", WebBrowser.FormValues((AngleSharp.Html.Dom.IHtmlFormElement)agreeForm));
        Assert.Contains("Agreed: £55.00 for Ann Customer’s bike.", agreed.Words, StringComparison.Ordinal);
        Assert.Equal(2500, (await customer.BudgetAsync(serviceId)).Available("cash"));

        api.Clock.Advance(Duration.FromDays(7));
        await customer.OkAsync("requestPurchase", Purchase(serviceId, 5200, "tablet"));
        run = await browser.GetAsync(run.Url.AbsolutePath);
        var noReason = await browser.SubmitAsync(run, "Do not agree");
        Assert.Equal("Say why Ann Customer’s tablet is not agreed", Assert.Single(noReason.Errors).Message);
        var refused = await browser.SubmitAsync(run, "Do not agree", new Dictionary<string, string> { ["reason"] = "Let us talk about what it is for first" });
        Assert.Contains("Not agreed: Ann Customer’s tablet.", refused.Words, StringComparison.Ordinal);
        Assert.Contains("No purchases are waiting.", refused.Words, StringComparison.Ordinal);
        var spent = (await customer.Client.RunAsync("purchases", new { serviceId })).ShouldSucceed().At("purchases");
        Assert.Equal(["REJECTED", "SPENT"], spent.EnumerateArray().Select(p => p.GetProperty("status").GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_commissioner_finds_the_service_reads_its_report_and_authorises_a_deviation_or_declines_one_with_a_comment()
    {
        var provider = await api.ProviderAsync("Ash House");
        var commissioner = await api.SignUpAsync("Cara Commissioner");
        var council = await commissioner.CreateOrganisationAsync("Riverside Council", "COMMISSIONER");
        await commissioner.GrantAsync(council.CoordinatorMembershipId, "COMMISSIONER");
        var serviceId = await provider.ServiceAsync(council.Id);
        var today = api.Today();
        foreach (var pence in new[] { 12000L, 500L })
            await provider.Manager.OkAsync("recordContractDeviation", new { input = new { serviceId, from = today, to = today, pence, staffMinutes = 60L, reason = $"An art tutor instead of staff ({pence})" } });
        var browser = await WebBrowser.SignedInAsync(api, commissioner);

        var services = await browser.GetAsync((await browser.GetAsync("/home")).Link("Riverside Council"));
        Assert.Contains("Elm House supported living | Ash House | 2", services.Rows);
        var report = await browser.GetAsync(services.Link("Elm House supported living"));
        Assert.Contains("An art tutor instead of staff (12000)", report.Words, StringComparison.Ordinal);
        var noComment = await browser.SubmitAsync(report, "Decline");
        Assert.Equal("Say why you are declining it, so the provider knows what to change", Assert.Single(noComment.Errors).Message);
        var authorised = await browser.SubmitAsync(report, "Authorise");
        Assert.Contains("Authorised.", authorised.Words, StringComparison.Ordinal);
        var declined = await browser.SubmitAsync(authorised, "Decline", new Dictionary<string, string> { ["comment"] = "Please talk to us first" });
        Assert.Contains("Declined. The provider sees your comment.", declined.Words, StringComparison.Ordinal);
        Assert.Contains("None are waiting.", declined.Words, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await (await WebBrowser.SignedInAsync(api, provider.Manager)).GetAsync(services.Url.AbsolutePath)).Status);
    }
}
