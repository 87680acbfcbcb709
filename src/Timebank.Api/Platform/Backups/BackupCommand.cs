using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Timebank.Api.Platform.Persistence;
using Timebank.Api.Platform.Tools;

namespace Timebank.Api.Platform.Backups;

/// <summary><c>backup --file</c>: a consistent copy of the configured store, taken while the API may be serving.</summary>
public sealed class BackupCommand : ICommandLineCommand
{
    public string Name => "backup";

    public string Usage => """
        backup --file <path> [--overwrite true]               a consistent copy of the store (SQLite online backup, or pg_dump), while the API runs
        """;

    public Task<int> RunAsync(IServiceProvider services, CommandOptions options, CancellationToken cancellationToken)
        => BackupReport.RunAsync(async () =>
        {
            var file = options.Optional("file") ?? throw new BackupRefusedException("Say where to write the backup: backup --file <path>.");
            var overwrite = options.Optional("overwrite") == "true";
            return Store(services) == StoreKind.Postgres
                ? await PostgresBackup.WriteAsync(PersistenceRegistration.PostgresConnectionString(services), file, overwrite, cancellationToken)
                : SqliteBackup.Write(PersistenceRegistration.SqliteConnectionString(services), file, overwrite, await KnownMigrationsAsync(services, cancellationToken));
        });

    internal static StoreKind Store(IServiceProvider services) => services.GetRequiredService<IOptions<TimebankStorageOptions>>().Value.Database.Provider;

    /// <summary>The migrations this build carries: a backup naming others was written by another version.</summary>
    internal static async Task<IReadOnlyCollection<string>> KnownMigrationsAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync(cancellationToken);
        return db.Database.GetMigrations().ToHashSet();
    }
}
