using Microsoft.Data.Sqlite;

namespace Timebank.Api.Tests.Infrastructure;

/// <summary>
/// Two API processes started at the same moment on one fresh database: PostgreSQL when TIMEBANK_TEST_POSTGRES is
/// set, else one SQLite file. Each node has its own data folder and no configured signing key, as two machines would.
/// </summary>
public sealed class TwoNodes : IAsyncLifetime
{
    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(90);
    private readonly string _sqliteFolder = Path.Combine(Path.GetTempPath(), "timebank-tests", "shared-" + Guid.NewGuid().ToString("N"));
    private string? _postgres;

    public ApiProcess A { get; private set; } = null!;

    public ApiProcess B { get; private set; } = null!;

    /// <summary>Whether each node became ready; a node that died at start says why in its output.</summary>
    public (bool A, bool B) Ready { get; private set; }

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string>();
        if (TestStore.IsPostgres)
        {
            _postgres = TestStore.CreatePostgresDatabase();
            settings["Timebank:Database:Provider"] = "Postgres";
            settings["ConnectionStrings:Timebank"] = _postgres;
        }
        else
        {
            Directory.CreateDirectory(_sqliteFolder);
            settings["ConnectionStrings:Timebank"] = new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(_sqliteFolder, "timebank.db"),
                Pooling = true,
                DefaultTimeout = 30,
            }.ToString();
        }
        A = ApiProcess.StartNode("node-a", settings);
        B = ApiProcess.StartNode("node-b", settings);
        var ready = await Task.WhenAll(A.WaitUntilReadyAsync(StartPatience), B.WaitUntilReadyAsync(StartPatience));
        Ready = (ready[0], ready[1]);
    }

    /// <summary>Fails the test, with what the nodes wrote, unless both are serving.</summary>
    public void RequireBothServing()
    {
        Assert.True(Ready.A && !A.HasExited, "Node A did not start:" + Environment.NewLine + A.Output);
        Assert.True(Ready.B && !B.HasExited, "Node B did not start:" + Environment.NewLine + B.Output);
    }

    public async Task DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        if (_postgres is not null)
            TestStore.DropPostgresDatabase(_postgres);
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_sqliteFolder))
            Directory.Delete(_sqliteFolder, recursive: true);
    }
}

/// <summary>A test that needs PostgreSQL; skipped, saying why, when TIMEBANK_TEST_POSTGRES is not set.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute(string why)
    {
        if (!TestStore.IsPostgres)
            Skip = why + " Set TIMEBANK_TEST_POSTGRES to an admin connection string to run it (CI's PostgreSQL run does).";
    }
}
