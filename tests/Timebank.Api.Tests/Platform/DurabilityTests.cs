using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Timebank.Api.Platform.Persistence;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Platform;

public sealed class DurabilityTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    [Fact]
    public async Task SQLite_commits_are_durable_write_ahead_logged_and_synced_in_full()
    {
        if (TestStore.IsPostgres)
            return;
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();

        Assert.Equal("wal", await Pragma(db, "journal_mode"));
        // 2 is FULL: the log is synced on every commit, so an acknowledged transfer survives a power cut.
        Assert.Equal("2", await Pragma(db, "synchronous"));
    }

    private static async Task<string> Pragma(TimebankDbContext db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
