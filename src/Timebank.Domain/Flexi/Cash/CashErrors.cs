namespace Timebank.Domain.Flexi.Cash;

public sealed record NotEnoughCash(long AvailablePence, long AskedPence)
    : DomainError("NOT_ENOUGH_CASH", $"Only {FlexiText.Pence(AvailablePence)} is available; this purchase needs {FlexiText.Pence(AskedPence)}. Cash can be saved over several weeks for a bigger purchase.");

/// <summary>The available balance is left out (null) for anyone who may not read that customer's cash.</summary>
public sealed record ShareNotAffordable(string Customer, long? AvailablePence, long SharePence)
    : DomainError("SHARE_NOT_AFFORDABLE", AvailablePence is { } available
        ? $"{Customer} has only {FlexiText.Pence(available)} available for a share of {FlexiText.Pence(SharePence)}; nothing has been requested."
        : $"{Customer} does not have {FlexiText.Pence(SharePence)} available for their share; nothing has been requested.");

public sealed record PurchaseNotAwaitingSignOff(PurchaseStatus Status)
    : DomainError("PURCHASE_NOT_AWAITING_SIGN_OFF", Status switch
    {
        PurchaseStatus.Spent => "This purchase has already been approved and spent.",
        PurchaseStatus.Rejected => "This purchase has already been rejected.",
        PurchaseStatus.Expired => "This purchase waited past its deadline and has expired.",
        PurchaseStatus.Withdrawn => "This purchase has been withdrawn.",
        _ => "This purchase is still waiting for the customers sharing it to agree.",
    });

public sealed record PurchaseExpired()
    : DomainError("PURCHASE_EXPIRED", "This purchase waited past its sign-off deadline and has expired; ask for it again.");

public sealed record NotYourPurchase()
    : DomainError("NOT_YOUR_PURCHASE", "Receipts can only be attached to your own purchases.");

public sealed record PurchaseNotSpent()
    : DomainError("PURCHASE_NOT_SPENT", "A receipt can be attached once the purchase has been spent.");

public sealed record ReceiptAlreadyAttached()
    : DomainError("RECEIPT_ALREADY_ATTACHED", "This purchase already has its receipt.");

public sealed record ReceiptExceedsPurchase(long SpentPence, long ReceiptPence)
    : DomainError("RECEIPT_EXCEEDS_PURCHASE", $"The receipt is for {FlexiText.Pence(ReceiptPence)} but {FlexiText.Pence(SpentPence)} was spent; a receipt can be for that much or less.");

public sealed record ShareAlreadyAgreed()
    : DomainError("SHARE_ALREADY_AGREED", "You have already agreed to your share.");
