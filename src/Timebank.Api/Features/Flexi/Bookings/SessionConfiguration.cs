using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timebank.Domain.Flexi.Allowances;
using Timebank.Domain.Flexi.Bookings;
using Timebank.Domain.Flexi.Rota;
using Timebank.Domain.Flexi.Services;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Flexi;

internal sealed class SessionConfiguration : IEntityTypeConfiguration<SupportSession>
{
    public void Configure(EntityTypeBuilder<SupportSession> builder)
    {
        builder.ToTable("flexi_sessions", t => t.HasCheckConstraint("ck_flexi_sessions_minutes", "minutes BETWEEN 1 AND 1440"));
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Where).HasConversion<int>();
        builder.Property(s => s.Formality).HasConversion<int>();
        builder.Property(s => s.PlaceName).HasMaxLength(SessionPlace.NameMaxLength);
        builder.Property(s => s.Outcome).HasMaxLength(SupportSession.OutcomeMaxLength);
        // What happened to it is a row of its own (SessionResolution), restored on load.
        builder.Ignore(s => s.Status);
        builder.Ignore(s => s.DeliveredMinutes);
        builder.Ignore(s => s.ResolvedBy);
        builder.Ignore(s => s.ResolvedAt);
        builder.Ignore(s => s.CancelReason);
        builder.HasOne<FlexiService>().WithMany().HasForeignKey(s => s.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CustomerBudget>().WithMany().HasForeignKey(s => s.BudgetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(s => s.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(s => s.WorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(s => s.BookedBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.ServiceId, s.Start });
        // Two bookings of one worker at the same start cannot both be written.
        builder.HasIndex(s => new { s.WorkerId, s.Start }).IsUnique();
    }
}

internal sealed class SessionResolutionConfiguration : IEntityTypeConfiguration<SessionResolution>
{
    public void Configure(EntityTypeBuilder<SessionResolution> builder)
    {
        builder.ToTable("flexi_session_resolutions", t => t.HasCheckConstraint("ck_flexi_session_resolutions_status", "status IN (2, 3)"));
        builder.HasKey(r => r.SessionId);
        builder.Property(r => r.Status).HasConversion<int>();
        builder.Property(r => r.CancelReason).HasMaxLength(SupportSession.ReasonMaxLength);
        builder.HasOne<SupportSession>().WithOne().HasForeignKey<SessionResolution>(r => r.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Ledger.Transfer>().WithOne().HasForeignKey<SessionResolution>(r => r.TransferId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ShiftConfiguration : IEntityTypeConfiguration<Shift>
{
    public void Configure(EntityTypeBuilder<Shift> builder)
    {
        builder.ToTable("flexi_shifts", t => t.HasCheckConstraint("ck_flexi_shifts_order", "\"end\" > start"));
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Ignore(s => s.Interval);
        builder.HasOne<FlexiService>().WithMany().HasForeignKey(s => s.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(s => s.WorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(s => s.PlannedBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.ServiceId, s.Start });
        builder.HasIndex(s => new { s.WorkerId, s.Start });
    }
}

internal sealed class LinkWorkConfiguration : IEntityTypeConfiguration<LinkWork>
{
    public void Configure(EntityTypeBuilder<LinkWork> builder)
    {
        builder.ToTable("flexi_link_work");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Note).HasMaxLength(LinkWork.NoteMaxLength);
        builder.HasOne<FlexiService>().WithMany().HasForeignKey(l => l.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CustomerBudget>().WithMany().HasForeignKey(l => l.BudgetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(l => l.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(l => l.KeyworkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.ServiceId, l.Date });
    }
}
