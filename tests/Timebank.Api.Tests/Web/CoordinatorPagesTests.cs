using System.Net;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Web;

/// <summary>A coordinator on the web: approving people who asked to join, everyone's balances, and the report for funders.</summary>
public sealed class CoordinatorPagesTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    [Fact]
    public async Task A_coordinator_approves_someone_asking_to_join_and_sees_every_balance()
    {
        var timebank = await api.TimebankAsync(members: 2);
        await timebank.Members[0].RecordAsync(api, timebank, timebank.Members[1], timebank.Members[0], 45);
        var newcomer = await api.SignUpAsync("Newcomer");
        await newcomer.JoinAsync(timebank.Organisation);
        var browser = await WebBrowser.SignedInAsync(api, timebank.Coordinator);

        var home = await browser.GetAsync($"/timebanks/{Uri.EscapeDataString(timebank.Id)}");
        var run = await browser.GetAsync(home.Link("Run this timebank"));
        Assert.Equal("Run this timebank", run.Heading);
        Assert.Contains("Newcomer", run.Text);
        Assert.Contains("Member 0 | minus 45 minutes | minus 45 minutes | minus 10 hours | Change limits for Member 0", run.Rows);
        Assert.Contains("Member 1 | 45 minutes | 45 minutes | minus 10 hours | Change limits for Member 1", run.Rows);

        var approved = await browser.SubmitAsync(run, "Approve");

        Assert.Contains("Newcomer is now a member.", approved.Words);
        Assert.Contains("Nobody is waiting.", approved.Words);
        var me = (await newcomer.Client.RunAsync("timebank", new { organisationId = timebank.Id })).ShouldSucceed();
        Assert.Equal(0, me.At("timebank.viewerAccount.posted").GetInt64());
    }

    [Fact]
    public async Task The_report_shows_hours_by_month_and_category_and_downloads_as_csv_that_a_spreadsheet_reads_as_text()
    {
        var timebank = await api.TimebankAsync(members: 2);
        var formula = (await timebank.Coordinator.Client.RunAsync("createCategory", new { input = new { organisationId = timebank.Id, name = "=HYPERLINK(\"x\")" } }))
            .ShouldSucceed().Text("createCategory.category.id");
        await timebank.Members[0].RecordAsync(api, timebank, timebank.Members[1], timebank.Members[0], 90, categoryId: formula);
        var browser = await WebBrowser.SignedInAsync(api, timebank.Coordinator);
        var today = api.Today();

        var report = await browser.GetAsync($"/timebanks/{Uri.EscapeDataString(timebank.Id)}/report?from={today}&to={today}");

        Assert.Equal("Timebank report", report.Heading);
        Assert.Contains("Hours exchanged | 1 hour 30 minutes", report.Rows);
        Assert.Contains("=HYPERLINK(\"x\") | 1 | 1 hour 30 minutes", report.Rows);
        Assert.NotNull(report.Document.QuerySelector("svg#chart-months title"));
        var csv = await browser.GetAsync(report.Link("Download this report as a spreadsheet (CSV)"));
        Assert.Equal("text/csv", csv.Response.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("section,name,exchanges,minutes,hours", lines[0]);
        Assert.Contains($"month,{today[..7]},1,90,1.5", lines);
        Assert.Contains("category,\"'=HYPERLINK(\"\"x\"\")\",1,90,1.5", lines);
    }

    [Fact]
    public async Task A_date_that_is_not_a_date_is_named_and_the_report_falls_back_to_the_last_twelve_months()
    {
        var timebank = await api.TimebankAsync(members: 1);
        var browser = await WebBrowser.SignedInAsync(api, timebank.Coordinator);

        var report = await browser.GetAsync($"/timebanks/{Uri.EscapeDataString(timebank.Id)}/report?from=last+spring");

        Assert.StartsWith("Error: ", report.Title);
        Assert.Equal(["#from"], report.Errors.Select(e => e.Target));
        Assert.Equal("Timebank report", report.Heading);
    }

    [Theory]
    [InlineData("coordinate")]
    [InlineData("report")]
    [InlineData("report?handler=Csv")]
    public async Task A_member_who_does_not_coordinate_gets_page_not_found(string page)
    {
        var timebank = await api.TimebankAsync(members: 1);
        var browser = await WebBrowser.SignedInAsync(api, timebank.Members[0]);

        var refused = await browser.GetAsync($"/timebanks/{Uri.EscapeDataString(timebank.Id)}/{page}");

        Assert.Equal(HttpStatusCode.NotFound, refused.Status);
        Assert.DoesNotContain("Member 0", refused.Text, StringComparison.Ordinal);
        Assert.Empty(refused.Links("Run this timebank"));
    }

    [Fact]
    public async Task A_coordinator_adds_a_member_without_email_who_then_has_an_account_and_can_be_recorded_with()
    {
        var timebank = await api.TimebankAsync(members: 1);
        var browser = await WebBrowser.SignedInAsync(api, timebank.Coordinator);
        var run = await browser.GetAsync($"/timebanks/{Uri.EscapeDataString(timebank.Id)}/coordinate");
        var form = await browser.GetAsync(run.Link("Add a member without an email address"));

        var empty = await browser.SubmitAsync(form, "Add member", new Dictionary<string, string> { ["DisplayName"] = " " });
        var added = await browser.SubmitAsync(form, "Add member", new Dictionary<string, string> { ["DisplayName"] = "Dora Assisted" });

        Assert.Equal("#displayName", Assert.Single(empty.Errors).Target);
        Assert.Equal("Run this timebank", added.Heading);
        Assert.Contains("Dora Assisted is now a member of", added.Words, StringComparison.Ordinal);
        Assert.Contains("Dora Assisted | 0 minutes | 0 minutes | minus 10 hours | Change limits for Dora Assisted", added.Rows);
        var record = await browser.GetAsync($"/timebanks/{Uri.EscapeDataString(timebank.Id)}/record");
        Assert.Contains(record.Document.QuerySelectorAll("#otherMemberId option"), o => o.TextContent.Trim() == "Dora Assisted");
    }

    [Fact]
    public async Task A_plain_member_cannot_add_members()
    {
        var timebank = await api.TimebankAsync(members: 1);
        var member = await WebBrowser.SignedInAsync(api, timebank.Members[0]);
        var path = $"/timebanks/{Uri.EscapeDataString(timebank.Id)}/coordinate/add-member";

        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(path)).Status);
        // A form the member may use gives a valid anti-forgery token, so the refusal below is the page's, not the token's.
        var form = await member.GetAsync($"/timebanks/{Uri.EscapeDataString(timebank.Id)}/listings/new");
        var token = form.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var posted = await member.PostAsync(path, [new("DisplayName", "Sneaky"), new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.NotFound, posted.Status);
        var coordinator = await WebBrowser.SignedInAsync(api, timebank.Coordinator);
        Assert.DoesNotContain("Sneaky", (await coordinator.GetAsync($"/timebanks/{Uri.EscapeDataString(timebank.Id)}/coordinate")).Text, StringComparison.Ordinal);
    }
}
