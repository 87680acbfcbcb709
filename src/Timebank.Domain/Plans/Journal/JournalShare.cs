using NodaTime;
using Timebank.Domain.Common;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Plans.Journal;

/// <summary>
/// One entry shared with one named member of staff, through the organisation in which they support the person.
/// Withdrawing deletes the row, so the next read no longer finds it.
/// </summary>
public sealed class JournalShare
{
    public Id<JournalShare> Id { get; private set; }
    public Id<JournalEntry> EntryId { get; private set; }
    public Id<Member> MemberId { get; private set; }
    public Id<Organisation> OrganisationId { get; private set; }
    public Instant SharedAt { get; private set; }

    private JournalShare()
    {
    }

    public static JournalShare With(JournalEntry entry, Id<Member> staff, Id<Organisation> through, Instant now)
    {
        if (staff == entry.PersonId)
            throw new DomainException(new ValidationFailed("memberIds", "your journal is already yours; share it with the staff who support you"));
        return new JournalShare { Id = Id<JournalShare>.New(), EntryId = entry.Id, MemberId = staff, OrganisationId = through, SharedAt = now };
    }
}
