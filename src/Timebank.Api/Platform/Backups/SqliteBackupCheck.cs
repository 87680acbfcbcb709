using Microsoft.Data.Sqlite;

namespace Timebank.Api.Platform.Backups;

/// <summary>
/// Whether a file is a Timebank SQLite backup this build can restore: a SQLite database, holding this app's
/// migrations history and none it does not know, that passes <c>PRAGMA integrity_check</c>.
/// </summary>
internal static class SqliteBackupCheck
{
    private static readonly byte[] Header = "SQLite format 3\0"u8.ToArray();

    /// <summary>What is wrong with the file, or null when it can be restored.</summary>
    public static string? Problem(string file, IReadOnlyCollection<string> knownMigrations)
    {
        if (!File.Exists(file))
            return $"There is no file at {file}.";
        if (!StartsWithSqliteHeader(file))
            return $"{file} is not a Timebank backup: it is not a SQLite database. (A PostgreSQL backup is restored with Timebank:Database:Provider set to Postgres.)";
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            if (Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'").Count == 0)
                return $"{file} is a SQLite database but not a Timebank backup: it has no __EFMigrationsHistory table.";
            var applied = Strings(connection, "SELECT MigrationId FROM __EFMigrationsHistory");
            if (applied.Count == 0 || !applied.Any(knownMigrations.Contains))
                return $"{file} is a SQLite database but not a Timebank backup: its migrations history names none of Timebank's migrations.";
            var unknown = applied.Where(m => !knownMigrations.Contains(m)).ToList();
            if (unknown.Count > 0)
                return $"{file} was written by a newer Timebank (migrations this build does not know: {string.Join(", ", unknown)}). Restore it with that version or a later one.";
            var integrity = Strings(connection, "PRAGMA integrity_check");
            if (integrity is not ["ok"])
                return $"{file} failed SQLite's integrity check: {string.Join("; ", integrity.Take(5))}";
            return null;
        }
        catch (SqliteException exception)
        {
            return $"{file} could not be read as a SQLite database: {exception.Message}";
        }
    }

    private static bool StartsWithSqliteHeader(string file)
    {
        Span<byte> start = stackalloc byte[16];
        using var stream = File.OpenRead(file);
        return stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false) == start.Length && start.SequenceEqual(Header);
    }

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
            values.Add(reader.GetString(0));
        return values;
    }
}
