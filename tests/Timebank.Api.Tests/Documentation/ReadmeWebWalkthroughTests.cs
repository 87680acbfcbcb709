using System.Text.RegularExpressions;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Documentation;

/// <summary>
/// Follows the README's "The same in a browser" after its GraphQL walkthrough, page by page, and then checks that every
/// phrase the section puts in bold is on a page the walk visited: renaming a page's heading or link fails here.
/// </summary>
public sealed partial class ReadmeWebWalkthroughTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    private const string SectionHeading = "## The same in a browser";
    private readonly List<WebPage> _visited = [];

    [Fact]
    public async Task The_browser_walkthrough_holds_after_the_GraphQL_one()
    {
        await ReadmeWalkthroughTests.RunGraphQLBlocksAsync(api);
        var section = Section();
        var browser = WebBrowser.For(api);

        var directory = await Visit(browser, "/");
        var signIn = await Visit(browser, directory.Link("Sign in"));
        var home = await SignInAs(browser, signIn, "Bob", section);
        var timebank = await Visit(browser, home.Link("Riverside Timebank"));
        Assert.Contains("Your balance 1 hour 30 minutes", timebank.Words, StringComparison.Ordinal);
        var statement = await Visit(browser, timebank.Link("Your statement"));
        Assert.Contains("Gardening", statement.Words, StringComparison.Ordinal);
        var record = await Visit(browser, timebank.Link("Record an exchange"));
        var ann = record.Document.QuerySelectorAll("#otherMemberId option").Single(o => o.TextContent.Trim() == "Ann").GetAttribute("value")!;
        var today = api.Clock.GetCurrentInstant().InUtc().Date;
        _visited.Add(await browser.SubmitAsync(record, "Continue", new Dictionary<string, string>
        {
            ["Answers.Direction"] = "gave",
            ["Answers.OtherMemberId"] = ann,
            ["Answers.Hours"] = "0",
            ["Answers.Minutes"] = "30",
            ["Answers.Day"] = $"{today.Day}",
            ["Answers.Month"] = $"{today.Month}",
            ["Answers.Year"] = $"{today.Year}",
            ["Answers.Description"] = "Shopping",
        }));

        var signOut = await Visit(browser, timebank.Link("Sign out"));
        _visited.Add(await browser.SubmitAsync(signOut, "Sign out"));
        home = await SignInAs(browser, await Visit(browser, "/sign-in"), "Ann", section);
        var coordinate = await Visit(browser, (await Visit(browser, home.Link("Riverside Timebank"))).Link("Run this timebank"));
        Assert.Contains(coordinate.Rows, row => row.StartsWith("Bob", StringComparison.Ordinal) && row.Contains("1 hour 30 minutes", StringComparison.Ordinal));
        var report = await Visit(browser, coordinate.Link("Report: hours by month and by category"));
        using var csv = await browser.Http.GetAsync(report.Link("Download this report as a spreadsheet (CSV)"));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);

        var newcomer = WebBrowser.For(api);
        var create = await Visit(newcomer, (await Visit(newcomer, "/sign-in")).Link("Create an account"));
        _visited.Add(await newcomer.SubmitAsync(create, "Create account", new Dictionary<string, string>
        {
            ["displayName"] = "Cat",
            ["email"] = "cat@example.org",
            ["password"] = "a third long passphrase",
        }));
        Assert.Contains("Ask to join Riverside Timebank", _visited[^1].Words, StringComparison.Ordinal);

        var unseen = Bold().Matches(section).Select(m => m.Groups["phrase"].Value).Where(p => !_visited.Any(page => page.Words.Contains(p, StringComparison.Ordinal)));
        Assert.Empty(unseen);
    }

    private async Task<WebPage> Visit(WebBrowser browser, string url)
    {
        var page = await browser.GetAsync(url);
        _visited.Add(page);
        return page;
    }

    /// <summary>Signs in with the email and passphrase the README gives for <paramref name="name"/>, as "as Bob (`email`, `passphrase`)".</summary>
    private async Task<WebPage> SignInAs(WebBrowser browser, WebPage signIn, string name, string section)
    {
        var credentials = Regex.Match(section, $@"as {name} \(`(?<email>[^`]+)`, `(?<password>[^`]+)`\)");
        Assert.True(credentials.Success, $"The README's browser section gives no email and passphrase for {name}.");
        var home = await browser.SubmitAsync(signIn, "Sign in", new Dictionary<string, string>
        {
            ["email"] = credentials.Groups["email"].Value,
            ["password"] = credentials.Groups["password"].Value,
        });
        _visited.Add(home);
        Assert.Equal("Your services", home.Heading);
        return home;
    }

    private static string Section()
    {
        var readme = File.ReadAllText(ReadmeWalkthrough.Path);
        var start = readme.IndexOf(SectionHeading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"README.md has no '{SectionHeading}'.");
        var end = readme.IndexOf("\n## ", start + SectionHeading.Length, StringComparison.Ordinal);
        // Line breaks inside a bold phrase are spaces on the page.
        return Regex.Replace(readme[start..(end < 0 ? readme.Length : end)], @"\s*\n\s*", " ");
    }

    [GeneratedRegex(@"\*\*(?<phrase>[^*]+)\*\*")]
    private static partial Regex Bold();
}
