using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace Timebank.Api.Platform.Persistence;

public static class PersistenceRegistration
{
    public static IServiceCollection AddTimebankPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<TimebankStorageOptions>(configuration.GetSection(TimebankStorageOptions.Section));
        // A relative data folder is taken from the content root (the API's own folder), not the current directory.
        services.AddOptions<TimebankStorageOptions>().PostConfigure<IHostEnvironment>((storage, host) =>
            storage.DataDirectory = Path.GetFullPath(storage.DataDirectory, host.ContentRootPath));

        // Every write path reports to one seam (see WriteSeam); SaveChanges reaches it through this interceptor.
        services.AddSingleton<WriteSeam>();
        services.AddSingleton<WriteActor>();
        services.AddSingleton<SaveChangesWrites>();
        services.AddSingleton<IInterceptor>(provider => provider.GetRequiredService<SaveChangesWrites>());
        // Both factories are registered; the configured provider decides at first use which one is ever built.
        // SQLite's build syncs the write-ahead log on every commit by default (synchronous=FULL; DurabilityTests checks it).
        services.AddPooledDbContextFactory<SqliteTimebankDbContext>((provider, options) =>
            options.UseSqlite(SqliteConnectionString(provider))
                .AddInterceptors(provider.GetServices<IInterceptor>()));
        services.AddPooledDbContextFactory<PostgresTimebankDbContext>((provider, options) =>
            options.UseNpgsql(PostgresConnectionString(provider), npgsql => npgsql.UseNodaTime())
                .AddInterceptors(provider.GetServices<IInterceptor>()));
        services.AddSingleton<IDbContextFactory<TimebankDbContext>, ConfiguredStoreContextFactory>();
        services.AddSingleton<Tools.ICommandLineCommand, Backups.BackupCommand>();
        services.AddSingleton<Tools.ICommandLineCommand, Backups.RestoreCommand>();
        return services;
    }

    internal static string SqliteConnectionString(IServiceProvider provider)
    {
        var storage = provider.GetRequiredService<IOptions<TimebankStorageOptions>>().Value;
        var configured = provider.GetRequiredService<IConfiguration>().GetConnectionString("Timebank");
        if (!string.IsNullOrWhiteSpace(configured))
            return configured;
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(storage.DataDirectoryFullPath, "timebank.db"),
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    internal static string PostgresConnectionString(IServiceProvider provider)
        => provider.GetRequiredService<IConfiguration>().GetConnectionString("Timebank") is { Length: > 0 } connectionString
            ? connectionString
            : throw new InvalidOperationException(
                "Timebank:Database:Provider is Postgres but ConnectionStrings:Timebank is not set.");

    private sealed class ConfiguredStoreContextFactory(IServiceProvider provider, IOptions<TimebankStorageOptions> storage)
        : IDbContextFactory<TimebankDbContext>
    {
        private readonly Func<TimebankDbContext> _create = storage.Value.Database.Provider switch
        {
            StoreKind.Sqlite => provider.GetRequiredService<IDbContextFactory<SqliteTimebankDbContext>>().CreateDbContext,
            StoreKind.Postgres => provider.GetRequiredService<IDbContextFactory<PostgresTimebankDbContext>>().CreateDbContext,
            var other => throw new InvalidOperationException($"Unknown Timebank:Database:Provider '{other}'."),
        };

        public TimebankDbContext CreateDbContext() => _create();
    }
}
