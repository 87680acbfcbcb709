using System.Net;
using System.Text.Json.Nodes;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Directory;

/// <summary>Issue 12's directory sentence: an ORUK 3.0 export round-trips, and a search finds a free service open on Tuesday afternoon within 2 km.</summary>
public sealed class DirectoryStoryTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    // Where the fixture's entries are not ours to compare: who publishes them (the importing group) and when they were written here.
    private static readonly string[] Rewritten = ["organization", "organization_id", "last_modified"];

    [Fact]
    public async Task An_oruk_export_round_trips_and_a_search_finds_the_free_service_open_on_tuesday_afternoon_within_2_km()
    {
        var group = await api.GroupAsync();
        var input = DirectoryScenario.Services(DirectoryScenario.Fixture);

        var first = await group.ImportAsync(DirectoryScenario.Fixture);
        var again = await group.ImportAsync(DirectoryScenario.Fixture);
        var anonymous = api.CreateGraphQLClient();
        var search = (await anonymous.RunAsync("localSupports", new
        {
            filter = new { freeOnly = true, openAt = new { day = "TUESDAY", time = "14:00" }, near = new { latitude = 52.4068, longitude = -1.5197, km = 2.0 } },
        })).ShouldSucceed();
        var rest = await api.OrukAsync($"/oruk/services?organization_id={group.OrukId}&day=Tuesday&start_time=14:00&end_time=15:00");

        Assert.Equal((4, 0, 4), (first.At("importLocalSupports.created").GetInt32(), first.At("importLocalSupports.updated").GetInt32(), first.At("importLocalSupports.newTaxonomyTerms").GetInt32()));
        Assert.Equal((0, 4), (again.At("importLocalSupports.created").GetInt32(), again.At("importLocalSupports.updated").GetInt32()));
        Assert.Equal(4, await api.EntriesAsync(group));
        foreach (var service in input)
        {
            var served = await api.OrukAsync($"/oruk/services/{service!["id"]}");
            Assert.Equal(HttpStatusCode.OK, served.Status);
            Assert.Equal(group.OrukId, served.Body!["organization"]!["id"]!.GetValue<string>());
            Assert.True(JsonNode.DeepEquals(Without(service, Rewritten), Without(served.Body, Rewritten)), $"expected {service.ToJsonString()}\nserved {served.Body.ToJsonString()}");
        }
        Assert.Equal(["Tuesday peer support drop-in"], search.At("localSupports.nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()));
        Assert.Equal(1, search.At("localSupports.totalCount").GetInt32());
        Assert.Equal(JsonValueKindNull, search.At("localSupports.nodes.0.needsConfirmation").ValueKind);
        Assert.Equal(["Tuesday peer support drop-in", "Benefits advice surgery", "Carers' café"],
            rest.Body!["contents"]!.AsArray().Select(s => s!["name"]!.GetValue<string>()));
        Assert.Equal("*", rest.Response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Text_search_ranks_names_first_filters_combine_and_search_syntax_is_only_words()
    {
        var group = await api.GroupAsync("Earlsdon Carers");
        await group.ListAsync(DirectoryScenario.Entry(e => (e["name"], e["description"]) = ("Gardening club", "Growing vegetables together; knitting on rainy days.")));
        await group.ListAsync(DirectoryScenario.Entry(e => (e["name"], e["description"]) = ("Knitting circle", "Bring your own wool.")));
        var anonymous = api.CreateGraphQLClient();

        var knitting = (await anonymous.RunAsync("localSupports", new { filter = new { text = "knitting CV6" } })).ShouldSucceed();
        var byWords = (await anonymous.RunAsync("localSupports", new { filter = new { text = "knitting", area = "CV6 5AR", age = 30, format = "PHYSICAL" } })).ShouldSucceed();
        var tooYoung = (await anonymous.RunAsync("localSupports", new { filter = new { text = "knitting", age = 12 } })).ShouldSucceed();
        var operators = (await anonymous.RunAsync("localSupports", new { filter = new { text = "\"wool* (" } })).ShouldSucceed();

        Assert.Equal(0, knitting.At("localSupports.totalCount").GetInt32());
        Assert.Equal(["Knitting circle", "Gardening club"], byWords.At("localSupports.nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()));
        Assert.Equal(0, tooYoung.At("localSupports.totalCount").GetInt32());
        Assert.Equal(["Knitting circle"], operators.At("localSupports.nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()));
    }

    private static readonly System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    private static JsonObject Without(JsonNode node, string[] keys)
    {
        var copy = node.DeepClone().AsObject();
        foreach (var key in keys)
            copy.Remove(key);
        return copy;
    }
}
