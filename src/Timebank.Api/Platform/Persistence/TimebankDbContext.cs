using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Timebank.Domain.Common;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Platform.Persistence;

/// <summary>
/// The one model both stores share. Each store has a small subclass (<see cref="SqliteTimebankDbContext"/>,
/// <see cref="PostgresTimebankDbContext"/>) that owns its own migrations and its own NodaTime mapping.
/// </summary>
public abstract class TimebankDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Member> Members => Set<Member>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Membership> Memberships => Set<Membership>();

    /// <summary>ASP.NET Core Data Protection's keys, in the database so every API node shares them.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>A shadow concurrency token; entities that map it get it bumped on every update.</summary>
    public const string VersionProperty = "Version";

    public abstract StoreKind Store { get; }

    /// <summary>
    /// Prepared statements that outlive this context, when its connection keeps them (the SQLite writer's does), so
    /// set-based writes compile each statement's text once per process instead of once per batch.
    /// </summary>
    public IStatementCache? Statements { get; init; }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries().Where(e => e.State == EntityState.Modified))
        {
            if (entry.Metadata.FindProperty(VersionProperty) is not null)
                entry.Property(VersionProperty).CurrentValue = (int)entry.Property(VersionProperty).CurrentValue! + 1;
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TimebankDbContext).Assembly);
        // snake_case columns read naturally in psql and sqlite3 and need no quoting in hand-written SQL.
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(entity => entity.GetProperties()))
        {
            if (property.GetColumnName() == property.Name)
                property.SetColumnName(SnakeCase(property.Name));
        }
    }

    private static string SnakeCase(string name)
        => string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        UnindexedForeignKeysConvention.Use(configurationBuilder);
        // Every Id<T> is stored as its Guid; the domain types with such an id are found by their Id property.
        foreach (var entity in typeof(Id<>).Assembly.GetTypes().Where(HasTypedId))
            configurationBuilder.Properties(typeof(Id<>).MakeGenericType(entity)).HaveConversion(typeof(IdConverter<>).MakeGenericType(entity));
    }

    private static bool HasTypedId(Type type)
        => type.IsClass && type.GetProperty("Id")?.PropertyType is { IsGenericType: true } idType
            && idType.GetGenericTypeDefinition() == typeof(Id<>) && idType.GetGenericArguments()[0] == type;
}

public enum StoreKind
{
    Sqlite,
    Postgres,
}
