using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timebank.Api.Features.Plans.Plans;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Plans.Journal;

namespace Timebank.Api.Features.Plans.Journal;

internal sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> builder)
    {
        builder.ToTable("journal_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Text).HasMaxLength(JournalEntry.TextMaxLength);
        // Attachments are references written with the entry and read whole with it: a JSON document beside the row.
        builder.Property(e => e.Attachments).HasConversion(PlanDocuments.Converter<IReadOnlyList<JournalAttachment>>(), PlanDocuments.Comparer<IReadOnlyList<JournalAttachment>>());
        builder.HasOne<Member>().WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.PersonId, e.Id });
    }
}

internal sealed class JournalShareConfiguration : IEntityTypeConfiguration<JournalShare>
{
    public void Configure(EntityTypeBuilder<JournalShare> builder)
    {
        builder.ToTable("journal_shares");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasOne<JournalEntry>().WithMany().HasForeignKey(s => s.EntryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        // Sharing twice with one person is one share; staff read what was shared with them by member.
        builder.HasIndex(s => new { s.EntryId, s.MemberId }).IsUnique();
        builder.HasIndex(s => new { s.MemberId, s.EntryId });
    }
}
