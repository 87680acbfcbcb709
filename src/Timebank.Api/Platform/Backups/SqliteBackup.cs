using Microsoft.Data.Sqlite;
using Timebank.Api.Platform.Persistence;

namespace Timebank.Api.Platform.Backups;

/// <summary>SQLite: an online backup of the live file, and a restore of one into a data folder.</summary>
internal static class SqliteBackup
{
    public static string Write(string connectionString, string file, bool overwrite, IReadOnlyCollection<string> knownMigrations)
    {
        var source = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadWrite, Pooling = false };
        var database = Path.GetFullPath(source.DataSource);
        // ReadWrite, not ReadWriteCreate: a mistyped data folder must not be "backed up" as a new empty database.
        if (!File.Exists(database))
            throw new BackupRefusedException($"There is no database at {database} to back up. Check Timebank:DataDirectory (or ConnectionStrings:Timebank).");
        using var partial = PartialFile.Begin(file, overwrite);
        using (var from = new SqliteConnection(source.ToString()))
        using (var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial.Path, Pooling = false }.ToString()))
        {
            from.Open();
            to.Open();
            // All pages in one step, under one read transaction: the last commit, write-ahead log included, while writers carry on.
            from.BackupDatabase(to);
            // The copy is one self-contained file; the API turns write-ahead logging back on when it starts on it.
            using var journal = to.CreateCommand();
            journal.CommandText = "PRAGMA journal_mode = DELETE;";
            journal.ExecuteScalar();
        }
        if (SqliteBackupCheck.Problem(partial.Path, knownMigrations) is { } problem)
            throw new BackupRefusedException("The copy failed its check, so it was not kept: " + problem);
        var written = partial.Publish();
        return $"wrote {written.FullName} ({BackupReport.Size(written.Length)}) from the SQLite database {database}";
    }

    public static string Restore(string file, string connectionString, bool overwrite, IReadOnlyCollection<string> knownMigrations)
    {
        var backup = Path.GetFullPath(file);
        var target = Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);
        if (SqliteBackupCheck.Problem(backup, knownMigrations) is { } problem)
            throw new BackupRefusedException(problem);
        if (File.Exists(target) && !overwrite)
            throw new BackupRefusedException($"There is already a database at {target}, so nothing was restored. Restore into a fresh data folder, or stop the API and add --overwrite true to replace it.");
        DatabaseSetup.CreateOwnerOnlyFolder(Path.GetDirectoryName(target)!);
        using var partial = PartialFile.Begin(target, overwrite);
        using (var from = File.OpenRead(backup))
        using (var to = partial.OpenWrite())
            from.CopyTo(to);
        // What is installed is what was checked, even if the backup file changed meanwhile.
        if (SqliteBackupCheck.Problem(partial.Path, knownMigrations) is { } copied)
            throw new BackupRefusedException("The copy failed its check, so nothing was restored: " + copied);
        // A log left by the replaced database must never be replayed into the restored one.
        File.Delete(target + "-wal");
        File.Delete(target + "-shm");
        var restored = partial.Publish();
        return $"restored {backup} into {restored.FullName} ({BackupReport.Size(restored.Length)}); the API applies any newer migrations when it starts";
    }
}
