using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodaTime;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

internal sealed class TimebankSettingsConfiguration : IEntityTypeConfiguration<TimebankSettings>
{
    public void Configure(EntityTypeBuilder<TimebankSettings> builder)
    {
        builder.ToTable("timebanks", t => t.HasCheckConstraint("ck_timebanks_confirmation_days", "confirmation_days BETWEEN 1 AND 90"));
        builder.HasKey(t => t.OrganisationId);
        builder.Property(t => t.TimeZone).HasConversion(zone => zone.Id, id => DateTimeZoneProviders.Tzdb[id]).HasMaxLength(64);
        builder.Ignore(t => t.MemberLimits);
        builder.HasOne<Organisation>().WithOne().HasForeignKey<TimebankSettings>(t => t.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Ledger.Ledger>().WithOne().HasForeignKey<TimebankSettings>(t => t.LedgerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Account>().WithOne().HasForeignKey<TimebankSettings>(t => t.PoolAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Category>().WithOne().HasForeignKey<TimebankSettings>(t => t.DefaultCategoryId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ExchangeConfiguration : IEntityTypeConfiguration<Exchange>
{
    public void Configure(EntityTypeBuilder<Exchange> builder)
    {
        builder.ToTable("exchanges", t => t.HasCheckConstraint("ck_exchanges_minutes", "minutes > 0"));
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasConversion<int>();
        builder.Property(e => e.Description).HasMaxLength(Exchange.DescriptionMaxLength);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(e => e.GiverId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(e => e.ReceiverId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(e => e.RecordedBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Category>().WithMany().HasForeignKey(e => e.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Transfer>().WithOne().HasForeignKey<Exchange>(e => e.TransferId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Exchange>().WithMany().HasForeignKey(e => e.ReversesId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.TransferId).IsUnique();
        builder.HasIndex(e => new { e.OrganisationId, e.Date });
        builder.HasIndex(e => new { e.GiverId, e.Id });
        builder.HasIndex(e => new { e.ReceiverId, e.Id });
    }
}

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        builder.ToTable("categories");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(Category.NameMaxLength);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.OrganisationId, c.Name }).IsUnique();
    }
}

internal sealed class ListingConfiguration : IEntityTypeConfiguration<Listing>
{
    public void Configure(EntityTypeBuilder<Listing> builder)
    {
        builder.ToTable("listings");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Kind).HasConversion<int>();
        builder.Property(l => l.Status).HasConversion<int>();
        builder.Property(l => l.Title).HasMaxLength(Listing.TitleMaxLength);
        builder.Property(l => l.Details).HasMaxLength(Listing.DetailsMaxLength);
        builder.Property(l => l.Area).HasMaxLength(Listing.AreaMaxLength);
        builder.Property(l => l.SearchText).HasMaxLength(Listing.TitleMaxLength + Listing.DetailsMaxLength + Listing.AreaMaxLength + 2);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(l => l.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(l => l.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Category>().WithMany().HasForeignKey(l => l.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.OrganisationId, l.Kind, l.Status, l.Id });
    }
}
