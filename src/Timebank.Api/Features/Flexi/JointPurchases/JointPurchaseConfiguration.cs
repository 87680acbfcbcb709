using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timebank.Domain.Flexi.Allowances;
using Timebank.Domain.Flexi.Cash;
using Timebank.Domain.Flexi.Services;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Flexi;

internal sealed class JointPurchaseConfiguration : IEntityTypeConfiguration<JointPurchaseRow>
{
    public void Configure(EntityTypeBuilder<JointPurchaseRow> builder)
    {
        builder.ToTable("flexi_joint_purchases", t => t.HasCheckConstraint("ck_flexi_joint_purchases_pence", "pence > 0"));
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Supplier).HasMaxLength(PurchaseDetails.SupplierMaxLength);
        builder.Property(p => p.Category).HasMaxLength(PurchaseDetails.CategoryMaxLength);
        builder.Property(p => p.Description).HasMaxLength(PurchaseDetails.DescriptionMaxLength);
        builder.Property(p => p.Outcome).HasMaxLength(PurchaseDetails.OutcomeMaxLength);
        builder.HasOne<FlexiService>().WithMany().HasForeignKey(p => p.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(p => p.RequestedBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.ServiceId, p.RequestedAt });
    }
}

internal sealed class JointShareConfiguration : IEntityTypeConfiguration<JointShareRow>
{
    public void Configure(EntityTypeBuilder<JointShareRow> builder)
    {
        builder.ToTable("flexi_joint_shares", t => t.HasCheckConstraint("ck_flexi_joint_shares_pence", "pence > 0"));
        builder.HasKey(s => new { s.PurchaseId, s.BudgetId });
        builder.HasOne<JointPurchaseRow>().WithMany().HasForeignKey(s => s.PurchaseId).OnDelete(DeleteBehavior.Restrict);
        // Found by budget when a customer leaves, and by customer for what they may see.
        builder.HasOne<CustomerBudget>().WithMany().HasForeignKey(s => s.BudgetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(s => s.CustomerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class JointShareAgreementConfiguration : IEntityTypeConfiguration<JointShareAgreement>
{
    public void Configure(EntityTypeBuilder<JointShareAgreement> builder)
    {
        builder.ToTable("flexi_joint_share_agreements");
        builder.HasKey(a => new { a.PurchaseId, a.BudgetId });
        builder.HasOne<JointShareRow>().WithOne().HasForeignKey<JointShareAgreement>(a => new { a.PurchaseId, a.BudgetId }).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class JointPurchaseDecisionConfiguration : IEntityTypeConfiguration<JointPurchaseDecision>
{
    public void Configure(EntityTypeBuilder<JointPurchaseDecision> builder)
    {
        builder.ToTable("flexi_joint_purchase_decisions");
        builder.HasKey(d => d.PurchaseId);
        builder.Property(d => d.Status).HasConversion<int>();
        builder.Property(d => d.Reason).HasMaxLength(SignOff.ReasonMaxLength);
        builder.HasOne<JointPurchaseRow>().WithOne().HasForeignKey<JointPurchaseDecision>(d => d.PurchaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(d => d.By).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class JointPurchaseReceiptConfiguration : IEntityTypeConfiguration<JointPurchaseReceipt>
{
    public void Configure(EntityTypeBuilder<JointPurchaseReceipt> builder)
    {
        builder.ToTable("flexi_joint_purchase_receipts", t => t.HasCheckConstraint("ck_flexi_joint_purchase_receipts_pence", "pence > 0"));
        builder.HasKey(r => r.PurchaseId);
        builder.Property(r => r.Reference).HasMaxLength(Receipt.ReferenceMaxLength);
        builder.HasOne<JointPurchaseRow>().WithOne().HasForeignKey<JointPurchaseReceipt>(r => r.PurchaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(r => r.AttachedBy).OnDelete(DeleteBehavior.Restrict);
    }
}
