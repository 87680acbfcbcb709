using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Directory;

/// <summary>What anyone, not signed in, can and cannot do with the directory; and the owning group's view of freshness.</summary>
public sealed class DirectoryAccessTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    [Fact]
    public async Task An_anonymous_reader_searches_the_directory_but_changes_nothing_and_sees_no_group_internals()
    {
        var group = await api.GroupAsync();
        var id = (await group.ListAsync(DirectoryScenario.Entry())).Text("listLocalSupport.localSupport.id");
        var anonymous = api.CreateGraphQLClient();

        var read = (await anonymous.RunAsync("localSupports", new { filter = new { area = "CV6" } })).ShouldSucceed();
        var list = await anonymous.RunAsync("listLocalSupport", new { input = new { organisationId = group.Organisation.Id, service = DirectoryScenario.Entry() } });
        var archive = await anonymous.RunAsync("archiveLocalSupport", new { input = new { localSupportId = id } });
        var toConfirm = await anonymous.RunAsync("localSupportsToConfirm", new { organisationId = group.Organisation.Id });
        var members = await anonymous.PostAsync("query($id: ID!) { organisation(id: $id) { name members { totalCount } } }", new { id = group.Organisation.Id });
        var writeOverRest = await api.CreateClient().PostAsync(new Uri("/oruk/services", UriKind.Relative), DirectoryScenario.Json(new { name = "x" }));

        Assert.Equal("Thursday craft group", read.Text("localSupports.nodes.0.name"));
        Assert.Equal(JsonValueKind.Null, read.At("localSupports.nodes.0.needsConfirmation").ValueKind);
        Assert.Contains("NOT_AUTHENTICATED", list.ErrorCodes);
        Assert.Contains("NOT_AUTHENTICATED", archive.ErrorCodes);
        Assert.Contains("NOT_AUTHENTICATED", toConfirm.ErrorCodes);
        Assert.Contains("NOT_AUTHENTICATED", members.ErrorCodes);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, writeOverRest.StatusCode);
        Assert.Equal(1, await api.EntriesAsync(group));
    }

    [Fact]
    public async Task Entries_not_confirmed_for_twelve_months_are_flagged_to_their_own_group_only()
    {
        var group = await api.GroupAsync();
        var other = await api.GroupAsync("Another Group");
        var services = DirectoryScenario.Services(DirectoryScenario.Fixture);
        foreach (var service in services)
            service!["id"] = Guid.NewGuid().ToString();
        await group.ImportAsync(services.ToJsonString());

        var stale = (await group.Coordinator.Client.RunAsync("localSupportsToConfirm", new { organisationId = group.Organisation.Id })).ShouldSucceed();
        var refused = await other.Coordinator.Client.RunAsync("localSupportsToConfirm", new { organisationId = group.Organisation.Id });
        var cafe = stale.Text("localSupportsToConfirm.nodes.0.id");
        var confirmed = (await group.Coordinator.Client.RunAsync("confirmLocalSupport", new { input = new { localSupportId = cafe } })).ShouldSucceed();
        var afterwards = (await group.Coordinator.Client.RunAsync("localSupportsToConfirm", new { organisationId = group.Organisation.Id })).ShouldSucceed();

        Assert.Equal(["Carers' café"], stale.At("localSupportsToConfirm.nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()));
        Assert.True(stale.At("localSupportsToConfirm.nodes.0.needsConfirmation").GetBoolean());
        Assert.Contains("NOT_ALLOWED", refused.ErrorCodes);
        Assert.Equal(api.Today().ToString(), confirmed.Text("confirmLocalSupport.localSupport.assuredDate"));
        Assert.False(confirmed.At("confirmLocalSupport.localSupport.needsConfirmation").GetBoolean());
        Assert.Equal(0, afterwards.At("localSupportsToConfirm.totalCount").GetInt32());
    }

    [Fact]
    public async Task Every_path_of_the_served_openapi_document_answers_and_the_root_names_the_standard()
    {
        var group = await api.GroupAsync("OpenAPI Group");
        var services = DirectoryScenario.Services(DirectoryScenario.Fixture);
        foreach (var service in services)
            service!["id"] = Guid.NewGuid().ToString();
        foreach (var sal in services.SelectMany(s => s!["service_at_locations"]!.AsArray()))
            sal!["id"] = Guid.NewGuid().ToString();
        await group.ImportAsync(services.ToJsonString());
        var root = await api.OrukAsync("/oruk/");
        var document = await api.OrukAsync("/oruk/openapi.json");
        var ids = new Dictionary<string, string>
        {
            ["/services/{id}"] = services[0]!["id"]!.GetValue<string>(),
            ["/service_at_locations/{id}"] = services[0]!["service_at_locations"]![0]!["id"]!.GetValue<string>(),
            ["/taxonomy_terms/{id}"] = services[0]!["attributes"]![0]!["taxonomy_term_id"]!.GetValue<string>(),
            ["/organizations/{id}"] = group.OrukId,
        };

        Assert.Equal("HSDS-UK-3.0", root.Body!["version"]!.GetValue<string>());
        Assert.EndsWith("/oruk/openapi.json", root.Body["openapi_url"]!.GetValue<string>(), StringComparison.Ordinal);
        var paths = document.Body!["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/services", paths);
        foreach (var path in paths.Where(p => p != "/taxonomies/{id}"))
        {
            var url = "/oruk" + (ids.TryGetValue(path, out var id) ? path.Replace("{id}", id, StringComparison.Ordinal) : path);
            var answer = await api.OrukAsync(url);
            Assert.True(answer.Status == HttpStatusCode.OK, $"{url} answered {(int)answer.Status}");
        }
        Assert.Equal(HttpStatusCode.NotFound, (await api.OrukAsync($"/oruk/taxonomies/{Guid.NewGuid()}")).Status);
        var located = await api.OrukAsync($"/oruk/service_at_locations?organization_id={group.OrukId}&proximity=2000&latitude=52.4068&longitude=-1.5197");
        Assert.Equal(3, located.Body!["contents"]!.AsArray().Count);
        Assert.IsType<JsonObject>(located.Body["contents"]![0]!["service"]);
    }
}
