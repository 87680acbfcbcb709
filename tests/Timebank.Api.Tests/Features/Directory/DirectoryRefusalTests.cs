using System.Net;
using System.Text.Json;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Directory;

/// <summary>Issue 12 item 7: each kind of bad input is its own typed error at its ORUK path (REST: a 400 problem document), and nothing is written.</summary>
public sealed class DirectoryRefusalTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    public static TheoryData<string, string, string> BadEntries => new()
    {
        { "unknown term", "UNKNOWN_TAXONOMY_TERM", "attributes[0].taxonomy_term_id" },
        { "schedule", "SCHEDULE_DOES_NOT_PARSE", "schedules[0].byday" },
        { "ages", "AGE_RANGE_UPSIDE_DOWN", "maximum_age" },
        { "cost", "NEGATIVE_COST", "cost_options[0].amount" },
        { "postcode", "NOT_A_POSTCODE", "service_at_locations[0].location.addresses[0].postal_code" },
        { "latitude", "COORDINATE_OUT_OF_RANGE", "service_at_locations[0].location.latitude" },
        { "description", "TEXT_TOO_LONG", "description" },
    };

    [Theory]
    [MemberData(nameof(BadEntries))]
    public async Task A_bad_entry_is_refused_at_its_path_and_nothing_is_written(string what, string code, string path)
    {
        var group = await api.GroupAsync();
        var entry = DirectoryScenario.Entry(e =>
        {
            switch (what)
            {
                case "unknown term": e["attributes"] = new[] { new { taxonomyTermId = Guid.NewGuid() } }; break;
                case "schedule": e["schedules"] = new[] { new { freq = "WEEKLY", byDay = "Tuesdays" } }; break;
                case "ages": (e["minimumAge"], e["maximumAge"]) = (65, 18); break;
                case "cost": e["costOptions"] = new[] { new { amount = -1m } }; break;
                case "postcode": e["serviceAtLocations"] = new[] { new { addresses = new[] { new { address1 = "1 High St", city = "Coventry", stateProvince = "West Midlands", postalCode = "NOT A CODE" } } } }; break;
                case "latitude": e["serviceAtLocations"] = new[] { new { latitude = 91.0, longitude = 0.0 } }; break;
                case "description": e["description"] = new string('x', 20_000); break;
            }
        });

        var listed = await group.ListAsync(entry);

        var error = Assert.Single(listed.At("listLocalSupport.errors").EnumerateArray());
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.Equal(path, error.GetProperty("path").GetString());
        Assert.Equal(JsonValueKind.Null, listed.At("listLocalSupport.localSupport").ValueKind);
        Assert.Equal(0, await api.EntriesAsync(group));
    }

    [Fact]
    public async Task A_megabyte_description_is_refused_by_the_request_limit_over_graphql_and_at_its_path_in_an_import()
    {
        var group = await api.GroupAsync();
        var huge = new string('x', 1024 * 1024);

        var listed = await group.Coordinator.Client.RunAsync("listLocalSupport", new { input = new { organisationId = group.Organisation.Id, service = DirectoryScenario.Entry(e => e["description"] = huge) } });
        var services = DirectoryScenario.Services(DirectoryScenario.Fixture);
        services[1]!["description"] = huge;
        var importer = Microsoft.Extensions.DependencyInjection.ActivatorUtilities.CreateInstance<Api.Features.Directory.Import.OrukImporter>(api.Services);
        var refused = await Assert.ThrowsAsync<DomainException>(() => importer.ImportAsync(Id<Domain.Organisations.Organisation>.From(Guid.Parse(group.OrukId)),
            Api.Features.Directory.Import.OrukImporter.Parse(services.ToJsonString()), CancellationToken.None));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, listed.Status);
        var problem = Assert.Single(Assert.IsType<Domain.Directory.DirectoryEntryInvalid>(refused.Error).Problems);
        Assert.Equal(("TEXT_TOO_LONG", "services[1].description"), (problem.Code, problem.Path));
        Assert.Equal(0, await api.EntriesAsync(group));
    }

    [Fact]
    public async Task An_import_reports_every_problem_of_the_file_with_its_path_and_writes_nothing()
    {
        var group = await api.GroupAsync();
        var services = DirectoryScenario.Services(DirectoryScenario.Fixture);
        foreach (var service in services)
            service!["id"] = Guid.NewGuid().ToString();
        services[2]!["schedules"]![0]!["byday"] = "Tuesdays";
        services[3]!["cost_options"]![0]!["amount"] = -2;
        services[0]!["minimum_age"] = "eighteen";

        var wrongType = await group.ImportAsync(services.ToJsonString());
        services[0]!["minimum_age"] = 18;
        var imported = await group.ImportAsync(services.ToJsonString());

        Assert.Equal([("INVALID_FIELD", "services[0].minimum_age")], Problems(wrongType));
        Assert.Equal([("SCHEDULE_DOES_NOT_PARSE", "services[2].schedules[0].byday"), ("NEGATIVE_COST", "services[3].cost_options[0].amount")], Problems(imported));
        Assert.Equal(0, await api.EntriesAsync(group));
    }

    [Fact]
    public async Task Another_groups_entry_cannot_be_changed_or_imported_over()
    {
        var owner = await api.GroupAsync("Owner Group");
        var other = await api.GroupAsync("Other Group");
        var member = await api.SignUpAsync("Plain Member");
        await member.JoinApprovedAsync(owner.Organisation, owner.Coordinator);
        var id = (await owner.ListAsync(DirectoryScenario.Entry())).Text("listLocalSupport.localSupport.id");
        var orukId = (await owner.ListAsync(DirectoryScenario.Entry())).Text("listLocalSupport.localSupport.orukId");

        var byOther = await other.Coordinator.Client.RunAsync("updateLocalSupport", new { input = new { localSupportId = id, service = DirectoryScenario.Entry(e => e["name"] = "Taken over") } });
        var byMember = await member.Client.RunAsync("archiveLocalSupport", new { input = new { localSupportId = id } });
        var overImport = await other.ImportAsync($$"""[{"id":"{{orukId}}","name":"Taken over","status":"active"}]""");
        var byOwner = await owner.Coordinator.Client.RunAsync("archiveLocalSupport", new { input = new { localSupportId = id } });
        var afterArchive = await owner.Coordinator.Client.RunAsync("updateLocalSupport", new { input = new { localSupportId = id, service = DirectoryScenario.Entry() } });

        Assert.Equal(["NOT_YOUR_ENTRY"], byOther.PayloadErrorCodes("updateLocalSupport"));
        Assert.Equal(["NOT_ALLOWED"], byMember.PayloadErrorCodes("archiveLocalSupport"));
        Assert.Equal([("INVALID_FIELD", "services[0].id")], Problems(overImport));
        Assert.Empty(byOwner.PayloadErrorCodes("archiveLocalSupport"));
        Assert.Equal(["ENTRY_ARCHIVED"], afterArchive.PayloadErrorCodes("updateLocalSupport"));
        Assert.Equal(1, await api.EntriesAsync(owner));
        Assert.Equal(0, await api.EntriesAsync(other));
        Assert.Equal("Thursday craft group", (await api.OrukAsync($"/oruk/services/{orukId}")).Body!["name"]!.GetValue<string>());
    }

    public static TheoryData<string, string> BadParameters => new()
    {
        { "per_page=0", "per_page" },
        { "page=x", "page" },
        { "taxonomy_term_id=counselling", "taxonomy_term_id" },
        { "minimum_age=-1", "minimum_age" },
        { "day=Funday&start_time=14:00", "day" },
        { "day=TU&start_time=25:00", "start_time" },
        { "modified_after=yesterday", "modified_after" },
    };

    [Theory]
    [MemberData(nameof(BadParameters))]
    public async Task A_bad_oruk_parameter_is_a_400_problem_document_naming_it(string query, string parameter)
    {
        var response = await api.OrukAsync($"/oruk/services?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
        Assert.Equal(400, response.Body!["status"]!.GetValue<int>());
        Assert.Equal(parameter, response.Body["errors"]![0]!["parameter"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_or_malformed_id_is_a_404_problem_document()
    {
        var unknown = await api.OrukAsync($"/oruk/services/{Guid.NewGuid()}");
        var malformed = await api.OrukAsync("/oruk/services/not-an-id");

        Assert.Equal((HttpStatusCode.NotFound, "application/problem+json"), (unknown.Status, unknown.ContentType));
        Assert.Equal(HttpStatusCode.NotFound, malformed.Status);
    }

    private static List<(string, string)> Problems(GraphQLResult result)
        => result.At("importLocalSupports.errors").EnumerateArray().Select(e => (e.GetProperty("code").GetString()!, e.GetProperty("path").GetString()!)).ToList();
}
