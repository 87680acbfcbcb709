using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodaTime;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Organisations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("organisations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Name)
            .HasConversion(name => name.Value, value => OrganisationName.FromStored(value))
            .HasMaxLength(OrganisationName.MaxLength)
            .IsRequired();
        builder.Property(o => o.Kind).HasConversion<int>();
        // Organisations stored before zones existed read as the UK's calendar.
        builder.Property(o => o.TimeZone).HasConversion(zone => zone.Id, id => DateTimeZoneProviders.Tzdb[id])
            .HasMaxLength(64).HasDefaultValueSql("'Europe/London'");
        builder.HasOne<Member>().WithMany().HasForeignKey(o => o.CreatedBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.Kind, o.Id });
    }
}

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.ToTable("memberships", table =>
        {
            table.HasCheckConstraint("ck_memberships_status", "status IN (1, 2)");
            table.HasCheckConstraint("ck_memberships_roles", $"roles >= 0 AND roles < {(int)Roles.Commissioner * 2}");
        });
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Status).HasConversion<int>();
        builder.Property(m => m.Roles).HasConversion<int>();
        // Two administrators changing one membership at once: the second save sees the version moved and retries.
        builder.Property<int>(TimebankDbContext.VersionProperty).IsConcurrencyToken();
        builder.Ignore(m => m.IsActive);
        builder.Ignore(m => m.CanAdminister);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(m => m.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(m => m.ApprovedBy).OnDelete(DeleteBehavior.Restrict);
        // One membership per member per organisation: joining twice is refused by the database too.
        builder.HasIndex(m => new { m.OrganisationId, m.MemberId }).IsUnique();
        builder.HasIndex(m => new { m.MemberId, m.Id });
        builder.HasIndex(m => new { m.OrganisationId, m.Status, m.Id });
    }
}
