using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodaTime;
using Timebank.Domain.Flexi.Services;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Flexi;

internal sealed class ServiceConfiguration : IEntityTypeConfiguration<FlexiService>
{
    public void Configure(EntityTypeBuilder<FlexiService> builder)
    {
        builder.ToTable("flexi_services", t =>
        {
            t.HasCheckConstraint("ck_flexi_services_split", "core_basis_points + flexi_cash_basis_points + flexi_hours_basis_points = 10000");
            t.HasCheckConstraint("ck_flexi_services_contract", "contract_value_pence_per_period > 0");
        });
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(FlexiService.NameMaxLength);
        builder.Property(s => s.SpendingGuidance).HasMaxLength(FlexiService.GuidanceMaxLength);
        builder.Property(s => s.TimeZone).HasConversion(zone => zone.Id, id => DateTimeZoneProviders.Tzdb[id]).HasMaxLength(64);
        builder.Property(s => s.PeriodStartDay).HasConversion<int>();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(s => s.ProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(s => s.CommissionerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PolicyVersionConfiguration : IEntityTypeConfiguration<PolicyVersion>
{
    public void Configure(EntityTypeBuilder<PolicyVersion> builder)
    {
        builder.ToTable("flexi_policy_versions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasOne<FlexiService>().WithMany().HasForeignKey(v => v.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.ServiceId, v.EffectiveFrom });
        builder.ComplexProperty(v => v.Policy, policy =>
        {
            policy.Property(p => p.SupportMinutesPerPeriod).HasColumnName("support_minutes_per_period");
            policy.Property(p => p.CashPencePerPeriod).HasColumnName("cash_pence_per_period");
            policy.Property(p => p.UnusedMinutes).HasColumnName("unused_minutes").HasConversion<int>();
            policy.Property(p => p.CarryOverCapMinutes).HasColumnName("carry_over_cap_minutes");
            policy.Property(p => p.SavedCashCapPence).HasColumnName("saved_cash_cap_pence");
            policy.Property(p => p.SignOffThresholdPence).HasColumnName("sign_off_threshold_pence");
            policy.Property(p => p.PurchaseExpiryDays).HasColumnName("purchase_expiry_days");
            policy.Property(p => p.ReceiptDueDays).HasColumnName("receipt_due_days");
            policy.Property(p => p.CompletionDueHours).HasColumnName("completion_due_hours");
            policy.Property(p => p.CashOnLeaving).HasColumnName("cash_on_leaving").HasConversion<int>();
        });
    }
}

internal sealed class FlexiBooksConfiguration : IEntityTypeConfiguration<FlexiBooks>
{
    public void Configure(EntityTypeBuilder<FlexiBooks> builder)
    {
        builder.ToTable("flexi_books");
        builder.HasKey(b => b.ServiceId);
        builder.HasOne<FlexiService>().WithOne().HasForeignKey<FlexiBooks>(b => b.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Ledger.Ledger>().WithMany().HasForeignKey(b => b.MinutesLedgerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Ledger.Ledger>().WithMany().HasForeignKey(b => b.CashLedgerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Ledger.Account>().WithMany().HasForeignKey(b => b.MinutesFundingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Ledger.Account>().WithMany().HasForeignKey(b => b.CashFundingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Ledger.Account>().WithMany().HasForeignKey(b => b.PurchasesId).OnDelete(DeleteBehavior.Restrict);
    }
}
