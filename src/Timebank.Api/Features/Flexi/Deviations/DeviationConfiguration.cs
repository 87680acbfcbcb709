using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timebank.Domain.Flexi.Deviations;
using Timebank.Domain.Flexi.Services;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Flexi;

internal sealed class DeviationConfiguration : IEntityTypeConfiguration<ContractDeviation>
{
    public void Configure(EntityTypeBuilder<ContractDeviation> builder)
    {
        builder.ToTable("flexi_contract_deviations", t =>
        {
            t.HasCheckConstraint("ck_flexi_contract_deviations_pence", "pence > 0");
            t.HasCheckConstraint("ck_flexi_contract_deviations_staff_minutes", "staff_minutes > 0");
        });
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Description).HasMaxLength(ContractDeviation.DescriptionMaxLength);
        builder.Property(d => d.DecisionNote).HasMaxLength(ContractDeviation.NoteMaxLength);
        // Decided once: two commissioners deciding together cannot both write (the second is told it was decided).
        builder.Property(d => d.Status).HasConversion<int>().IsConcurrencyToken();
        builder.HasOne<FlexiService>().WithMany().HasForeignKey(d => d.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(d => d.CommissionerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(d => d.RecordedBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(d => d.DecidedBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.ServiceId, d.From });
    }
}
