using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timebank.Domain.Flexi.Allowances;
using Timebank.Domain.Flexi.Services;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Flexi;

internal sealed class BudgetConfiguration : IEntityTypeConfiguration<CustomerBudget>
{
    public void Configure(EntityTypeBuilder<CustomerBudget> builder)
    {
        builder.ToTable("flexi_budgets");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.CashHolding).HasConversion<int>();
        // How far the allowance has got is rebuilt from the accrual and settlement rows (CustomerBudget.Resume).
        builder.Ignore(b => b.AccruedThrough);
        builder.Ignore(b => b.SettledThrough);
        builder.HasOne<FlexiService>().WithMany().HasForeignKey(b => b.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(b => b.CustomerId).OnDelete(DeleteBehavior.Restrict);
        // One running budget per customer per service, whoever enrols them at the same moment.
        builder.HasIndex(b => new { b.ServiceId, b.CustomerId }).IsUnique().HasFilter("ended_at IS NULL");
        builder.HasIndex(b => b.CustomerId);
    }
}

/// <summary>Accrual rows are journal-like: keyed by (budget, period, unit), never changed.</summary>
internal sealed class AllowanceAccrualConfiguration : IEntityTypeConfiguration<AllowanceAccrual>
{
    public void Configure(EntityTypeBuilder<AllowanceAccrual> builder)
    {
        builder.ToTable("flexi_accruals", t => t.HasCheckConstraint("ck_flexi_accruals_amount", "amount > 0"));
        builder.HasKey(a => new { a.BudgetId, a.PeriodStart, a.Unit });
        builder.Property(a => a.Unit).HasConversion<int>();
        builder.HasOne<CustomerBudget>().WithMany().HasForeignKey(a => a.BudgetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Ledger.Transfer>().WithOne().HasForeignKey<AllowanceAccrual>(a => a.TransferId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>One settlement per (budget, period): its key makes a period's end happen once.</summary>
internal sealed class PeriodSettlementConfiguration : IEntityTypeConfiguration<PeriodSettlement>
{
    public void Configure(EntityTypeBuilder<PeriodSettlement> builder)
    {
        builder.ToTable("flexi_period_settlements");
        builder.HasKey(s => new { s.BudgetId, s.PeriodStart });
        builder.HasOne<CustomerBudget>().WithMany().HasForeignKey(s => s.BudgetId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>One ending per budget: a second endCustomer cannot write another.</summary>
internal sealed class BudgetEndingConfiguration : IEntityTypeConfiguration<BudgetEnding>
{
    public void Configure(EntityTypeBuilder<BudgetEnding> builder)
    {
        builder.ToTable("flexi_budget_endings");
        builder.HasKey(e => e.BudgetId);
        builder.HasOne<CustomerBudget>().WithOne().HasForeignKey<BudgetEnding>(e => e.BudgetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(e => e.EndedBy).OnDelete(DeleteBehavior.Restrict);
    }
}
