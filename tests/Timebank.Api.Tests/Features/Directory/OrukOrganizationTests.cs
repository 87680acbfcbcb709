using System.Net;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Directory;

/// <summary>ORUK's organizations: the groups that list current entries, each with its services, read without signing in.</summary>
public sealed class OrukOrganizationTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    private static string OrukIdOf(string globalId) => Guid.ParseExact(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(globalId)).Split(':')[1], "N").ToString();

    [Fact]
    public async Task Organizations_are_the_groups_with_current_entries_paged_as_oruk_pages_them_and_one_shows_its_services()
    {
        var group = await api.GroupAsync("Foleshill Friends");
        await group.ListAsync(DirectoryScenario.Entry());
        await group.ListAsync(DirectoryScenario.Entry(e => e["name"] = "Monday walking group"));
        var archived = (await group.ListAsync(DirectoryScenario.Entry(e => e["name"] = "Closed lunch club"))).Text("listLocalSupport.localSupport.id");
        await group.Coordinator.Client.RunAsync("archiveLocalSupport", new { input = new { localSupportId = archived } });
        var timebank = await api.TimebankAsync(1); // lists nothing in the directory

        var page = await api.OrukAsync("/oruk/organizations?per_page=100");
        var one = await api.OrukAsync($"/oruk/organizations/{group.OrukId}");
        var unlisted = await api.OrukAsync($"/oruk/organizations/{OrukIdOf(timebank.Id)}");

        Assert.Equal((HttpStatusCode.OK, "application/json"), (page.Status, page.ContentType));
        foreach (var field in new[] { "total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents" })
            Assert.NotNull(page.Body![field]);
        var ids = page.Body!["contents"]!.AsArray().Select(o => o!["id"]!.GetValue<string>()).ToList();
        Assert.Contains(group.OrukId, ids);
        Assert.DoesNotContain(OrukIdOf(timebank.Id), ids);
        Assert.Equal(HttpStatusCode.OK, one.Status);
        Assert.Equal((group.OrukId, "Foleshill Friends"), (one.Body!["id"]!.GetValue<string>(), one.Body["name"]!.GetValue<string>()));
        Assert.Equal(["Monday walking group", "Thursday craft group"], one.Body["services"]!.AsArray().Select(s => s!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal((HttpStatusCode.NotFound, "application/problem+json"), (unlisted.Status, unlisted.ContentType));
    }

    [Fact]
    public async Task An_unknown_or_malformed_organization_is_a_404_and_a_bad_page_a_400_problem()
    {
        var unknown = await api.OrukAsync($"/oruk/organizations/{Guid.NewGuid()}");
        var malformed = await api.OrukAsync("/oruk/organizations/not-an-id");
        var badPage = await api.OrukAsync("/oruk/organizations?page=0");

        Assert.Equal((HttpStatusCode.NotFound, "application/problem+json"), (unknown.Status, unknown.ContentType));
        Assert.Equal(HttpStatusCode.NotFound, malformed.Status);
        Assert.Equal((HttpStatusCode.BadRequest, "application/problem+json"), (badPage.Status, badPage.ContentType));
        Assert.Equal("page", badPage.Body!["errors"]![0]!["parameter"]!.GetValue<string>());
    }
}
