using Timebank.Api.Platform.Persistence;
using Timebank.Api.Platform.Tools;

namespace Timebank.Api.Platform.Backups;

/// <summary><c>restore --file</c>: a backup into the configured (fresh) store; the API migrates it at its next start.</summary>
public sealed class RestoreCommand : ICommandLineCommand
{
    public string Name => "restore";

    public string Usage => """
        restore --file <path> [--overwrite true]              a backup into the configured store, which must be new (or the API stopped, with --overwrite)
        """;

    public Task<int> RunAsync(IServiceProvider services, CommandOptions options, CancellationToken cancellationToken)
        => BackupReport.RunAsync(async () =>
        {
            var file = options.Optional("file") ?? throw new BackupRefusedException("Say which backup to restore: restore --file <path>.");
            var overwrite = options.Optional("overwrite") == "true";
            return BackupCommand.Store(services) == StoreKind.Postgres
                ? await PostgresBackup.RestoreAsync(file, PersistenceRegistration.PostgresConnectionString(services), overwrite, cancellationToken)
                : SqliteBackup.Restore(file, PersistenceRegistration.SqliteConnectionString(services), overwrite, await BackupCommand.KnownMigrationsAsync(services, cancellationToken));
        });
}
