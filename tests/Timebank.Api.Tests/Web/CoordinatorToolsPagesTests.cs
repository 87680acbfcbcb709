using System.Net;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Web;

/// <summary>A coordinator's tools on the web: recording between two members, reversing an exchange and setting limits.</summary>
public sealed class CoordinatorToolsPagesTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    private static string Path(TestTimebank timebank, string rest) => $"/timebanks/{Uri.EscapeDataString(timebank.Id)}/{rest}";

    private Dictionary<string, string> Exchange(TestMember giver, TestMember receiver)
    {
        var today = DateOnly.ParseExact(api.Today(), "yyyy-MM-dd", null);
        return new()
        {
            ["Answers.GiverId"] = giver.Id,
            ["Answers.ReceiverId"] = receiver.Id,
            ["Answers.Hours"] = "2",
            ["Answers.Minutes"] = "15",
            ["Answers.Day"] = today.Day.ToString(null, null),
            ["Answers.Month"] = today.Month.ToString(null, null),
            ["Answers.Year"] = today.Year.ToString(null, null),
            ["Answers.Description"] = "Shopping trip",
        };
    }

    [Fact]
    public async Task A_coordinator_records_between_two_members_after_checking_and_a_repeated_post_moves_the_hours_once()
    {
        var timebank = await api.TimebankAsync(members: 2);
        var browser = await WebBrowser.SignedInAsync(api, timebank.Coordinator);
        var form = await browser.GetAsync((await browser.GetAsync(Path(timebank, "coordinate"))).Link("Record an exchange between two members"));
        Assert.Equal("Record an exchange between two members", form.Heading);

        var same = await browser.SubmitAsync(form, "Continue", new Dictionary<string, string>(Exchange(timebank.Members[0], timebank.Members[1])) { ["Answers.ReceiverId"] = timebank.Members[0].Id });
        Assert.Equal([("#receiverId", "Select someone other than the member who gave the help")], same.Errors);
        var check = await browser.SubmitAsync(form, "Continue", Exchange(timebank.Members[0], timebank.Members[1]));
        Assert.Equal("Check your answers before recording the exchange", check.Heading);
        Assert.Contains("Gave help | Member 0 | Change who gave help", check.Rows);
        Assert.Contains("Received help | Member 1 | Change who received help", check.Rows);
        Assert.Contains("Member 0 earns 2 hours 15 minutes and Member 1 spends them as soon as you record it.", check.Words, StringComparison.Ordinal);
        var values = WebBrowser.FormValues(check.Form());
        var recorded = await browser.SubmitAsync(check, "Record exchange");
        await browser.PostAsync(check.Url.AbsolutePath + "?handler=Record", values);

        Assert.Contains("2 hours 15 minutes given by Member 0 to Member 1. The hours have moved.", recorded.Words, StringComparison.Ordinal);
        Assert.Equal(135, await timebank.Members[0].PostedAsync(timebank));
        Assert.Equal(-135, await timebank.Members[1].PostedAsync(timebank));
    }

    [Fact]
    public async Task A_coordinator_reverses_an_exchange_once_with_a_reason_and_it_cannot_be_reversed_again()
    {
        var timebank = await api.TimebankAsync(members: 2);
        await timebank.Members[1].RecordAsync(api, timebank, timebank.Members[0], timebank.Members[1], 60, description: "Dog walking");
        var browser = await WebBrowser.SignedInAsync(api, timebank.Coordinator);
        var exchanges = await browser.GetAsync((await browser.GetAsync(Path(timebank, "coordinate"))).Link("Exchanges: reverse one"));
        Assert.Contains(exchanges.Rows, r => r.StartsWith(DateLabel() + " | Member 0 | Member 1 | Dog walking | 1 hour | Hours moved | Reverse", StringComparison.Ordinal));

        var reverse = await browser.GetAsync(exchanges.Link("Reverse"));
        Assert.Equal("Reverse this exchange", reverse.Heading);
        Assert.Contains("1 hour will go back from Member 0 to Member 1.", reverse.Words, StringComparison.Ordinal);
        var noReason = await browser.SubmitAsync(reverse, "Reverse exchange", new Dictionary<string, string> { ["Reason"] = " " });
        Assert.Equal([("#reason", "Say why the exchange is being reversed")], noReason.Errors);
        var values = WebBrowser.Fill(reverse.Form(), new Dictionary<string, string> { ["Reason"] = "Recorded twice" });
        var reversed = await browser.SubmitAsync(reverse, "Reverse exchange", new Dictionary<string, string> { ["Reason"] = "Recorded twice" });
        var again = await browser.PostAsync(reverse.Url.AbsolutePath, values);

        Assert.Contains("Reversed. 1 hour went back from Member 0 to Member 1.", reversed.Words, StringComparison.Ordinal);
        Assert.Contains("Reversed. 1 hour went back from Member 0 to Member 1.", again.Words, StringComparison.Ordinal);
        Assert.Equal(0, await timebank.Members[0].PostedAsync(timebank));
        Assert.Equal(0, await timebank.Members[1].PostedAsync(timebank));
        Assert.Contains(reversed.Rows, r => r.Contains("| Dog walking | 1 hour | Reversed |", StringComparison.Ordinal));
        Assert.Contains(reversed.Rows, r => r.Contains($"Reverses the exchange of {DateLabel()}", StringComparison.Ordinal));
        Assert.Empty(reversed.Links("Reverse"));
        var later = await browser.GetAsync(reverse.Url.AbsolutePath);
        Assert.Contains("This exchange cannot be reversed: reversed.", later.Words, StringComparison.Ordinal);
        Assert.Null(later.Document.QuerySelector("#reason"));
    }

    [Fact]
    public async Task A_coordinator_sets_limits_where_empty_is_no_limit_and_the_defaults_can_be_put_back()
    {
        var timebank = await api.TimebankAsync(members: 1);
        var browser = await WebBrowser.SignedInAsync(api, timebank.Coordinator);
        var limits = await browser.GetAsync((await browser.GetAsync(Path(timebank, "coordinate"))).Link("Change limits for Member 0"));
        Assert.Equal("Limits for Member 0", limits.Heading);
        Assert.Contains("New members here start with: can owe up to 10 hours", limits.Words, StringComparison.Ordinal);
        Assert.Equal("10", limits.Document.QuerySelector("#owe")?.GetAttribute("value"));

        var backwards = await browser.SubmitAsync(limits, "Save limits", new Dictionary<string, string> { ["Answers.Owe.Hours"] = "2", ["Answers.Owe.Minutes"] = "0", ["Answers.WarnOwe.Hours"] = "3" });
        Assert.Equal([("#warn-owe", "The warning must come before the limit: 2 hours or less")], backwards.Errors);
        var bad = await browser.SubmitAsync(limits, "Save limits", new Dictionary<string, string> { ["Answers.Hold.Hours"] = "two" });
        Assert.Equal("#hold", Assert.Single(bad.Errors).Target);

        var saved = await browser.SubmitAsync(limits, "Save limits", new Dictionary<string, string>
        {
            ["Answers.Owe.Hours"] = "2",
            ["Answers.Owe.Minutes"] = "30",
            ["Answers.WarnOwe.Hours"] = "1",
            ["Answers.WarnOwe.Minutes"] = "",
            ["Answers.Hold.Hours"] = "",
            ["Answers.Hold.Minutes"] = "",
        });
        Assert.Contains("Limits saved for Member 0: can owe up to 2 hours 30 minutes, no most they can hold.", saved.Words, StringComparison.Ordinal);
        Assert.Contains("Member 0 | 0 minutes | 0 minutes | minus 2 hours 30 minutes | Change limits for Member 0", saved.Rows);
        var account = await timebank.Members[0].AccountAsync(timebank);
        Assert.Equal(-150, account.GetProperty("floor").GetInt64());
        Assert.Equal(-60, account.GetProperty("warnBelow").GetInt64());

        var none = await browser.SubmitAsync(await browser.GetAsync(limits.Url.AbsolutePath), "Save limits", new Dictionary<string, string> { ["Answers.Owe.Hours"] = "", ["Answers.Owe.Minutes"] = "" });
        Assert.Contains("Member 0 | 0 minutes | 0 minutes | No limit | Change limits for Member 0", none.Rows);
        var defaults = await browser.SubmitAsync(await browser.GetAsync(limits.Url.AbsolutePath), "Use the timebank’s defaults");
        Assert.Contains("Member 0 | 0 minutes | 0 minutes | minus 10 hours | Change limits for Member 0", defaults.Rows);
    }

    [Fact]
    public async Task Only_the_timebanks_coordinator_reaches_its_tools_and_another_timebanks_account_or_exchange_is_not_found()
    {
        var timebank = await api.TimebankAsync(members: 2);
        await timebank.Coordinator.RecordAsync(api, timebank, timebank.Members[0], timebank.Members[1], 30);
        var coordinator = await WebBrowser.SignedInAsync(api, timebank.Coordinator);
        var reverse = (await coordinator.GetAsync(Path(timebank, "coordinate/exchanges"))).Link("Reverse");
        var limits = (await coordinator.GetAsync(Path(timebank, "coordinate"))).Link("Change limits for Member 0");
        var member = await WebBrowser.SignedInAsync(api, timebank.Members[0]);
        foreach (var path in new[] { Path(timebank, "coordinate/exchanges"), reverse, limits, Path(timebank, "record?between=true") })
        {
            var refused = await member.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, refused.Status);
            Assert.DoesNotContain("Member 1", refused.Text, StringComparison.Ordinal);
        }

        var other = await api.TimebankAsync(members: 1);
        var elsewhere = await WebBrowser.SignedInAsync(api, other.Coordinator);
        var otherId = Uri.EscapeDataString(other.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync(reverse.Replace(Uri.EscapeDataString(timebank.Id), otherId, StringComparison.Ordinal))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync(limits.Replace(Uri.EscapeDataString(timebank.Id), otherId, StringComparison.Ordinal))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync(reverse)).Status);
        Assert.Equal(30, await timebank.Members[0].PostedAsync(timebank));
        var accountId = await timebank.Members[0].AccountIdAsync(timebank);
        var held = (await timebank.Coordinator.Client.RunAsync("accountLimits", new { organisationId = timebank.Id, accountId })).ShouldSucceed();
        Assert.Equal(timebank.Id, held.Text("account.heldIn.id"));
    }

    private string DateLabel() => DateOnly.ParseExact(api.Today(), "yyyy-MM-dd", null).ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
