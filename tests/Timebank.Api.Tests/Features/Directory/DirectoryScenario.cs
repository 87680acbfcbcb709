using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Directory;

/// <summary>A user-led group with a coordinator, the Coventry fixture (a published-shape ORUK 3.0 export), and REST helpers.</summary>
public sealed record DirectoryGroup(TestMember Coordinator, TestOrganisation Organisation)
{
    /// <summary>The organisation's ORUK id: the Guid inside its global id.</summary>
    public string OrukId => Guid.ParseExact(Encoding.UTF8.GetString(Convert.FromBase64String(Organisation.Id)).Split(':')[1], "N").ToString();
}

public static class DirectoryScenario
{
    public static string FixturePath => Path.Combine(Operations.RepositoryRoot, "tests", "Timebank.Api.Tests", "Features", "Directory", "Fixtures", "coventry-local-supports.json");

    public static string Fixture => File.ReadAllText(FixturePath);

    public static async Task<DirectoryGroup> GroupAsync(this TimebankApiFactory api, string name = "Coventry Peer Voices")
    {
        var coordinator = await api.SignUpAsync("Group Coordinator");
        return new DirectoryGroup(coordinator, await coordinator.CreateOrganisationAsync(name, "USER_LED_GROUP"));
    }

    public static async Task<GraphQLResult> ImportAsync(this DirectoryGroup group, string document)
        => (await group.Coordinator.Client.RunAsync("importLocalSupports", new { input = new { organisationId = group.Organisation.Id, document } })).ShouldSucceed();

    public static async Task<GraphQLResult> ListAsync(this DirectoryGroup group, object service, TestMember? by = null)
        => (await (by ?? group.Coordinator).Client.RunAsync("listLocalSupport", new { input = new { organisationId = group.Organisation.Id, service } })).ShouldSucceed();

    /// <summary>A GET on the ORUK API with no credentials: the body, its status and content type.</summary>
    public static async Task<(System.Net.HttpStatusCode Status, string? ContentType, JsonNode? Body, HttpResponseMessage Response)> OrukAsync(this TimebankApiFactory api, string pathAndQuery)
    {
        using var client = api.CreateClient();
        var response = await client.GetAsync(new Uri(pathAndQuery, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, text.Length == 0 ? null : JsonNode.Parse(text), response);
    }

    /// <summary>How many entries the group has in the directory, as the ORUK feed counts them.</summary>
    public static async Task<int> EntriesAsync(this TimebankApiFactory api, DirectoryGroup group)
        => (await api.OrukAsync($"/oruk/services?organization_id={group.OrukId}")).Body!["total_items"]!.GetValue<int>();

    /// <summary>A complete entry in GraphQL's shape, changed by <paramref name="change"/>.</summary>
    public static Dictionary<string, object?> Entry(Action<Dictionary<string, object?>>? change = null)
    {
        var entry = new Dictionary<string, object?>
        {
            ["name"] = "Thursday craft group",
            ["description"] = "Knitting, sewing and a chat.",
            ["status"] = "active",
            ["minimumAge"] = 18,
            ["schedules"] = new[] { new { freq = "WEEKLY", byDay = "TH", opensAt = "10:00", closesAt = "12:00" } },
            ["costOptions"] = new[] { new { option = "Materials", amount = 2.5m } },
            ["serviceAtLocations"] = new[] { new { name = "Foleshill Community Centre", latitude = 52.4290, longitude = -1.4990, addresses = new[] { new { address1 = "Broad Street", city = "Coventry", stateProvince = "West Midlands", postalCode = "cv6 5ar" } } } },
            ["serviceAreas"] = new[] { new { name = "CV6", serviceArea = "Foleshill" } },
        };
        change?.Invoke(entry);
        return entry;
    }

    public static JsonArray Services(string json) => JsonNode.Parse(json)!.AsArray();

    public static HttpContent Json(object value) => JsonContent.Create(value);
}
