namespace Timebank.Domain.Timebank;

/// <summary>
/// The exchange is not waiting for confirmation any more, said in the exchange's terms rather than the ledger's
/// (a hold): posted when it was recorded, or already confirmed, declined, expired or reversed.
/// </summary>
public sealed record ExchangeResolved(Id<Exchange> ExchangeId, string Status, string Message)
    : DomainError("HOLD_RESOLVED", Message)
{
    public static ExchangeResolved PostedWhenRecorded(Id<Exchange> exchange)
        => new(exchange, nameof(ExchangeStatus.Confirmed).ToUpperInvariant(), "That exchange was posted when it was recorded: its hours have already moved.");

    public static ExchangeResolved As(Id<Exchange> exchange, ExchangeStatus status)
        => new(exchange, status.ToString().ToUpperInvariant(), status switch
        {
            ExchangeStatus.Confirmed => "That exchange has already been confirmed.",
            ExchangeStatus.Declined => "That exchange has already been declined.",
            ExchangeStatus.Expired => "That exchange waited past its confirmation deadline and has expired; record it again if the help was given.",
            ExchangeStatus.Reversed => "That exchange has been reversed by a coordinator.",
            _ => "That exchange is no longer waiting for confirmation.",
        });
}
