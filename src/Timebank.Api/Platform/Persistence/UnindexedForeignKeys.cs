using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using Microsoft.EntityFrameworkCore.Metadata.Conventions.Infrastructure;

namespace Timebank.Api.Platform.Persistence;

/// <summary>
/// Foreign keys an entity's configuration says need no index: their parent rows are never deleted (append-only or
/// archived) and no query looks rows up by them. Found, like the configurations themselves, by assembly scan.
/// </summary>
public interface IUnindexedForeignKeys
{
    /// <summary>Each key as its entity and its property names joined by commas.</summary>
    IEnumerable<(Type Entity, string Properties)> UnindexedForeignKeys { get; }
}

/// <summary>
/// EF Core indexes every foreign key by convention. On the journal tables each index is one more B-tree written
/// on every transfer, so the keys the configurations declare (<see cref="IUnindexedForeignKeys"/>) go without.
/// </summary>
internal sealed class UnindexedForeignKeysConvention(ProviderConventionSetBuilderDependencies dependencies)
    : ForeignKeyIndexConvention(dependencies)
{
    private static readonly HashSet<(Type Entity, string Properties)> Unindexed =
    [
        .. typeof(UnindexedForeignKeysConvention).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IUnindexedForeignKeys).IsAssignableFrom(t))
            .SelectMany(t => ((IUnindexedForeignKeys)Activator.CreateInstance(t, nonPublic: true)!).UnindexedForeignKeys),
    ];

    protected override IConventionIndex? CreateIndex(IReadOnlyList<IConventionProperty> properties, bool unique, IConventionEntityTypeBuilder entityTypeBuilder)
        => !unique && Unindexed.Contains((entityTypeBuilder.Metadata.ClrType, string.Join(',', properties.Select(p => p.Name))))
            ? null
            : base.CreateIndex(properties, unique, entityTypeBuilder);

    public static void Use(ModelConfigurationBuilder configurationBuilder)
        => configurationBuilder.Conventions.Replace<ForeignKeyIndexConvention>(
            services => new UnindexedForeignKeysConvention(services.GetRequiredService<ProviderConventionSetBuilderDependencies>()));
}
