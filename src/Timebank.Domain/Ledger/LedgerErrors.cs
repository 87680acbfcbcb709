namespace Timebank.Domain.Ledger;

/// <summary>
/// A transfer would take an account past a hard limit. The ledger raises it with every fact (<see cref="At"/>); the
/// feature that answers a person presents it in their terms (<see cref="Shown"/>, <see cref="Hidden"/>), so a
/// refusal never quantifies an account the person may not read.
/// </summary>
public sealed record LimitExceeded : DomainError
{
    public LimitExceeded(Id<Account>? accountId, string limit, long? limitValue, long? balanceWouldBe, string field, string message)
        : base("LIMIT_EXCEEDED", message)
        => (AccountId, Limit, LimitValue, BalanceWouldBe, Field) = (accountId, limit, limitValue, balanceWouldBe, field);

    /// <summary>The account; null when the person asking may not read it.</summary>
    public Id<Account>? AccountId { get; }

    /// <summary>FLOOR or CEILING.</summary>
    public string Limit { get; }

    public long? LimitValue { get; }

    public long? BalanceWouldBe { get; }

    /// <summary>The input that caused it: the field or list position naming the account (e.g. receiverIds[2]), set by the feature; "amount" until then.</summary>
    public string Field { get; }

    public static LimitExceeded At(Account account, string limit, long limitValue, long balanceWouldBe)
        => new(account.Id, limit, limitValue, balanceWouldBe, "amount",
            $"That would take the account to {AmountText.Format(balanceWouldBe, account.Unit)}, past its {limit.ToLowerInvariant()} of {AmountText.Format(limitValue, account.Unit)}.");

    /// <summary>For an account the person may read: <paramref name="whose"/> is "your", "Ann's" or "the pool's".</summary>
    public LimitExceeded Shown(string field, string whose, LedgerUnit unit)
    {
        var (balance, limit) = (AmountText.Format(BalanceWouldBe ?? 0, unit), AmountText.Format(LimitValue ?? 0, unit));
        var of = whose == "your" ? "your" : "the";
        return new(AccountId, Limit, LimitValue, BalanceWouldBe, field,
            $"That would take {whose} balance to {balance}, past {of} {Limit.ToLowerInvariant()} of {limit}.");
    }

    /// <summary>For an account the person may not read: only which one, in words ("the receiver's balance").</summary>
    public LimitExceeded Hidden(string field, string which)
        => new(null, Limit, null, null, field, $"That would take {which} past its limit.");
}

// The message is made once, in the account's unit, and kept (the unit itself is no field of the error).
public sealed record LimitsConflictWithBalance(Id<Account> AccountId, long Posted, long Available, string Message)
    : DomainError("LIMITS_CONFLICT", Message)
{
    public static LimitsConflictWithBalance Of(Account account)
        => new(account.Id, account.Posted, account.Available,
            $"The account's balance ({AmountText.Format(account.Posted, account.Unit)}, {AmountText.Format(account.Available, account.Unit)} available) already lies outside those limits.");
}

public sealed record DifferentLedgers()
    : DomainError("LEDGER_MISMATCH", "Both accounts must belong to the same ledger: hours, support minutes and cash never mix.");

public sealed record HoldNotPending(Id<Transfer> TransferId, string State)
    : DomainError("HOLD_RESOLVED", $"That hold has already been {State.ToLowerInvariant()}.");

public sealed record HoldExpired(Id<Transfer> TransferId)
    : DomainError("HOLD_EXPIRED", "That hold passed its deadline and has expired.");

public sealed record AmountExceedsHold(long Held, string Message)
    : DomainError("AMOUNT_EXCEEDS_HOLD", Message)
{
    public static AmountExceedsHold Of(long held, LedgerUnit unit) => new(held, $"Only {AmountText.Format(held, unit)} is held; post that much or less.");
}

public sealed record AlreadyReversed(Id<Transfer> TransferId)
    : DomainError("ALREADY_REVERSED", "That transfer has already been reversed.");

public sealed record NotReversible(string Reason)
    : DomainError("NOT_REVERSIBLE", Reason);

public sealed record AmountTooLarge()
    : DomainError("AMOUNT_TOO_LARGE", "That amount would overflow the account's balance.");

/// <summary>The idempotency key was used before with a different request.</summary>
public sealed record IdempotencyKeyReused()
    : DomainError("IDEMPOTENCY_KEY_REUSED", "This idempotency key was already used for a different request; choose a new key.");
