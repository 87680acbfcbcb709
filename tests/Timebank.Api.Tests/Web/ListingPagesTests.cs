using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Web;

/// <summary>Offers and requests on the web: members post, browse, search and take down their own; nobody else sees them.</summary>
public sealed class ListingPagesTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    private static string Path(TestTimebank timebank, string rest = "") => $"/timebanks/{Uri.EscapeDataString(timebank.Id)}/listings{rest}";

    [Fact]
    public async Task A_member_posts_an_offer_another_member_finds_it_and_only_its_author_may_take_it_down()
    {
        var timebank = await api.TimebankAsync(members: 2);
        var ann = await WebBrowser.SignedInAsync(api, timebank.Members[0]);
        var bob = await WebBrowser.SignedInAsync(api, timebank.Members[1]);

        var listings = await ann.GetAsync((await ann.GetAsync($"/timebanks/{Uri.EscapeDataString(timebank.Id)}")).Link("Offers and requests"));
        var form = await ann.GetAsync(listings.Link("Post an offer or request"));
        var posted = await ann.SubmitAsync(form, "Post it", new Dictionary<string, string>
        {
            ["Kind"] = "offer",
            ["Title"] = "Help with gardening",
            ["Details"] = "Weekday mornings",
            ["Area"] = "CV1",
        });
        await ann.SubmitAsync(await ann.GetAsync(Path(timebank, "/new")), "Post it", new Dictionary<string, string> { ["Kind"] = "request", ["Title"] = "A lift to the shops" });

        Assert.Equal("Offers and requests", posted.Heading);
        Assert.Contains("Your offer “Help with gardening” is posted.", posted.Words, StringComparison.Ordinal);
        var seen = await bob.GetAsync(Path(timebank, "?q=garden"));
        Assert.Contains("Offers (1) Help with gardening Weekday mornings Member 0,", seen.Words, StringComparison.Ordinal);
        Assert.Contains("Requests (0) No requests match “garden”.", seen.Words, StringComparison.Ordinal);
        Assert.DoesNotContain(seen.Document.QuerySelectorAll("button"), b => b.TextContent.StartsWith("Take down", StringComparison.Ordinal));

        var mine = await ann.GetAsync(Path(timebank));
        Assert.Contains("Requests (1) A lift to the shops You,", mine.Words, StringComparison.Ordinal);
        var down = await ann.SubmitAsync(mine, "Take down");
        Assert.Contains("“Help with gardening” has been taken down.", down.Words, StringComparison.Ordinal);
        Assert.Contains("Offers (0)", (await bob.GetAsync(Path(timebank))).Words, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Leaving_out_the_kind_or_the_title_names_each_and_posts_nothing()
    {
        var timebank = await api.TimebankAsync(members: 1);
        var ann = await WebBrowser.SignedInAsync(api, timebank.Members[0]);

        var page = await ann.SubmitAsync(await ann.GetAsync(Path(timebank, "/new")), "Post it", new Dictionary<string, string> { ["Title"] = "   " });

        Assert.Equal(["#kind", "#title"], page.Errors.Select(e => e.Target));
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        Assert.Contains("Offers (0)", (await ann.GetAsync(Path(timebank))).Words, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_title_longer_than_the_API_allows_comes_back_with_the_APIs_message_on_the_title()
    {
        var timebank = await api.TimebankAsync(members: 1);
        var ann = await WebBrowser.SignedInAsync(api, timebank.Members[0]);

        var page = await ann.SubmitAsync(await ann.GetAsync(Path(timebank, "/new")), "Post it", new Dictionary<string, string> { ["Kind"] = "offer", ["Title"] = new string('x', 200) });

        var (target, message) = Assert.Single(page.Errors);
        Assert.Equal("#title", target);
        Assert.Contains("120", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_outside_the_timebank_gets_the_page_that_is_not_there()
    {
        var timebank = await api.TimebankAsync(members: 1);
        var outsider = await WebBrowser.SignedInAsync(api, await api.SignUpAsync("Outsider"));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await outsider.GetAsync(Path(timebank))).Status);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await outsider.GetAsync(Path(timebank, "/new"))).Status);
        Assert.Equal("/sign-in", (await WebBrowser.For(api).GetAsync(Path(timebank))).Url.AbsolutePath);
    }
}
