using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

internal sealed class ExchangeConfiguration : IEntityTypeConfiguration<Exchange>, IUnindexedForeignKeys
{
    /// <summary>Exchanges are append-only and categories archived, not deleted; nothing looks exchanges up by these.</summary>
    public IEnumerable<(Type Entity, string Properties)> UnindexedForeignKeys =>
        [(typeof(Exchange), nameof(Exchange.RecordedBy)), (typeof(Exchange), nameof(Exchange.CategoryId)), (typeof(Exchange), nameof(Exchange.ReversesId))];

    public void Configure(EntityTypeBuilder<Exchange> builder)
    {
        builder.ToTable("exchanges", t => t.HasCheckConstraint("ck_exchanges_minutes", "minutes > 0"));
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasConversion<int>();
        builder.Property(e => e.Description).HasMaxLength(Exchange.DescriptionMaxLength);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        // Stored as giver_id and receiver_id, the timebank's words for the credited and debited sides of an exchange of help.
        builder.Property(e => e.CreditedMemberId).HasColumnName("giver_id");
        builder.Property(e => e.DebitedMemberId).HasColumnName("receiver_id");
        builder.HasOne<Member>().WithMany().HasForeignKey(e => e.CreditedMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(e => e.DebitedMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(e => e.RecordedBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Category>().WithMany().HasForeignKey(e => e.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Transfer>().WithOne().HasForeignKey<Exchange>(e => e.TransferId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Exchange>().WithMany().HasForeignKey(e => e.ReversesId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.TransferId).IsUnique();
        builder.HasIndex(e => new { e.OrganisationId, e.Date });
        // A member's exchanges in one timebank, in id order: the member's own list (ExchangeListing) reads one of each.
        builder.HasIndex(e => new { e.CreditedMemberId, e.OrganisationId, e.Id });
        builder.HasIndex(e => new { e.DebitedMemberId, e.OrganisationId, e.Id });
    }
}
