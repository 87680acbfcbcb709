using Timebank.Domain.Common;

namespace Timebank.Domain.Plans.Journal;

public enum AttachmentKind
{
    Photo = 1,
    Scan = 2,
    Audio = 3,
}

/// <summary>What goes with an entry, as a reference (an address where the file is kept) and a caption: never the bytes.</summary>
public sealed record JournalAttachment(AttachmentKind Kind, string Reference, string? Caption)
{
    public const int ReferenceMaxLength = 2_000;
    public const int CaptionMaxLength = 500;

    /// <summary>Checked where made; <paramref name="field"/> names the line in the input (attachments[1].reference).</summary>
    public static JournalAttachment Create(AttachmentKind kind, string? reference, string? caption, string field)
    {
        if (!Enum.IsDefined(kind))
            throw new DomainException(new ValidationFailed($"{field}.kind", "must be a photo, a scan or an audio note"));
        var address = Text.Required(reference, $"{field}.reference", ReferenceMaxLength);
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            throw new DomainException(new ValidationFailed($"{field}.reference", "must be a web address (https://…) where the file is kept"));
        return new JournalAttachment(kind, address, Text.Optional(caption, $"{field}.caption", CaptionMaxLength));
    }
}
