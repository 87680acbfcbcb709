using System.Text.Json;
using Microsoft.Data.Sqlite;
using Timebank.Api.Tests.Features.Flexi;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Platform;

/// <summary>
/// Backups that restore: the <c>backup</c> command, run as its own process against the store of a running API, and
/// <c>restore</c> into a fresh store (a new data folder on SQLite, a new database on PostgreSQL), after which a second
/// API answers the same balances and statements and the ledger's invariant checker finds nothing.
/// </summary>
public sealed class BackupTests(BackupTests.HeldCheckpointsFactory api) : IClassFixture<BackupTests.HeldCheckpointsFactory>, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "timebank-tests", "backup-" + Guid.NewGuid().ToString("N"));
    private readonly List<string> _databases = [];

    [Fact]
    public async Task A_backup_taken_while_the_api_writes_restores_into_a_fresh_store_that_answers_the_same_balances_and_statements()
    {
        var timebank = await api.TimebankAsync(members: 3);
        var (ann, bob, cy) = (timebank.Members[0], timebank.Members[1], timebank.Members[2]);
        // The receiver records: an exchange the giver records waits for the receiver to confirm it.
        await bob.RecordAsync(api, timebank, ann, bob, 60, description: "Gardening");
        await cy.RecordAsync(api, timebank, bob, cy, 30, description: "Shopping");
        await ann.RecordAsync(api, timebank, cy, ann, 45, description: "Lift to the clinic");
        await cy.RecordAsync(api, timebank, ann, cy, 15, description: "Phone call");
        var before = await ViewsAsync(timebank, timebank.Members);
        // Another timebank keeps the writer busy while the backup is taken: the copy must still be one consistent moment.
        var busy = await api.TimebankAsync(members: 2);
        using var stop = new CancellationTokenSource();
        var writing = KeepRecordingAsync(busy, stop.Token);
        var backupFile = Path.Combine(Folder(), "timebank.backup");
        var log = new FileInfo(Path.Combine(api.DataDirectory, "timebank.db-wal"));

        var backup = await ApiProcess.RunCommandAsync(LiveStore(), "backup", "--file", backupFile);
        await stop.CancelAsync();
        var recordedMeanwhile = await writing;
        var fresh = FreshStore();
        var restore = await ApiProcess.RunCommandAsync(fresh, "restore", "--file", backupFile);

        Assert.True(backup.ExitCode == 0, backup.Output);
        Assert.Contains("wrote " + backupFile, backup.Output, StringComparison.Ordinal);
        Assert.True(recordedMeanwhile > 0, "No exchange was recorded while the backup ran.");
        if (!TestStore.IsPostgres)
            Assert.True(log.Exists && log.Length > 0, "The last commits should be in the write-ahead log only (checkpoints are held off), so the backup must read the log.");
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(backupFile));
        Assert.True(restore.ExitCode == 0, restore.Output);
        Assert.Contains("restored " + backupFile, restore.Output, StringComparison.Ordinal);
        await using var restored = new RestoredFactory(fresh);
        var after = await ViewsAsync(timebank, [.. timebank.Members.Select(m => m with { Client = restored.CreateGraphQLClient() })], signInFirst: true);
        Assert.Equal(before, after);
        // Giving earns and receiving spends: Ann 60 + 15 - 45, Bob 30 - 60, Cy 45 - 30 - 15.
        Assert.Equal([30L, -30L, 0L], after.Select(view => JsonDocument.Parse(view.Account).RootElement.GetProperty("posted").GetInt64()));
        Assert.Equal([3, 2, 3], after.Select(view => JsonDocument.Parse(view.Statement).RootElement.GetProperty("totalCount").GetInt32()));
        Assert.Empty(await restored.LedgerViolationsAsync());
    }

    [Fact]
    public async Task Restore_refuses_a_store_that_already_has_a_database_and_leaves_it_serving()
    {
        var timebank = await api.TimebankAsync(members: 2);
        await timebank.Members[1].RecordAsync(api, timebank, timebank.Members[0], timebank.Members[1], 20);
        var backupFile = Path.Combine(Folder(), "timebank.backup");
        var backup = await ApiProcess.RunCommandAsync(LiveStore(), "backup", "--file", backupFile);
        await timebank.Members[1].RecordAsync(api, timebank, timebank.Members[0], timebank.Members[1], 5);

        var refused = await ApiProcess.RunCommandAsync(LiveStore(), "restore", "--file", backupFile);

        Assert.True(backup.ExitCode == 0, backup.Output);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains(TestStore.IsPostgres ? "already has tables, so nothing was restored" : "There is already a database at", refused.Output, StringComparison.Ordinal);
        Assert.Contains("--overwrite true", refused.Output, StringComparison.Ordinal);
        Assert.Equal(25, await timebank.Members[0].PostedAsync(timebank));
    }

    [Fact]
    public async Task Restore_refuses_files_that_are_not_timebank_backups_and_backup_will_not_overwrite_a_file()
    {
        var text = Path.Combine(Folder(), "history.csv");
        await File.WriteAllTextAsync(text, "date,giver,receiver,minutes,description\n2024-01-02,Ann,Bob,60,Lift\n");
        var otherApp = Path.Combine(Folder(), "other.db");
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = otherApp, Pooling = false }.ToString()))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('not a timebank');";
            create.ExecuteNonQuery();
        }
        await api.TimebankAsync(members: 0);
        var fresh = FreshStore();

        var notADatabase = await ApiProcess.RunCommandAsync(fresh, "restore", "--file", text);
        var anotherApp = await ApiProcess.RunCommandAsync(fresh, "restore", "--file", otherApp);
        var overwriting = await ApiProcess.RunCommandAsync(LiveStore(), "backup", "--file", text);

        Assert.Equal(1, notADatabase.ExitCode);
        Assert.Contains($"{text} is not a Timebank backup", notADatabase.Output, StringComparison.Ordinal);
        Assert.Equal(1, anotherApp.ExitCode);
        Assert.Contains(TestStore.IsPostgres ? $"{otherApp} is not a Timebank backup" : "not a Timebank backup: it has no __EFMigrationsHistory table", anotherApp.Output, StringComparison.Ordinal);
        if (!TestStore.IsPostgres)
            Assert.False(File.Exists(Path.Combine(fresh["Timebank:DataDirectory"], "timebank.db")), "A refused restore must not leave a database behind.");
        Assert.Equal(1, overwriting.ExitCode);
        Assert.Contains($"{text} already exists", overwriting.Output, StringComparison.Ordinal);
        Assert.StartsWith("date,giver", await File.ReadAllTextAsync(text), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        foreach (var database in _databases)
            TestStore.DropPostgresDatabase(database);
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Each member's account and statement as they read them, signing in first when on another API.</summary>
    private static async Task<List<(string Account, string Statement)>> ViewsAsync(TestTimebank timebank, IReadOnlyList<TestMember> members, bool signInFirst = false)
    {
        var views = new List<(string, string)>();
        foreach (var member in members)
        {
            if (signInFirst)
                await member.RefreshTokenAsync();
            var account = await member.AccountAsync(timebank);
            var statement = (await member.Client.RunAsync("statement", new { accountId = account.GetProperty("id").GetString(), first = 50 })).ShouldSucceed().At("statement");
            views.Add((account.GetRawText(), statement.GetRawText()));
        }
        return views;
    }

    private async Task<int> KeepRecordingAsync(TestTimebank busy, CancellationToken stop)
    {
        var recorded = 0;
        while (!stop.IsCancellationRequested)
        {
            await busy.Members[1].RecordAsync(api, busy, busy.Members[0], busy.Members[1], 1);
            recorded++;
        }
        return recorded;
    }

    private string Folder()
    {
        Directory.CreateDirectory(_folder);
        return _folder;
    }

    private Dictionary<string, string> LiveStore() => TestStore.IsPostgres
        ? new() { ["Timebank:Database:Provider"] = "Postgres", ["ConnectionStrings:Timebank"] = api.PostgresConnectionString! }
        : new() { ["Timebank:DataDirectory"] = api.DataDirectory };

    /// <summary>A store nothing has used: a data folder not yet made, or an empty database.</summary>
    private Dictionary<string, string> FreshStore()
    {
        if (!TestStore.IsPostgres)
            return new() { ["Timebank:DataDirectory"] = Path.Combine(Folder(), "restored-" + Guid.NewGuid().ToString("N")) };
        var database = TestStore.CreatePostgresDatabase();
        _databases.Add(database);
        return new() { ["Timebank:Database:Provider"] = "Postgres", ["ConnectionStrings:Timebank"] = database };
    }

    /// <summary>Holds off the writer's checkpoints, so the last commits live only in SQLite's write-ahead log when the backup reads.</summary>
    public sealed class HeldCheckpointsFactory : TimebankApiFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Timebank:Ledger:SqliteCheckpointInterval"] = "01:00:00",
        };
    }

    /// <summary>A second API on the restored store.</summary>
    private sealed class RestoredFactory(Dictionary<string, string> store) : TimebankApiFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings
            => store.Where(s => s.Key != "Timebank:Database:Provider").ToDictionary(s => s.Key, s => (string?)s.Value);
    }
}
