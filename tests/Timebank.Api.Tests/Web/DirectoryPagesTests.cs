using System.Net;
using Timebank.Api.Tests.Features.Directory;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Web;

/// <summary>The start page: anyone searches the directory and opens a support's page, with no account and no script.</summary>
public sealed class DirectoryPagesTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    private async Task<string> ListCraftGroupAsync()
    {
        var group = await api.GroupAsync("Foleshill Makers " + Guid.NewGuid().ToString("N")[..6]);
        var listed = await group.ListAsync(DirectoryScenario.Entry(e => e["name"] = "Thursday craft group"));
        return listed.Text("listLocalSupport.localSupport.id")!;
    }

    [Fact]
    public async Task Anyone_finds_a_support_by_words_and_opens_its_page()
    {
        var id = await ListCraftGroupAsync();
        var browser = WebBrowser.For(api);

        var start = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, start.Status);
        Assert.Equal("Find local support", start.Heading);
        Assert.Equal("en", start.Document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Beta", start.Document.QuerySelector(".govuk-phase-banner")!.TextContent);

        var results = await browser.SubmitAsync(start, "Search", new Dictionary<string, string> { ["q"] = "knitting" });
        var link = results.Link("Thursday craft group");
        Assert.Equal($"/supports/{Uri.EscapeDataString(id)}", link);

        var page = await browser.GetAsync(link);
        Assert.Equal("Thursday craft group", page.Heading);
        Assert.Contains("£2.50 Materials", page.Text);
        Assert.Contains("Thursday, 10am to midday", page.Text);
        Assert.Contains("CV6 5AR", page.Text);
        Assert.Contains("Ages 18 and over", page.Text);
    }

    [Fact]
    public async Task Filters_for_free_and_open_on_a_day_narrow_the_results()
    {
        await ListCraftGroupAsync();
        var browser = WebBrowser.For(api);

        var thursday = await browser.GetAsync("/?q=craft&day=TH");
        Assert.Contains(thursday.Links("Thursday craft group"), _ => true);
        var monday = await browser.GetAsync("/?q=craft&day=MO");
        Assert.Empty(monday.Links("Thursday craft group"));
        var free = await browser.GetAsync("/?q=craft&free=true");
        Assert.Empty(free.Links("Thursday craft group"));
        var atTen = await browser.GetAsync("/?q=craft&day=TH&time=10:30");
        Assert.NotEmpty(atTen.Links("Thursday craft group"));
        var atOne = await browser.GetAsync("/?q=craft&day=TH&time=13:00");
        Assert.Empty(atOne.Links("Thursday craft group"));
    }

    [Fact]
    public async Task A_time_that_is_not_one_gets_the_error_summary_and_an_inline_error()
    {
        var browser = WebBrowser.For(api);

        var page = await browser.GetAsync("/?day=MO&time=25:99");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.StartsWith("Error: ", page.Title);
        var (target, message) = Assert.Single(page.Errors);
        Assert.Equal("#time", target);
        Assert.Equal("Enter a time as hours and minutes, like 14:30", message);
        Assert.Contains("govuk-input--error", page.Document.GetElementById("time")!.ClassName);
        Assert.Equal("time-error", page.Document.GetElementById("time")!.GetAttribute("aria-describedby")!.Split(' ')[^1]);
    }

    [Fact]
    public async Task A_support_that_does_not_exist_is_a_404_page()
    {
        var browser = WebBrowser.For(api);

        var page = await browser.GetAsync("/supports/" + Uri.EscapeDataString(Convert.ToBase64String("LocalSupport:00000000000000000000000000000000"u8.ToArray())));

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Page not found", page.Heading);
    }

    [Fact]
    public async Task Assets_are_served_compressed_with_a_content_hash_and_kept_a_year()
    {
        var browser = WebBrowser.For(api);
        var start = await browser.GetAsync("/");
        var css = start.Document.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Matches(@"^/assets/timebank\.css\?v=[0-9a-f]{12}$", css);

        using var request = new HttpRequestMessage(HttpMethod.Get, css);
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var response = await browser.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Contains("immutable", response.Headers.CacheControl!.ToString());
        Assert.True(response.Content.Headers.ContentLength < 150 * 1024);
    }
}
