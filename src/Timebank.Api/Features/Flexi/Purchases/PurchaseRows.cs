using NodaTime;
using Timebank.Domain.Flexi.Cash;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Flexi;

/// <summary>A purchase's sign-off (approved, rejected, withdrawn), written with the transfer that posted or voided its hold; once per purchase.</summary>
public sealed class PurchaseDecision(Id<Purchase> purchaseId, PurchaseStatus status, Id<Member> by, Instant at, string? reason)
{
    public Id<Purchase> PurchaseId { get; private set; } = purchaseId;
    public PurchaseStatus Status { get; private set; } = status;
    public Id<Member> By { get; private set; } = by;
    public Instant At { get; private set; } = at;
    public string? Reason { get; private set; } = reason;

    public static PurchaseDecision Of(Purchase purchase) => new(purchase.Id, purchase.Status, purchase.Decision!.By, purchase.Decision.At, purchase.Decision.Reason);
}

/// <summary>The receipt returned for a purchase, written with the change it sent back (if any); once per purchase.</summary>
public sealed class PurchaseReceipt(Id<Purchase> purchaseId, string reference, long pence, LocalDate date, Id<Member> attachedBy, Instant attachedAt)
{
    public Id<Purchase> PurchaseId { get; private set; } = purchaseId;
    public string Reference { get; private set; } = reference;
    public long Pence { get; private set; } = pence;
    public LocalDate Date { get; private set; } = date;
    public Id<Member> AttachedBy { get; private set; } = attachedBy;
    public Instant AttachedAt { get; private set; } = attachedAt;

    public static PurchaseReceipt Of(Purchase purchase)
        => new(purchase.Id, purchase.Receipt!.Reference, purchase.Receipt.Pence, purchase.Receipt.Date, purchase.Receipt.AttachedBy, purchase.Receipt.AttachedAt);

    public AttachedReceipt ToReceipt() => new(Reference, Pence, Date, AttachedBy, AttachedAt);
}

/// <summary>A manager's note that a purchase is worth a conversation about outcomes; the latest note stands.</summary>
public sealed class PurchaseConversation(Id<Purchase> purchaseId, string note, Id<Member> by, Instant at)
{
    public Id<Purchase> PurchaseId { get; private set; } = purchaseId;
    public string Note { get; private set; } = note;
    public Id<Member> By { get; private set; } = by;
    public Instant At { get; private set; } = at;

    public void Replace(ConversationNote note) => (Note, By, At) = (note.Note, note.By, note.At);
}
