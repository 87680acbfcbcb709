using NodaTime;
using Timebank.Domain.Common;
using Timebank.Domain.Members;

namespace Timebank.Domain.Plans.Journal;

/// <summary>
/// An entry in a person's journal: their words and references to what goes with them (a photo, a scanned
/// scrapbook page, an audio note). Only references are kept, never the files. Private to the person: sharing is
/// a list of named staff (<see cref="JournalShare"/>), decided by the person alone.
/// </summary>
public sealed class JournalEntry
{
    public const int TextMaxLength = 10_000;
    public const int MaxAttachments = 10;

    public Id<JournalEntry> Id { get; private set; }
    public Id<Member> PersonId { get; private set; }
    public string Text { get; private set; } = string.Empty;
    public IReadOnlyList<JournalAttachment> Attachments { get; private set; } = [];
    public Instant WrittenAt { get; private set; }

    private JournalEntry()
    {
    }

    public static JournalEntry Write(Id<Member> person, string? text, IReadOnlyList<JournalAttachment>? attachments, Instant now)
    {
        attachments ??= [];
        if (attachments.Count > MaxAttachments)
            throw new DomainException(new ValidationFailed("attachments", $"at most {MaxAttachments} to an entry"));
        return new JournalEntry
        {
            Id = Id<JournalEntry>.New(),
            PersonId = person,
            Text = Common.Text.Required(text, "text", TextMaxLength),
            Attachments = attachments,
            WrittenAt = now,
        };
    }

    /// <summary>Only the person decides who reads their journal; anyone else is told there is no such entry.</summary>
    public void RequireOwner(Id<Member> asker, string entryId)
    {
        if (asker != PersonId)
            throw new DomainException(new NotFound("journal entry", entryId));
    }
}
