using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timebank.Api.Features.Courses;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Courses;
using Timebank.Domain.Members;
using Timebank.Domain.Mentoring;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Mentoring;

/// <summary>Who is in a pairing, one row each, so "my pairings" is an indexed look-up rather than a search inside a list.</summary>
public sealed class PairingMember(Id<MentoringPairing> pairingId, Id<Member> memberId)
{
    public Id<MentoringPairing> PairingId { get; private set; } = pairingId;
    public Id<Member> MemberId { get; private set; } = memberId;
}

internal sealed class PairingConfiguration : IEntityTypeConfiguration<MentoringPairing>
{
    public void Configure(EntityTypeBuilder<MentoringPairing> builder)
    {
        builder.ToTable("mentoring_pairings");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Cadence).HasConversion<int>();
        builder.Ignore(p => p.MenteeIds);
        builder.Ignore(p => p.IsEnded);
        builder.Property<List<Id<Member>>>("_menteeIds").HasColumnName("mentee_ids").HasMaxLength(1000)
            .HasConversion(JsonColumn.Converter<Id<Member>, Guid>(m => m.Value, Id<Member>.From), JsonColumn.Comparer<Id<Member>>());
        builder.Property<int>(TimebankDbContext.VersionProperty).IsConcurrencyToken();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.HoursTimebankId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(p => p.MentorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(p => p.PairedBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(p => p.CohortId).OnDelete(DeleteBehavior.Restrict);
        // "Who is overdue" reads pairings due before a date, in order: one range scan.
        builder.HasIndex(p => new { p.OrganisationId, p.NextDueOn, p.Id });
        builder.HasIndex(p => new { p.OrganisationId, p.Id });
    }
}

internal sealed class PairingMemberConfiguration : IEntityTypeConfiguration<PairingMember>
{
    public void Configure(EntityTypeBuilder<PairingMember> builder)
    {
        builder.ToTable("mentoring_pairing_members");
        builder.HasKey(m => new { m.PairingId, m.MemberId });
        builder.HasOne<MentoringPairing>().WithMany().HasForeignKey(m => m.PairingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(m => m.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.MemberId, m.PairingId });
    }
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<MentoringMeeting>
{
    public void Configure(EntityTypeBuilder<MentoringMeeting> builder)
    {
        builder.ToTable("mentoring_meetings");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        // Notes are internal to the domain, read only through NotesFor, which keeps them to the pair.
        builder.Property<string?>("Notes").HasMaxLength(MentoringMeeting.NotesMaxLength);
        builder.HasOne<MentoringPairing>().WithMany().HasForeignKey(m => m.PairingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(m => m.LoggedBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.PairingId, m.Date });
    }
}
