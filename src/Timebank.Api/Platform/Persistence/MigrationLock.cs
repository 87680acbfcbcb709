using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Timebank.Api.Platform.Persistence;

/// <summary>
/// Lets one API process at a time migrate the database, so any number of them can start together on a fresh one.
/// On PostgreSQL that is a session advisory lock on a connection of its own (PostgreSQL drops it if the process
/// dies); EF Core's own migration lock there did not stop two nodes creating the same tables. SQLite needs nothing
/// more: EF Core's migrator locks the file's migrations with a row of its own (<c>__EFMigrationsLock</c>).
/// </summary>
internal sealed class MigrationLock : IAsyncDisposable
{
    // Any fixed number: advisory locks belong to the database, and this one means "migrating Timebank".
    private const long Key = 0x54_69_6D_65_62_61_6E_6B;

    private readonly NpgsqlConnection? _connection;

    private MigrationLock(NpgsqlConnection? connection) => _connection = connection;

    public static async Task<MigrationLock> TakeAsync(TimebankDbContext db, CancellationToken cancellationToken)
    {
        if (db.Store != StoreKind.Postgres)
            return new MigrationLock(null);
        // Not pooled: a pooled connection would keep the session, and with it the lock, after it is closed.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // No timeout: another node's migration may take as long as it takes.
            await using var take = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection) { CommandTimeout = 0 };
            take.Parameters.AddWithValue("key", Key);
            await take.ExecuteNonQueryAsync(cancellationToken);
            return new MigrationLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is null)
            return;
        try
        {
            await using var release = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", _connection);
            release.Parameters.AddWithValue("key", Key);
            await release.ExecuteNonQueryAsync();
        }
        finally
        {
            await _connection.DisposeAsync();
        }
    }
}
