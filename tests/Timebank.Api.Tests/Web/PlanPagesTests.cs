using System.Net;
using Timebank.Api.Tests.Features.Flexi;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Web;

/// <summary>A person's plan and journal on the web are theirs: they write and read them, and nobody else's page shows them.</summary>
public sealed class PlanPagesTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    [Fact]
    public async Task A_person_writes_their_journal_and_nobody_else_reads_it()
    {
        var provider = await api.ProviderAsync("Elm House");
        var customer = await api.MemberAsync(provider, "Ann Customer", "CUSTOMER");
        var browser = await WebBrowser.SignedInAsync(api, customer);

        var journal = await browser.GetAsync((await browser.GetAsync("/home")).Link("Your journal"));
        var empty = await browser.SubmitAsync(journal, "Save entry", new Dictionary<string, string> { ["Text"] = "  " });
        Assert.Equal([("#text", "Write something before you save it")], empty.Errors);
        var saved = await browser.SubmitAsync(journal, "Save entry", new Dictionary<string, string> { ["Text"] = "A good week.\nWent to the match." });
        Assert.Contains("Saved in your journal. Only you can read it.", saved.Words, StringComparison.Ordinal);
        Assert.Contains("A good week.", saved.Text, StringComparison.Ordinal);
        Assert.Contains("Not shared with anyone", saved.Words, StringComparison.Ordinal);

        var manager = await (await WebBrowser.SignedInAsync(api, provider.Manager)).GetAsync("/journal");
        Assert.DoesNotContain("A good week.", manager.Text, StringComparison.Ordinal);
        Assert.Contains("Nothing yet.", manager.Words, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_downloads_everything_held_about_them_from_home_and_it_holds_their_journal()
    {
        var provider = await api.ProviderAsync("Ash House");
        var customer = await api.MemberAsync(provider, "Ann Customer", "CUSTOMER");
        var browser = await WebBrowser.SignedInAsync(api, customer);
        var journal = await browser.GetAsync("/journal");
        await browser.SubmitAsync(journal, "Save entry", new Dictionary<string, string> { ["Text"] = "Painted the fence with Joe." });

        var page = await browser.GetAsync((await browser.GetAsync("/home")).Link("Download the information we hold about you"));
        var download = await browser.SubmitAsync(page, "Download my information");
        var signedOut = WebBrowser.For(api);
        var refused = await signedOut.SubmitAsync(await signedOut.GetAsync("/your-data"), "Download my information");

        Assert.Equal("application/json", download.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Response.Content.Headers.ContentDisposition?.DispositionType);
        var file = await download.Response.Content.ReadAsStringAsync();
        Assert.Contains("Painted the fence with Joe.", file, StringComparison.Ordinal);
        Assert.Contains(customer.Email, file, StringComparison.Ordinal);
        Assert.Equal("/sign-in", refused.Url.AbsolutePath);
    }

    [Fact]
    public async Task A_person_writes_their_plan_in_their_own_words_reads_it_back_and_staff_or_outsiders_do_not_see_it_here()
    {
        var provider = await api.ProviderAsync("Oak House");
        var customer = await api.MemberAsync(provider, "Ann Customer", "CUSTOMER");
        var browser = await WebBrowser.SignedInAsync(api, customer);

        var plan = await browser.GetAsync((await browser.GetAsync((await browser.GetAsync("/home")).Link("Oak House"))).Link("Your plan with Oak House"));
        Assert.Equal("Your plan", plan.Heading);
        var missing = await browser.SubmitAsync(plan, "Save my plan");
        Assert.Equal(["#outcome-0", "#months"], missing.Errors.Select(e => e.Target));
        var written = await browser.SubmitAsync(plan, "Save my plan", new Dictionary<string, string>
        {
            ["Outcomes[0]"] = "To go to the football with a friend every fortnight",
            ["Working"] = "My sister visits\nThe bus pass",
            ["Months"] = "6",
        });
        Assert.Contains("Your plan is saved.", written.Words, StringComparison.Ordinal);
        Assert.Contains("Where it is up to | Being written: only you and your staff see it", written.Rows);
        Assert.Contains("To go to the football with a friend every fortnight", written.Words, StringComparison.Ordinal);
        Assert.Contains("The bus pass", written.Words, StringComparison.Ordinal);

        var sent = await browser.SubmitAsync(written, "Send it to be agreed");
        Assert.Contains("Sent. The people who agree plans here will read it", sent.Words, StringComparison.Ordinal);
        Assert.Contains("Where it is up to | Sent to be agreed", sent.Rows);

        var staffView = await (await WebBrowser.SignedInAsync(api, provider.Manager)).GetAsync(plan.Url.AbsolutePath);
        Assert.DoesNotContain("My sister visits", staffView.Text, StringComparison.Ordinal);
        Assert.Equal("Your plan", staffView.Heading);
        var outsider = await WebBrowser.SignedInAsync(api, await api.SignUpAsync("Olly Outsider"));
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(plan.Url.AbsolutePath)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(plan.Url.AbsolutePath + "/sign-off")).Status);

        var manager = await WebBrowser.SignedInAsync(api, provider.Manager);
        var toAgree = await manager.GetAsync((await manager.GetAsync($"/providers/{Uri.EscapeDataString(provider.Organisation.Id)}")).Link("Plans to agree"));
        Assert.Contains("Ann Customer’s plan", toAgree.Words, StringComparison.Ordinal);
        Assert.Contains("My sister visits", toAgree.Words, StringComparison.Ordinal);
        var noReason = await manager.SubmitAsync(toAgree, "Send it back");
        Assert.Equal("Say what Ann Customer could change, so they know what to do next", Assert.Single(noReason.Errors).Message);
        var back = await manager.SubmitAsync(toAgree, "Send it back", new Dictionary<string, string> { ["comment"] = "Say who you would go with" });
        Assert.Contains("You sent Ann Customer’s plan back.", back.Words, StringComparison.Ordinal);
        Assert.Contains("No plans are waiting for you.", back.Words, StringComparison.Ordinal);
        var seen = await browser.GetAsync(plan.Url.AbsolutePath);
        Assert.Contains("Where it is up to | Sent back to change", seen.Rows);
        Assert.Contains("sent it back: Say who you would go with", seen.Words, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_says_how_their_agreed_plan_is_going_with_how_much_say_they_have()
    {
        var provider = await api.ProviderAsync("Ash House");
        var customer = await api.MemberAsync(provider, "Ann Customer", "CUSTOMER");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var drafted = await customer.OkAsync("draftPlan", new
        {
            input = new
            {
                organisationId = provider.Organisation.Id,
                content = new
                {
                    startsOn = today.ToString("yyyy-MM-dd", null),
                    endsOn = today.AddMonths(6).ToString("yyyy-MM-dd", null),
                    reviewOn = today.AddMonths(3).ToString("yyyy-MM-dd", null),
                    outcomes = new[] { new { key = "music", inTheirWords = "Play the guitar again", weeklyMinutes = 0L, weeklyPence = 0L } },
                }
            }
        });
        var planId = drafted.GetProperty("plan").GetProperty("id").GetString()!;
        await customer.OkAsync("submitPlan", new { input = new { planId } });
        await provider.Manager.OkAsync("decidePlan", new { input = new { planId, approve = true } });
        var browser = await WebBrowser.SignedInAsync(api, customer);
        var plan = await browser.GetAsync($"/plans/{Uri.EscapeDataString(provider.Organisation.Id)}");
        Assert.Contains("Where it is up to | Agreed", plan.Rows);

        var empty = await browser.SubmitAsync(plan, "Save how it is going");
        Assert.Equal(["#rating", "#decides", "#progress-0"], empty.Errors.Select(e => e.Target));
        var saved = await browser.SubmitAsync(plan, "Save how it is going", new Dictionary<string, string>
        {
            ["Review.Rating"] = "4",
            ["Review.Decides"] = "THEMSELVES",
            ["Review.OutcomeProgress[0]"] = "GOOD",
            ["Review.InTheirWords"] = "Lessons on Tuesdays",
        });
        Assert.Contains("Thank you. How it is going is saved with your plan.", saved.Words, StringComparison.Ordinal);
        Assert.Contains("You said: 4: I decide most things.", saved.Words, StringComparison.Ordinal);
        var reviews = (await customer.Client.RunAsync("plan", new { id = planId })).ShouldSucceed();
        Assert.Equal(4, reviews.At("plan.reviews.0.controlRating").GetInt32());
        Assert.Equal("GOOD", reviews.Text("plan.reviews.0.outcomes.0.progress"));

        var serviceId = await provider.ServiceAsync();
        var report = await (await WebBrowser.SignedInAsync(api, provider.Manager)).GetAsync($"/flexi/{Uri.EscapeDataString(serviceId)}/report");
        Assert.NotNull(report.Document.QuerySelector("svg#chart-control title"));
        Assert.Contains("Latest | 4 out of 5 | 100% of 1", report.Rows);
    }
}
