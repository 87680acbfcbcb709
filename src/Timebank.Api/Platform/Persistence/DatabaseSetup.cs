using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Timebank.Api.Platform.Persistence;

public static class DatabaseSetup
{
    /// <summary>Creates the data folder and brings the schema up to date before the API takes requests.</summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var storage = services.GetRequiredService<IOptions<TimebankStorageOptions>>().Value;
        CreateOwnerOnlyFolder(storage.DataDirectoryFullPath);
        if (!storage.Database.MigrateOnStart)
            return;

        await using var db = await services.GetRequiredService<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync(cancellationToken);
        await using (await MigrationLock.TakeAsync(db, cancellationToken))
            await db.Database.MigrateAsync(cancellationToken);
        if (db.Store == StoreKind.Sqlite)
        {
            // Write-ahead logging lets readers carry on while one writer commits; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        }
    }

    /// <summary>Owner only: the SQLite file there holds every member's details and the generated signing key (see SigningKeys).</summary>
    public static void CreateOwnerOnlyFolder(string path)
    {
        if (OperatingSystem.IsWindows())
            Directory.CreateDirectory(path);
        else
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
