namespace Timebank.Domain.Ledger;

/// <summary>A transfer would take an account past a hard limit.</summary>
public sealed record LimitExceeded(Id<Account> AccountId, string Limit, long LimitValue, long BalanceWouldBe)
    : DomainError("LIMIT_EXCEEDED", $"That would take the account to {BalanceWouldBe}, past its {Limit.ToLowerInvariant()} of {LimitValue}.");

public sealed record LimitsConflictWithBalance(Id<Account> AccountId, long Posted, long Available)
    : DomainError("LIMITS_CONFLICT", $"The account's balance ({Posted}, {Available} available) already lies outside those limits.");

public sealed record DifferentLedgers()
    : DomainError("LEDGER_MISMATCH", "Both accounts must belong to the same ledger: hours, support minutes and cash never mix.");

public sealed record HoldNotPending(Id<Transfer> TransferId, string State)
    : DomainError("HOLD_RESOLVED", $"That hold has already been {State.ToLowerInvariant()}.");

public sealed record HoldExpired(Id<Transfer> TransferId)
    : DomainError("HOLD_EXPIRED", "That hold passed its deadline and has expired.");

public sealed record AmountExceedsHold(long Held)
    : DomainError("AMOUNT_EXCEEDS_HOLD", $"Only {Held} is held; post that much or less.");

public sealed record AlreadyReversed(Id<Transfer> TransferId)
    : DomainError("ALREADY_REVERSED", "That transfer has already been reversed.");

public sealed record NotReversible(string Reason)
    : DomainError("NOT_REVERSIBLE", Reason);

public sealed record AmountTooLarge()
    : DomainError("AMOUNT_TOO_LARGE", "That amount would overflow the account's balance.");

/// <summary>The idempotency key was used before with a different request.</summary>
public sealed record IdempotencyKeyReused()
    : DomainError("IDEMPOTENCY_KEY_REUSED", "This idempotency key was already used for a different request; choose a new key.");
