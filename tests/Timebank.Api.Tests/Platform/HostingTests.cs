using System.Net;
using System.Text;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Platform;

/// <summary>
/// The built API started as its own process from a copy of its build output, as a service manager or container
/// starts a deployment: the standard ASP.NET Core variables configure it, and the folder it is started from does not.
/// </summary>
public sealed class HostingTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "timebank-tests", "hosting-" + Guid.NewGuid().ToString("N"));
    private readonly string _app;
    private readonly string _elsewhere;

    public HostingTests()
    {
        _app = Path.Combine(_root, "app");
        _elsewhere = Path.Combine(_root, "elsewhere");
        Directory.CreateDirectory(_elsewhere);
        ApiProcess.CopyBuildOutput(_app);
    }

    [Fact]
    public async Task ASPNETCORE_URLS_says_where_the_api_listens()
    {
        var url = $"http://127.0.0.1:{ApiProcess.FreePort()}";
        await using var api = ApiProcess.Start(_app, workingDirectory: _app, url, new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Timebank__DataDirectory"] = Path.Combine(_root, "data"),
        });

        Assert.True(await api.WaitUntilReadyAsync(), "The API did not answer at " + url + ":\n" + api.Output);
        Assert.Contains("Now listening on: " + url, api.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Started_from_another_folder_it_reads_its_own_settings_keeps_its_data_beside_itself_and_logs_no_requests()
    {
        var url = $"http://127.0.0.1:{ApiProcess.FreePort()}";
        await using var api = ApiProcess.Start(_app, workingDirectory: _elsewhere, url, new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
        });
        Assert.True(await api.WaitUntilReadyAsync(), "The API did not answer at " + url + ":\n" + api.Output);

        using var http = new HttpClient { BaseAddress = new Uri(url) };
        for (var i = 0; i < 3; i++)
        {
            using var answer = await http.PostAsync("/graphql", new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        }
        using var graphiql = await http.GetAsync("/graphiql/graphiql.js");
        await api.StopAsync();

        Assert.Equal(HttpStatusCode.OK, graphiql.StatusCode);
        Assert.Contains("Content root path: " + _app, api.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_app, "data", "timebank.db")), "No database beside the API:\n" + api.Output);
        Assert.False(Directory.Exists(Path.Combine(_elsewhere, "data")), "The data folder followed the working directory.");
        Assert.DoesNotContain("Request starting", api.Output, StringComparison.Ordinal);
        Assert.Contains("Application is shutting down", api.Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
    }
}
