using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Timebank.Api.Tests.Infrastructure;

/// <summary>
/// The real API on a real store (a fresh SQLite file, or a fresh PostgreSQL database), driven over HTTP, with a
/// clock the tests move and a counter of SQL commands. One instance per test class (IClassFixture).
/// </summary>
public class TimebankApiFactory : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "timebank-tests", Guid.NewGuid().ToString("N"));
    private string? _postgres;

    public FakeClock Clock { get; } = new(SystemClock.Instance.GetCurrentInstant());

    public SqlCommandCounter SqlCommands { get; } = new();

    public string DataDirectory => _dataDirectory;

    /// <summary>This host's own PostgreSQL database, once the host has started on PostgreSQL; null on SQLite.</summary>
    public string? PostgresConnectionString => _postgres;

    /// <summary>Settings a derived factory wants to change, as configuration keys.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Timebank:DataDirectory", _dataDirectory);
        // Fewer PBKDF2 rounds keep hundreds of sign-ups fast; the hash format and checks are the production ones.
        builder.UseSetting("Timebank:Auth:PasswordHashIterations", "1000");
        // Every test client shares one address; the per-address limit has its own test with its own host.
        builder.UseSetting("Timebank:Auth:SignInAttemptsPerAddressPerMinute", "1000000");
        // Tests move the clock; the expiry worker notices within a tenth of a second.
        builder.UseSetting("Timebank:Ledger:ExpiryPollInterval", "00:00:00.100");
        if (TestStore.IsPostgres)
        {
            _postgres = TestStore.CreatePostgresDatabase();
            builder.UseSetting("Timebank:Database:Provider", "Postgres");
            builder.UseSetting("ConnectionStrings:Timebank", _postgres);
        }
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IClock>(Clock);
            services.AddSingleton<IInterceptor>(SqlCommands);
            ConfigureServices(services);
        });
    }

    public GraphQLClient CreateGraphQLClient(string? token = null) => new(CreateClient()) { Token = token };

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
            return;
        if (_postgres is not null)
            TestStore.DropPostgresDatabase(_postgres);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataDirectory))
            Directory.Delete(_dataDirectory, recursive: true);
    }
}
