using System.Net;
using NodaTime;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Web;

/// <summary>A member's timebank on the web: balance, recording through "check your answers", confirming, the statement, and who may see it.</summary>
public sealed class TimebankPagesTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    private Dictionary<string, string> Answers(string otherId, string description = "Gardening")
    {
        var today = api.Clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/London"]).Date;
        return new()
        {
            ["Answers.Direction"] = "gave",
            ["Answers.OtherMemberId"] = otherId,
            ["Answers.Hours"] = "1",
            ["Answers.Minutes"] = "30",
            ["Answers.Day"] = today.Day.ToString(null, null),
            ["Answers.Month"] = today.Month.ToString(null, null),
            ["Answers.Year"] = today.Year.ToString(null, null),
            ["Answers.Description"] = description,
        };
    }

    [Fact]
    public async Task A_member_records_an_exchange_after_checking_it_and_posting_it_again_records_it_once()
    {
        var timebank = await api.TimebankAsync(members: 2);
        var (ann, bob) = (timebank.Members[0], timebank.Members[1]);
        var browser = await WebBrowser.SignedInAsync(api, ann);

        var home = await browser.GetAsync($"/timebanks/{Uri.EscapeDataString(timebank.Id)}");
        Assert.Equal("Riverside Timebank", home.Heading);
        Assert.Contains("Your balance", home.Text);
        var form = await browser.GetAsync(home.Link("Record an exchange"));
        var check = await browser.SubmitAsync(form, "Continue", Answers(bob.Id));
        Assert.Equal("Check your answers before recording the exchange", check.Heading);
        Assert.Contains("1 hour 30 minutes", check.Words);
        Assert.Contains(bob.DisplayName, check.Text);

        var recorded = await browser.SubmitAsync(check, "Record exchange");
        Assert.Equal("Exchange recorded", recorded.Heading);
        Assert.Contains("Member 1 is asked to confirm it", recorded.Words);
        var again = await browser.PostAsync(check.Url.AbsolutePath + "?handler=Record", WebBrowser.FormValues(check.Form()));
        Assert.Equal("Exchange recorded", again.Heading);

        var waiting = (await bob.Client.RunAsync("timebank", new { organisationId = timebank.Id, awaitingConfirmation = true })).ShouldSucceed();
        var exchange = Assert.Single(waiting.At("timebank.exchanges.nodes").EnumerateArray());
        Assert.Equal(90, exchange.GetProperty("minutes").GetInt64());
    }

    [Fact]
    public async Task The_other_member_confirms_on_their_page_and_the_statement_shows_the_hours()
    {
        var timebank = await api.TimebankAsync(members: 2);
        var (ann, bob) = (timebank.Members[0], timebank.Members[1]);
        await ann.RecordAsync(api, timebank, ann, bob, 90);
        var browser = await WebBrowser.SignedInAsync(api, bob);

        var home = await browser.GetAsync($"/timebanks/{Uri.EscapeDataString(timebank.Id)}");
        Assert.Contains("Member 0 says they gave you 1 hour 30 minutes", home.Words);
        var confirmed = await browser.SubmitAsync(home, "Confirm");

        Assert.Contains("Confirmed: 1 hour 30 minutes moved.", confirmed.Words);
        Assert.Equal(90, await ann.PostedAsync(timebank));
        Assert.Equal(-90, await bob.PostedAsync(timebank));
        var statement = await browser.GetAsync(confirmed.Link("Your statement"));
        Assert.Equal("Your statement", statement.Heading);
        Assert.Contains("Out: 1 hour 30 minutes", statement.Words);
        Assert.Contains("Balance: minus 1 hour 30 minutes", statement.Words);
    }

    [Fact]
    public async Task An_empty_form_names_every_missing_answer_in_the_summary()
    {
        var timebank = await api.TimebankAsync(members: 1);
        var browser = await WebBrowser.SignedInAsync(api, timebank.Members[0]);
        var form = await browser.GetAsync($"/timebanks/{Uri.EscapeDataString(timebank.Id)}/record");

        var page = await browser.SubmitAsync(form, "Continue");

        Assert.StartsWith("Error: ", page.Title);
        Assert.Equal(["#direction", "#otherMemberId", "#hours", "#date-day", "#description"], page.Errors.Select(e => e.Target));
    }

    [Fact]
    public async Task A_refusal_from_the_api_is_shown_against_the_answer_it_is_about()
    {
        var timebank = await api.TimebankAsync(members: 2);
        var browser = await WebBrowser.SignedInAsync(api, timebank.Members[0]);
        var form = await browser.GetAsync($"/timebanks/{Uri.EscapeDataString(timebank.Id)}/record");
        var check = await browser.SubmitAsync(form, "Continue", Answers(timebank.Members[1].Id, new string('x', 5000)));

        var page = await browser.SubmitAsync(check, "Record exchange");

        var (target, message) = Assert.Single(page.Errors);
        Assert.Equal("#description", target);
        Assert.DoesNotContain("Exception", message, StringComparison.Ordinal);
        Assert.Empty((await timebank.Members[1].Client.RunAsync("timebank", new { organisationId = timebank.Id })).ShouldSucceed().At("timebank.exchanges.nodes").EnumerateArray());
    }

    [Fact]
    public async Task Someone_outside_the_timebank_gets_page_not_found_and_no_one_signed_out_gets_in()
    {
        var timebank = await api.TimebankAsync(members: 1);
        var outsider = await api.SignUpAsync("Outsider");
        var path = $"/timebanks/{Uri.EscapeDataString(timebank.Id)}/statement";

        var refused = await (await WebBrowser.SignedInAsync(api, outsider)).GetAsync(path);
        var anonymous = await WebBrowser.For(api).GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, refused.Status);
        Assert.DoesNotContain("Riverside", refused.Text, StringComparison.Ordinal);
        Assert.Equal("/sign-in", anonymous.Url.AbsolutePath);
        Assert.Equal(path, Uri.UnescapeDataString(anonymous.Url.Query["?returnUrl=".Length..]));
    }
}
