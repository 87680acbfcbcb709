using Npgsql;

namespace Timebank.Api.Tests.Infrastructure;

/// <summary>
/// Which store the suite runs on: SQLite by default; PostgreSQL when TIMEBANK_TEST_POSTGRES holds an admin connection
/// string. Every test host gets a database of its own, created here and dropped when the host is disposed.
/// </summary>
public static class TestStore
{
    public static string? PostgresAdmin { get; } = Environment.GetEnvironmentVariable("TIMEBANK_TEST_POSTGRES") is { Length: > 0 } cs ? cs : null;

    public static bool IsPostgres => PostgresAdmin is not null;

    public static string CreatePostgresDatabase()
    {
        var name = "timebank_test_" + Guid.NewGuid().ToString("N")[..16];
        using (var admin = new NpgsqlConnection(PostgresAdmin))
        {
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            create.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(PostgresAdmin) { Database = name }.ConnectionString;
    }

    public static void DropPostgresDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        using var admin = new NpgsqlConnection(PostgresAdmin);
        admin.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
        drop.ExecuteNonQuery();
    }
}
