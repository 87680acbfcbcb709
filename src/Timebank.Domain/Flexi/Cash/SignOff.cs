using NodaTime;
using Timebank.Domain.Members;

namespace Timebank.Domain.Flexi.Cash;

/// <summary>Who decided on a purchase waiting for sign-off, when, and (for a refusal) why.</summary>
public sealed record SignOff(Id<Member> By, Instant At, string? Reason)
{
    public const int ReasonMaxLength = 500;
}

/// <summary>A receipt as returned: who attached it and when.</summary>
public sealed record AttachedReceipt(string Reference, long Pence, LocalDate Date, Id<Member> AttachedBy, Instant AttachedAt);

/// <summary>A manager's note that a purchase is worth a conversation about outcomes (rather than a refusal).</summary>
public sealed record ConversationNote(string Note, Id<Member> By, Instant At)
{
    public const int MaxLength = 1000;
}
