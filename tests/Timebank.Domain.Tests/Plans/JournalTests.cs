using NodaTime;
using Timebank.Domain.Common;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Plans.Journal;

namespace Timebank.Domain.Tests.Plans;

public sealed class JournalTests
{
    private static readonly Id<Member> Person = Id<Member>.New();
    private static readonly Instant Now = Instant.FromUtc(2027, 3, 1, 10, 0);

    private static DomainError Refusal(Action act) => Assert.Throws<DomainException>(act).Error;

    [Fact]
    public void An_entry_keeps_its_text_and_attachment_references_and_refuses_blank_or_too_long_text()
    {
        var photo = JournalAttachment.Create(AttachmentKind.Photo, " https://files.example.org/1.jpg ", "Beans", "attachments[0]");
        var entry = JournalEntry.Write(Person, "  At the allotment ", [photo], Now);
        Assert.Equal(("At the allotment", "https://files.example.org/1.jpg"), (entry.Text, entry.Attachments[0].Reference));
        Assert.Equal("text: must not be blank", Refusal(() => JournalEntry.Write(Person, "", null, Now)).Message);
        Assert.IsType<ValidationFailed>(Refusal(() => JournalEntry.Write(Person, new string('a', JournalEntry.TextMaxLength + 1), null, Now)));
        Assert.Equal("attachments", ((ValidationFailed)Refusal(() => JournalEntry.Write(Person, "Many", Enumerable.Repeat(photo, JournalEntry.MaxAttachments + 1).ToList(), Now))).Field);
    }

    [Theory]
    [InlineData("not an address")]
    [InlineData("data:image/png;base64,AAAA")]
    [InlineData("file:///home/pat/photo.jpg")]
    public void An_attachment_is_a_web_address_never_the_file_itself(string reference)
        => Assert.Equal("attachments[2].reference", ((ValidationFailed)Refusal(() => JournalAttachment.Create(AttachmentKind.Scan, reference, null, "attachments[2]"))).Field);

    [Fact]
    public void Only_the_person_shares_and_never_with_themselves()
    {
        var entry = JournalEntry.Write(Person, "A good day", null, Now);
        Assert.IsType<NotFound>(Refusal(() => entry.RequireOwner(Id<Member>.New(), "x")));
        entry.RequireOwner(Person, "x");
        Assert.IsType<ValidationFailed>(Refusal(() => JournalShare.With(entry, Person, Id<Organisation>.New(), Now)));
        Assert.Equal(entry.Id, JournalShare.With(entry, Id<Member>.New(), Id<Organisation>.New(), Now).EntryId);
    }
}
