using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timebank.Domain.Flexi.Allowances;
using Timebank.Domain.Flexi.Cash;
using Timebank.Domain.Flexi.Services;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Flexi;

internal sealed class PurchaseConfiguration : IEntityTypeConfiguration<Purchase>
{
    public void Configure(EntityTypeBuilder<Purchase> builder)
    {
        builder.ToTable("flexi_purchases", t => t.HasCheckConstraint("ck_flexi_purchases_pence", "pence > 0"));
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Status).HasConversion<int>();
        builder.Property(p => p.Supplier).HasMaxLength(PurchaseDetails.SupplierMaxLength);
        builder.Property(p => p.Category).HasMaxLength(PurchaseDetails.CategoryMaxLength);
        builder.Property(p => p.Description).HasMaxLength(PurchaseDetails.DescriptionMaxLength);
        builder.Property(p => p.Outcome).HasMaxLength(PurchaseDetails.OutcomeMaxLength);
        // Status and SpentAt are as requested; what happened next is in rows of their own, restored on load.
        builder.Ignore(p => p.Decision);
        builder.Ignore(p => p.Receipt);
        builder.Ignore(p => p.Conversation);
        builder.HasOne<FlexiService>().WithMany().HasForeignKey(p => p.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CustomerBudget>().WithMany().HasForeignKey(p => p.BudgetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(p => p.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(p => p.RequestedBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.ServiceId, p.RequestedAt });
        builder.Property(p => p.PlanItem).HasMaxLength(PurchaseDetails.OutcomeMaxLength);
        builder.HasIndex(p => new { p.PlanId, p.PlanItem }).HasFilter("plan_id IS NOT NULL");
        builder.HasIndex(p => new { p.CustomerId, p.RequestedAt });
    }
}

internal sealed class PurchaseDecisionConfiguration : IEntityTypeConfiguration<PurchaseDecision>
{
    public void Configure(EntityTypeBuilder<PurchaseDecision> builder)
    {
        builder.ToTable("flexi_purchase_decisions");
        builder.HasKey(d => d.PurchaseId);
        builder.Property(d => d.Status).HasConversion<int>();
        builder.Property(d => d.Reason).HasMaxLength(SignOff.ReasonMaxLength);
        builder.HasOne<Purchase>().WithOne().HasForeignKey<PurchaseDecision>(d => d.PurchaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PurchaseReceiptConfiguration : IEntityTypeConfiguration<PurchaseReceipt>
{
    public void Configure(EntityTypeBuilder<PurchaseReceipt> builder)
    {
        builder.ToTable("flexi_purchase_receipts", t => t.HasCheckConstraint("ck_flexi_purchase_receipts_pence", "pence > 0"));
        builder.HasKey(r => r.PurchaseId);
        builder.Property(r => r.Reference).HasMaxLength(Receipt.ReferenceMaxLength);
        builder.HasOne<Purchase>().WithOne().HasForeignKey<PurchaseReceipt>(r => r.PurchaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PurchaseConversationConfiguration : IEntityTypeConfiguration<PurchaseConversation>
{
    public void Configure(EntityTypeBuilder<PurchaseConversation> builder)
    {
        builder.ToTable("flexi_purchase_conversations");
        builder.HasKey(c => c.PurchaseId);
        builder.Property(c => c.Note).HasMaxLength(ConversationNote.MaxLength);
        builder.HasOne<Purchase>().WithOne().HasForeignKey<PurchaseConversation>(c => c.PurchaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
