using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timebank.Domain.Directory;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Directory.Entries;

internal sealed class LocalSupportConfiguration : IEntityTypeConfiguration<LocalSupportRecord>
{
    public void Configure(EntityTypeBuilder<LocalSupportRecord> builder)
    {
        builder.ToTable("local_supports", table => table.HasCheckConstraint("ck_local_supports_ages", "minimum_age IS NULL OR maximum_age IS NULL OR minimum_age <= maximum_age"));
        builder.HasKey(r => r.Number);
        builder.Property(r => r.Number).ValueGeneratedOnAdd();
        builder.HasIndex(r => r.Id).IsUnique();
        builder.Property(r => r.Name).HasMaxLength(DirectoryLimits.NameMaxLength).IsRequired();
        builder.Property(r => r.Description).HasMaxLength(DirectoryLimits.DescriptionMaxLength);
        builder.Property(r => r.Status).HasConversion<int>();
        builder.Property(r => r.Document).IsRequired();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.OrganisationId, r.Number });
        builder.HasIndex(r => new { r.ArchivedAt, r.Number });
        builder.HasIndex(r => r.LastModified);
        builder.HasMany(r => r.Terms).WithOne().HasForeignKey(t => t.Number).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Areas).WithOne().HasForeignKey(a => a.Number).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Places).WithOne().HasForeignKey(p => p.Number).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Hours).WithOne().HasForeignKey(h => h.Number).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LocalSupportTermConfiguration : IEntityTypeConfiguration<LocalSupportTerm>
{
    public void Configure(EntityTypeBuilder<LocalSupportTerm> builder)
    {
        builder.ToTable("local_support_terms");
        builder.HasKey(t => new { t.Number, t.TermId });
        builder.HasIndex(t => new { t.TermId, t.Number });
    }
}

internal sealed class LocalSupportAreaConfiguration : IEntityTypeConfiguration<LocalSupportArea>
{
    public void Configure(EntityTypeBuilder<LocalSupportArea> builder)
    {
        builder.ToTable("local_support_areas");
        builder.HasKey(a => new { a.Number, a.District });
        builder.Property(a => a.District).HasMaxLength(PostcodeDistrict.MaxLength);
        builder.HasIndex(a => new { a.District, a.Number });
    }
}

internal sealed class LocalSupportPlaceConfiguration : IEntityTypeConfiguration<LocalSupportPlace>
{
    public void Configure(EntityTypeBuilder<LocalSupportPlace> builder)
    {
        builder.ToTable("local_support_places");
        builder.HasKey(p => new { p.Number, p.Ordinal });
        builder.HasIndex(p => new { p.Latitude, p.Longitude, p.Number });
        builder.HasIndex(p => p.ServiceAtLocationId).IsUnique();
    }
}

internal sealed class LocalSupportHoursConfiguration : IEntityTypeConfiguration<LocalSupportHours>
{
    public void Configure(EntityTypeBuilder<LocalSupportHours> builder)
    {
        builder.ToTable("local_support_hours");
        builder.HasKey(h => new { h.Number, h.Ordinal });
        // The open-at filter asks of each candidate entry (EXISTS by number), so its rows are found by number first.
        builder.HasIndex(h => new { h.Number, h.Day, h.OpensMinute });
    }
}

internal sealed class TaxonomyConfiguration : IEntityTypeConfiguration<Taxonomy>
{
    public void Configure(EntityTypeBuilder<Taxonomy> builder)
    {
        builder.ToTable("directory_taxonomies");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Name).HasMaxLength(DirectoryLimits.NameMaxLength);
        builder.Property(t => t.Description).HasMaxLength(DirectoryLimits.NoteMaxLength);
        builder.Property(t => t.Uri).HasMaxLength(DirectoryLimits.UrlMaxLength);
        builder.Property(t => t.Version).HasMaxLength(DirectoryLimits.ShortTextMaxLength);
    }
}

internal sealed class TaxonomyTermConfiguration : IEntityTypeConfiguration<TaxonomyTerm>
{
    public void Configure(EntityTypeBuilder<TaxonomyTerm> builder)
    {
        builder.ToTable("directory_taxonomy_terms");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Name).HasMaxLength(DirectoryLimits.NameMaxLength);
        builder.Property(t => t.Description).HasMaxLength(DirectoryLimits.NoteMaxLength);
        builder.Property(t => t.TaxonomyName).HasColumnName("taxonomy").HasMaxLength(DirectoryLimits.ShortTextMaxLength);
        builder.Property(t => t.TermUri).HasMaxLength(DirectoryLimits.UrlMaxLength);
        builder.Property(t => t.Term).HasMaxLength(DirectoryLimits.ShortTextMaxLength);
        // Terms may name a taxonomy this directory has no record of (ORUK allows it), so no foreign key.
        builder.HasIndex(t => new { t.TaxonomyId, t.Id });
        builder.HasIndex(t => new { t.ParentId, t.Id });
    }
}
