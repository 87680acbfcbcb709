using GraphQL.Types;
using Timebank.Domain.Plans.Journal;

namespace Timebank.Api.Features.Plans.Journal;

public sealed record AttachmentInput(AttachmentKind Kind, string Reference, string? Caption);

public sealed record AddJournalEntryInput(string Text, List<AttachmentInput>? Attachments)
{
    public IReadOnlyList<JournalAttachment> ToAttachments()
        => Attachments?.Select((a, i) => JournalAttachment.Create(a.Kind, a.Reference, a.Caption, $"attachments[{i}]")).ToList() ?? [];
}

public sealed record ShareJournalEntryInput(string EntryId, List<string> MemberIds);

public sealed class AttachmentKindType : EnumerationGraphType<AttachmentKind>
{
    public AttachmentKindType()
    {
        Name = "AttachmentKind";
        Description = "PHOTO, SCAN (e.g. a scrapbook page) or AUDIO (a spoken note).";
    }
}

public sealed class AttachmentInputType : InputObjectGraphType<AttachmentInput>
{
    public AttachmentInputType()
    {
        Name = "JournalAttachmentInput";
        Field<NonNullGraphType<AttachmentKindType>>("kind");
        Field(i => i.Reference).Description("Where the file is kept (https://…): the journal keeps the reference, never the file.");
        Field(i => i.Caption, nullable: true);
    }
}

public sealed class AddJournalEntryInputType : InputObjectGraphType<AddJournalEntryInput>
{
    public AddJournalEntryInputType()
    {
        Name = "AddJournalEntryInput";
        Field(i => i.Text).Description($"In your own words, up to {JournalEntry.TextMaxLength} characters.");
        Field<ListGraphType<NonNullGraphType<AttachmentInputType>>>("attachments").Description($"Up to {JournalEntry.MaxAttachments}.");
    }
}

public sealed class ShareJournalEntryInputType : InputObjectGraphType<ShareJournalEntryInput>
{
    public ShareJournalEntryInputType()
    {
        Name = "ShareJournalEntryInput";
        Field<NonNullGraphType<IdGraphType>>("entryId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("memberIds").Description("Named staff of an organisation that supports you (up to 20).");
    }
}

public sealed class UnshareJournalEntryInputType : InputObjectGraphType<ShareJournalEntryInput>
{
    public UnshareJournalEntryInputType()
    {
        Name = "UnshareJournalEntryInput";
        Field<NonNullGraphType<IdGraphType>>("entryId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("memberIds").Description("Who no longer reads it: from their next request.");
    }
}
