using NodaTime;

namespace Timebank.Domain.Ledger;

/// <summary>
/// What a journal row does. The journal is append-only: a hold is resolved by a new row that points at it, and a
/// mistake is corrected by a reversal that points at the original, never by editing or deleting a row.
/// </summary>
public enum TransferKind
{
    /// <summary>Moves the amount at once.</summary>
    Posted = 1,

    /// <summary>Holds the amount against the debit account until it is posted, voided or expires.</summary>
    Pending = 2,

    /// <summary>Posts a hold, in full or for less (the rest is released).</summary>
    PostPending = 3,

    VoidPending = 4,

    ExpirePending = 5,
}

public sealed class Transfer
{
    public Id<Transfer> Id { get; private set; }
    public Id<Ledger> LedgerId { get; private set; }
    public TransferKind Kind { get; private set; }
    public Id<Account> DebitAccountId { get; private set; }
    public Id<Account> CreditAccountId { get; private set; }

    /// <summary>The amount moved (for a resolution: posted, or released by a void or expiry).</summary>
    public long Amount { get; private set; }

    /// <summary>For PostPending, VoidPending and ExpirePending: the hold this row resolves (at most one row each).</summary>
    public Id<Transfer>? PendingId { get; private set; }

    /// <summary>For a reversal: the transfer it undoes (at most one reversal each).</summary>
    public Id<Transfer>? ReversesId { get; private set; }

    /// <summary>Transfers made together in one all-or-nothing set share this id.</summary>
    public Guid? LinkId { get; private set; }

    /// <summary>For a hold: when it expires if nobody resolves it first.</summary>
    public Instant? ExpiresAt { get; private set; }

    /// <summary>A small number the owning feature uses to tell its kinds of movement apart (e.g. exchange, donation).</summary>
    public int Code { get; private set; }

    public Instant CreatedAt { get; private set; }

    private Transfer(Id<Ledger> ledgerId, TransferKind kind, Id<Account> debitAccountId, Id<Account> creditAccountId, long amount, int code, Instant createdAt)
    {
        Id = Id<Transfer>.New();
        LedgerId = ledgerId;
        Kind = kind;
        DebitAccountId = debitAccountId;
        CreditAccountId = creditAccountId;
        Amount = amount;
        Code = code;
        CreatedAt = createdAt;
    }

    internal static Transfer Create(Id<Ledger> ledger, TransferKind kind, Id<Account> debit, Id<Account> credit, long amount, int code, Instant now,
        Id<Transfer>? pendingId = null, Id<Transfer>? reversesId = null, Guid? linkId = null, Instant? expiresAt = null)
        => new(ledger, kind, debit, credit, amount, code, now)
        {
            PendingId = pendingId,
            ReversesId = reversesId,
            LinkId = linkId,
            ExpiresAt = expiresAt,
        };

    /// <summary>Whether this row moved posted balances (and so can be reversed).</summary>
    public bool MovesPostedBalance => Kind is TransferKind.Posted or TransferKind.PostPending;
}

/// <summary>
/// One line of an account's statement: the change a transfer made to the posted balance and the balance after it.
/// Numbered per account, so a statement pages by (account, sequence) however long the history. <see cref="At"/> is
/// when it was posted; <see cref="ValueDate"/> the day the movement is about (for an exchange, the day the help was
/// given), which is how statement periods are read.
/// </summary>
public sealed record AccountEntry(Id<Account> AccountId, long Sequence, Id<Transfer> TransferId, long Change, long BalanceAfter, Instant At, LocalDate ValueDate);

/// <summary>A hold that is still open: what it holds, between which accounts, until when, and the day it is about.</summary>
public sealed record OpenHold(Id<Transfer> TransferId, Id<Ledger> LedgerId, Id<Account> DebitAccountId, Id<Account> CreditAccountId, long Amount, Instant? ExpiresAt, int Code, LocalDate ValueDate)
{
    /// <summary>A hold is expired from its deadline on: at the deadline itself, posting or voiding is too late.</summary>
    public bool IsExpiredAt(Instant now) => ExpiresAt <= now;
}
