using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodaTime;
using Timebank.Domain.Ledger;
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
