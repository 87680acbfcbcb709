using System.Net;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Platform;

public sealed class HealthTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    [Fact]
    public async Task Healthz_answers_when_the_process_runs()
    {
        using var response = await api.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readyz_answers_when_the_database_is_reachable()
    {
        using var response = await api.CreateClient().GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ready", await response.Content.ReadAsStringAsync());
    }
}

public sealed class UnreachableDatabaseTests : IDisposable
{
    private readonly BrokenStoreFactory _api = new();

    [Fact]
    public async Task Readyz_says_503_when_the_database_cannot_be_reached_while_healthz_stays_200()
    {
        using var client = _api.CreateClient();

        using var ready = await client.GetAsync("/readyz");
        using var healthy = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
    }

    public void Dispose() => _api.Dispose();

    /// <summary>Starts on a good store, then points the connection string at a folder that does not exist.</summary>
    private sealed class BrokenStoreFactory : TimebankApiFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Timebank:Database:MigrateOnStart"] = "false",
            ["Timebank:Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Timebank"] = "Data Source=/nonexistent-folder/timebank.db;Mode=ReadWrite",
        };
    }
}
