using Npgsql;

namespace Timebank.Api.Platform.Backups;

/// <summary>PostgreSQL: <c>pg_dump</c> of the configured database (custom format), and <c>pg_restore</c> of one into an empty database.</summary>
internal static class PostgresBackup
{
    public static async Task<string> WriteAsync(string connectionString, string file, bool overwrite, CancellationToken cancellationToken)
    {
        var tool = new PostgresTool(connectionString);
        using var partial = PartialFile.Begin(file, overwrite);
        // pg_dump truncates the existing owner-only file rather than making one with the default permissions.
        // One pg_dump runs in one repeatable-read snapshot, so the copy is consistent while the API writes.
        await tool.RunAsync("pg_dump", ["--format=custom", "--no-owner", "--file=" + partial.Path], connect: true, cancellationToken);
        var written = partial.Publish();
        return $"wrote {written.FullName} ({BackupReport.Size(written.Length)}) from the PostgreSQL database {tool.Database} on {tool.Server}";
    }

    public static async Task<string> RestoreAsync(string file, string connectionString, bool overwrite, CancellationToken cancellationToken)
    {
        var backup = Path.GetFullPath(file);
        var tool = new PostgresTool(connectionString);
        if (!File.Exists(backup))
            throw new BackupRefusedException($"There is no file at {backup}.");
        string contents;
        try
        {
            contents = await tool.RunAsync("pg_restore", ["--list", backup], connect: false, cancellationToken);
        }
        catch (BackupRefusedException problem) when (!problem.Message.Contains("not found on PATH", StringComparison.Ordinal))
        {
            throw new BackupRefusedException($"{backup} is not a Timebank backup: pg_restore cannot read it as a PostgreSQL custom-format dump. ({problem.Message})");
        }
        if (!contents.Split('\n').Any(line => line.Contains("TABLE DATA", StringComparison.Ordinal) && line.Contains("__EFMigrationsHistory", StringComparison.Ordinal)))
            throw new BackupRefusedException($"{backup} is a PostgreSQL dump but not a Timebank backup: it holds no __EFMigrationsHistory table.");
        if (await TablesAsync(connectionString, cancellationToken) > 0 && !overwrite)
            throw new BackupRefusedException($"The database {tool.Database} on {tool.Server} already has tables, so nothing was restored. Restore into an empty database, or stop the API and add --overwrite true to replace what the backup holds.");
        // One transaction: a restore that fails part way leaves the database as it was.
        string[] arguments = overwrite
            ? ["--no-owner", "--exit-on-error", "--single-transaction", "--clean", "--if-exists", backup]
            : ["--no-owner", "--exit-on-error", "--single-transaction", backup];
        await tool.RunAsync("pg_restore", arguments, connect: true, cancellationToken);
        return $"restored {backup} ({BackupReport.Size(new FileInfo(backup).Length)}) into the PostgreSQL database {tool.Database} on {tool.Server}; the API applies any newer migrations when it starts";
    }

    private static async Task<long> TablesAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var count = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')", connection);
        return (long)(await count.ExecuteScalarAsync(cancellationToken))!;
    }
}
