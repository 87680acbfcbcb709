using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timebank.Domain.Brokerage;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Brokerage.Settings;

internal sealed class BrokerageSettingsConfiguration : IEntityTypeConfiguration<BrokerageSettings>
{
    public void Configure(EntityTypeBuilder<BrokerageSettings> builder)
    {
        builder.ToTable("brokerage_settings", t =>
        {
            t.HasCheckConstraint("ck_brokerage_settings_unanswered_days", "unanswered_after_days BETWEEN 1 AND 90");
            t.HasCheckConstraint("ck_brokerage_settings_warning_days", "check_expiry_warning_days BETWEEN 1 AND 365");
        });
        builder.HasKey(s => s.OrganisationId);
        builder.HasOne<Organisation>().WithOne().HasForeignKey<BrokerageSettings>(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
