using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using Microsoft.EntityFrameworkCore.Metadata.Conventions.Infrastructure;
using Timebank.Domain.Ledger;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Platform.Persistence;

/// <summary>
/// EF Core indexes every foreign key by convention. On the journal tables each index is one more B-tree written
/// on every transfer, so the keys below go without: their parent rows are never deleted (accounts, transfers and
/// exchanges are append-only; categories are archived, not deleted), and no query looks rows up by them.
/// </summary>
internal sealed class UnindexedForeignKeysConvention(ProviderConventionSetBuilderDependencies dependencies)
    : ForeignKeyIndexConvention(dependencies)
{
    private static readonly HashSet<(Type Entity, string Properties)> Unindexed =
    [
        (typeof(Transfer), $"{nameof(Transfer.LedgerId)},{nameof(Transfer.DebitAccountId)}"),
        (typeof(Transfer), $"{nameof(Transfer.LedgerId)},{nameof(Transfer.CreditAccountId)}"),
        (typeof(AccountEntry), nameof(AccountEntry.TransferId)),
        (typeof(Exchange), nameof(Exchange.RecordedBy)),
        (typeof(Exchange), nameof(Exchange.CategoryId)),
        (typeof(Exchange), nameof(Exchange.ReversesId)),
    ];

    protected override IConventionIndex? CreateIndex(IReadOnlyList<IConventionProperty> properties, bool unique, IConventionEntityTypeBuilder entityTypeBuilder)
        => !unique && Unindexed.Contains((entityTypeBuilder.Metadata.ClrType, string.Join(',', properties.Select(p => p.Name))))
            ? null
            : base.CreateIndex(properties, unique, entityTypeBuilder);

    public static void Use(ModelConfigurationBuilder configurationBuilder)
        => configurationBuilder.Conventions.Replace<ForeignKeyIndexConvention>(
            services => new UnindexedForeignKeysConvention(services.GetRequiredService<ProviderConventionSetBuilderDependencies>()));
}
