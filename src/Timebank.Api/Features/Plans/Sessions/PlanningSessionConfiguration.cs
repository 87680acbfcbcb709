using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timebank.Api.Features.Plans.Plans;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Plans.Sessions;

namespace Timebank.Api.Features.Plans.Sessions;

/// <summary>
/// A session's sittings, facilitators, people planning, allies and attendance are JSON documents on its row: a session
/// is small, read and changed whole, and nothing queries inside them.
/// </summary>
internal sealed class PlanningSessionConfiguration : IEntityTypeConfiguration<PlanningSession>
{
    public void Configure(EntityTypeBuilder<PlanningSession> builder)
    {
        builder.ToTable("planning_sessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Title).HasMaxLength(PlanningSession.TitleMaxLength);
        builder.Property(s => s.Place).HasMaxLength(PlanningSession.PlaceMaxLength);
        builder.Property(s => s.Sittings).HasConversion(PlanDocuments.Converter<IReadOnlyList<Sitting>>(), PlanDocuments.Comparer<IReadOnlyList<Sitting>>());
        builder.Property(s => s.Facilitators).HasConversion(PlanDocuments.Converter<IReadOnlyList<Id<Member>>>(), PlanDocuments.Comparer<IReadOnlyList<Id<Member>>>());
        builder.Property(s => s.Attendees).HasConversion(PlanDocuments.Converter<IReadOnlyList<SessionAttendee>>(), PlanDocuments.Comparer<IReadOnlyList<SessionAttendee>>());
        builder.Property(s => s.Allies).HasConversion(PlanDocuments.Converter<IReadOnlyList<SessionAlly>>(), PlanDocuments.Comparer<IReadOnlyList<SessionAlly>>());
        builder.Property(s => s.Attendance).HasConversion(PlanDocuments.Converter<IReadOnlyList<SittingAttendance>>(), PlanDocuments.Comparer<IReadOnlyList<SittingAttendance>>());
        // Joins racing for the last place: the second sees the row moved, reads it again and finds the session full.
        builder.Property<int>(Platform.Persistence.TimebankDbContext.VersionProperty).IsConcurrencyToken();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(s => s.ScheduledBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.OrganisationId, s.Id });
    }
}
