using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodaTime;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Courses;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Courses.Cohorts;

internal sealed class CohortConfiguration : IEntityTypeConfiguration<Cohort>
{
    private sealed record StoredFacilitator(Guid Member, bool BanksHours);

    public void Configure(EntityTypeBuilder<Cohort> builder)
    {
        builder.ToTable("cohorts", t => t.HasCheckConstraint("ck_cohorts_capacity", $"capacity BETWEEN {Cohort.MinCapacity} AND {Cohort.MaxCapacity}"));
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.TimeZone).HasConversion(zone => zone.Id, id => DateTimeZoneProviders.Tzdb[id]).HasMaxLength(64);
        builder.Ignore(c => c.Facilitators);
        builder.Ignore(c => c.PlacesTaken);
        builder.Ignore(c => c.WaitList);
        builder.Property<List<Facilitator>>("_facilitators").HasColumnName("facilitators").HasMaxLength(2000)
            .HasConversion(JsonColumn.Converter<Facilitator, StoredFacilitator>(f => new(f.MemberId.Value, f.BanksHours), s => new(Id<Member>.From(s.Member), s.BanksHours)),
                JsonColumn.Comparer<Facilitator>());
        // Enrolling takes the cohort's version, so two people racing for the last place cannot both get it.
        builder.Property<int>(TimebankDbContext.VersionProperty).IsConcurrencyToken();
        builder.HasMany(c => c.Sessions).WithOne().HasForeignKey(s => s.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Sessions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(c => c.Enrolments).WithOne().HasForeignKey(e => e.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Enrolments).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(c => c.Attendance).WithOne().HasForeignKey("CohortId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Attendance).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne<Course>().WithMany().HasForeignKey(c => c.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(c => c.ScheduledBy).OnDelete(DeleteBehavior.Restrict);
        // The dashboard pages an organisation's cohorts by id, filtered by phase through when they start and end.
        builder.HasIndex(c => new { c.OrganisationId, c.Id });
        builder.HasIndex(c => new { c.CourseId, c.Id });
    }
}

internal sealed class CohortSessionConfiguration : IEntityTypeConfiguration<CohortSession>
{
    public void Configure(EntityTypeBuilder<CohortSession> builder)
    {
        builder.ToTable("cohort_sessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Title).HasMaxLength(CohortSession.TitleMaxLength);
        builder.Property(s => s.CancelReason).HasMaxLength(CohortSession.CancelReasonMaxLength);
        builder.Property(s => s.Status).HasConversion<int>();
        builder.Ignore(s => s.ModuleIds);
        builder.Ignore(s => s.End);
        builder.Ignore(s => s.IsCancelled);
        builder.Property<List<Id<CourseModule>>>("_moduleIds").HasColumnName("module_ids").HasMaxLength(2000)
            .HasConversion(JsonColumn.Converter<Id<CourseModule>, Guid>(m => m.Value, Id<CourseModule>.From), JsonColumn.Comparer<Id<CourseModule>>());
    }
}

internal sealed class EnrolmentConfiguration : IEntityTypeConfiguration<Enrolment>
{
    private sealed record StoredOutput(string Output, string On, Guid By, string? Note);

    public void Configure(EntityTypeBuilder<Enrolment> builder)
    {
        builder.ToTable("enrolments");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Status).HasConversion<int>();
        builder.Property(e => e.Supporter).HasMaxLength(Enrolment.SupporterMaxLength);
        builder.Ignore(e => e.Outputs);
        builder.Ignore(e => e.HoldsPlace);
        builder.Ignore(e => e.IsActive);
        builder.Property<List<RecordedOutput>>("_outputs").HasColumnName("outputs").HasMaxLength(8000)
            .HasConversion(JsonColumn.Converter<RecordedOutput, StoredOutput>(
                    o => new(o.Output, NodaTime.Text.LocalDatePattern.Iso.Format(o.RecordedOn), o.RecordedBy.Value, o.Note),
                    s => new(s.Output, NodaTime.Text.LocalDatePattern.Iso.Parse(s.On).Value, Id<Member>.From(s.By), s.Note)),
                JsonColumn.Comparer<RecordedOutput>());
        builder.HasOne<Member>().WithMany().HasForeignKey(e => e.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(e => e.EnrolledBy).OnDelete(DeleteBehavior.Restrict);
        // One enrolment not withdrawn per person per cohort: enrolling twice is refused by the database too.
        builder.HasIndex(e => new { e.CohortId, e.MemberId }).IsUnique().HasFilter("status <> 3");
        builder.HasIndex(e => new { e.MemberId, e.Id });
        builder.HasIndex(e => new { e.CohortId, e.Status });
    }
}

internal sealed class AttendanceMarkConfiguration : IEntityTypeConfiguration<AttendanceMark>
{
    public void Configure(EntityTypeBuilder<AttendanceMark> builder)
    {
        builder.ToTable("attendance_marks");
        builder.HasKey(m => new { m.SessionId, m.MemberId });
        builder.Property(m => m.Status).HasConversion<int>();
        builder.Ignore(m => m.Attended);
        builder.HasOne<CohortSession>().WithMany().HasForeignKey(m => m.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(m => m.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(m => m.RecordedBy).OnDelete(DeleteBehavior.Restrict);
    }
}
