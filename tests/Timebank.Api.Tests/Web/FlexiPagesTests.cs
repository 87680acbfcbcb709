using System.Net;
using Timebank.Api.Tests.Features.Flexi;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Web;

/// <summary>A customer of a core-and-flexi service on the web: what is left this week, booking and cancelling, buying, receipts.</summary>
public sealed class FlexiPagesTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    private static readonly string[] Cooking = ["cooking"], Football = ["football"], English = ["en"];

    private async Task<(TestProvider Provider, string ServiceId, TestMember Customer, TestMember Worker)> ServiceAsync(string name)
    {
        var provider = await api.ProviderAsync(name);
        var serviceId = await provider.ServiceAsync();
        var customer = await api.MemberAsync(provider, "Ann Customer", "CUSTOMER");
        var worker = await api.MemberAsync(provider, "Wendy Worker", "STAFF");
        await worker.OkAsync("upsertStaffProfile", new { input = new { providerId = provider.Organisation.Id, background = "Ten years in supported living", skills = Cooking, interests = Football, languages = English } });
        await provider.EnrolAsync(serviceId, customer);
        return (provider, serviceId, customer, worker);
    }

    private static Dictionary<string, string> Tomorrow(string prefix)
    {
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1));
        return new() { [prefix + "Day"] = day.Day.ToString(null, null), [prefix + "Month"] = day.Month.ToString(null, null), [prefix + "Year"] = day.Year.ToString(null, null) };
    }

    [Fact]
    public async Task A_customer_books_from_the_staff_profiles_after_checking_once_however_often_posted_and_cancels_it()
    {
        var (_, serviceId, customer, worker) = await ServiceAsync("Elm House");
        var browser = await WebBrowser.SignedInAsync(api, customer);
        var provider = await browser.GetAsync((await browser.GetAsync("/home")).Link("Elm House"));
        var budget = await browser.GetAsync(provider.Link("Elm House supported living"));
        Assert.Contains("You have 3 hours 30 minutes of support and £40.00 to spend until", budget.Words, StringComparison.Ordinal);

        var form = await browser.GetAsync(budget.Link("Book a session"));
        Assert.Contains("Ten years in supported living. Good at: cooking. Likes: football. Speaks: en.", form.Words, StringComparison.Ordinal);
        var empty = await browser.SubmitAsync(form, "Continue", new Dictionary<string, string> { ["Answers.Informal"] = "no" });
        Assert.Equal(["#workerId", "#date-day", "#time", "#hours", "#where"], empty.Errors.Select(e => e.Target));
        var answers = new Dictionary<string, string>(Tomorrow("Answers."))
        {
            ["Answers.WorkerId"] = worker.Id,
            ["Answers.Time"] = "10:30",
            ["Answers.Hours"] = "1",
            ["Answers.Minutes"] = "0",
            ["Answers.Where"] = "NAMED_PLACE",
            ["Answers.PlaceName"] = "The Canal Café",
            ["Answers.Informal"] = "yes",
        };
        var check = await browser.SubmitAsync(form, "Continue", answers);
        Assert.Equal("Check your answers before booking", check.Heading);
        Assert.Contains("Who | Wendy Worker | Change who", check.Rows);
        Assert.Contains("Where | The Canal Café | Change where", check.Rows);
        var values = WebBrowser.FormValues(check.Form());
        var booked = await browser.SubmitAsync(check, "Book session");
        await browser.PostAsync(check.Url.AbsolutePath + "?handler=Book", values);

        Assert.Contains("Booked: 1 hour with Wendy Worker on", booked.Words, StringComparison.Ordinal);
        Assert.Contains("Support time left | 2 hours 30 minutes", booked.Rows);
        Assert.Contains("How you get the money | On your prepaid card", booked.Rows);
        Assert.Equal(150, (await customer.BudgetAsync(serviceId)).Available("supportMinutes"));
        Assert.Contains(booked.Rows, r => r.Contains("| Wendy Worker | The Canal Café | 1 hour | Booked | Cancel", StringComparison.Ordinal));

        var cancel = await browser.GetAsync(booked.Link("Cancel"));
        Assert.Contains("1 hour goes back into your support time, and Wendy Worker is told.", cancel.Words, StringComparison.Ordinal);
        var cancelled = await browser.SubmitAsync(cancel, "Cancel session", new Dictionary<string, string> { ["Reason"] = "Feeling unwell" });
        Assert.Contains("Cancelled. 1 hour is back in your support time.", cancelled.Words, StringComparison.Ordinal);
        Assert.Equal(210, (await customer.BudgetAsync(serviceId)).Available("supportMinutes"));
        Assert.Contains("so it cannot be cancelled", (await browser.GetAsync(cancel.Url.AbsolutePath)).Words, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_customer_buys_something_after_checking_and_a_receipt_for_less_returns_the_change()
    {
        var (_, serviceId, customer, _) = await ServiceAsync("Oak House");
        var browser = await WebBrowser.SignedInAsync(api, customer);
        var budget = await browser.GetAsync($"/flexi/{Uri.EscapeDataString(serviceId)}");

        var form = await browser.GetAsync(budget.Link("Ask to buy something"));
        var bad = await browser.SubmitAsync(form, "Continue", new Dictionary<string, string> { ["Amount"] = "twelve" });
        Assert.Equal(["#description", "#supplier", "#category", "#amount"], bad.Errors.Select(e => e.Target));
        Assert.Equal("Enter how much it costs in pounds and pence, like 12.50", bad.Errors[^1].Message);
        var check = await browser.SubmitAsync(form, "Continue", new Dictionary<string, string>
        {
            ["Description"] = "Football ticket",
            ["Supplier"] = "Coventry City",
            ["Category"] = "ACTIVITIES",
            ["Amount"] = "£12.50",
        });
        Assert.Contains("Cost | £12.50 | Change the cost", check.Rows);
        var bought = await browser.SubmitAsync(check, "Buy it");
        Assert.Contains("Bought: £12.50 from Coventry City.", bought.Words, StringComparison.Ordinal);
        Assert.Contains("Money left | £27.50", bought.Rows);

        var receipt = await browser.GetAsync(bought.Link("Add the receipt"));
        var fields = new Dictionary<string, string>(Tomorrow("")) { ["Reference"] = "R-1001", ["Amount"] = "10" };
        fields["Day"] = DateTime.UtcNow.Day.ToString(null, null);
        fields["Month"] = DateTime.UtcNow.Month.ToString(null, null);
        fields["Year"] = DateTime.UtcNow.Year.ToString(null, null);
        var checkReceipt = await browser.SubmitAsync(receipt, "Continue", fields);
        Assert.Contains("You spent £10.00 of the £12.50, so £2.50 goes back into your money.", checkReceipt.Words, StringComparison.Ordinal);
        var added = await browser.SubmitAsync(checkReceipt, "Add receipt");
        Assert.Contains("Receipt R-1001 added. £2.50 change is back in your money.", added.Words, StringComparison.Ordinal);
        Assert.Equal(3000, (await customer.BudgetAsync(serviceId)).Available("cash"));
        Assert.Contains(added.Rows, r => r.StartsWith("Football ticket | Coventry City | £10.00 | Bought: receipt R-1001", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Someone_without_a_budget_and_another_customer_get_page_not_found()
    {
        var (provider, serviceId, customer, worker) = await ServiceAsync("Ash House");
        var other = await api.MemberAsync(provider, "Omar Other", "CUSTOMER");
        await provider.EnrolAsync(serviceId, other);
        var start = DateTimeOffset.UtcNow.AddDays(2).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        var session = (await customer.OkAsync("bookSupportSession", new { input = new { idempotencyKey = "b1", serviceId, workerId = worker.Id, start, minutes = 60L, where = "ON_SITE", formality = "FORMAL" } }))
            .GetProperty("supportSession").GetProperty("id").GetString()!;
        var path = $"/flexi/{Uri.EscapeDataString(serviceId)}";

        var wendy = await WebBrowser.SignedInAsync(api, worker);
        Assert.Equal(HttpStatusCode.NotFound, (await wendy.GetAsync(path)).Status);
        var own = await wendy.GetAsync((await wendy.GetAsync($"/providers/{Uri.EscapeDataString(provider.Organisation.Id)}")).Link("Your sessions at"));
        Assert.Contains(own.Rows, r => r.Contains("| Ann Customer | At home or on site | 1 hour | Booked", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await (await WebBrowser.SignedInAsync(api, customer)).GetAsync(own.Url.AbsolutePath)).Status);
        var omar = await WebBrowser.SignedInAsync(api, other);
        var refused = await omar.GetAsync($"{path}/sessions/{Uri.EscapeDataString(session)}/cancel");
        Assert.Equal(HttpStatusCode.NotFound, refused.Status);
        Assert.DoesNotContain("Ann Customer", refused.Text, StringComparison.Ordinal);
        var outsider = await WebBrowser.SignedInAsync(api, await api.SignUpAsync("Olly Outsider"));
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(path)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/providers/{Uri.EscapeDataString(provider.Organisation.Id)}")).Status);
    }
}
