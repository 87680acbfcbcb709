using NodaTime;

namespace Timebank.Domain.Ledger;

/// <summary>
/// An account's running totals: the posted balance (credits minus debits), and what pending holds would take off
/// or add. Totals change only through a <see cref="LedgerBook"/>, which records each change in the journal too.
/// </summary>
public sealed class Account
{
    public Id<Account> Id { get; private set; }
    public Id<Ledger> LedgerId { get; private set; }
    public LedgerUnit Unit { get; private set; }
    public AccountKind Kind { get; private set; }
    public Guid OwnerId { get; private set; }
    public long? Floor { get; private set; }
    public long? Ceiling { get; private set; }
    public long? WarnBelow { get; private set; }
    public long? WarnAbove { get; private set; }
    public long Posted { get; private set; }
    public long PendingDebits { get; private set; }
    public long PendingCredits { get; private set; }

    /// <summary>How many statement entries the account has; the next entry gets this plus one.</summary>
    public long EntryCount { get; private set; }

    public Instant CreatedAt { get; private set; }

    private Account(Id<Account> id, Id<Ledger> ledgerId, LedgerUnit unit, AccountKind kind, Guid ownerId, Instant createdAt)
    {
        Id = id;
        LedgerId = ledgerId;
        Unit = unit;
        Kind = kind;
        OwnerId = ownerId;
        CreatedAt = createdAt;
    }

    internal static Account Open(Id<Ledger> ledger, LedgerUnit unit, AccountKind kind, Guid owner, BalanceLimits limits, Instant now)
    {
        var account = new Account(Id<Account>.New(), ledger, unit, kind, owner, now);
        account.SetLimits(limits);
        return account;
    }

    /// <summary>What can still be spent: the posted balance less everything held against it.</summary>
    public long Available => Posted - PendingDebits;

    public BalanceLimits Limits => new(Floor, Ceiling, WarnBelow, WarnAbove);

    /// <summary>True when the available balance is under the soft floor, or what may arrive is over the soft ceiling.</summary>
    public bool IsBeyondSoftLimit => Available < WarnBelow || Posted + PendingCredits > WarnAbove;

    /// <summary>Changes the limits; refused when the current balance already lies outside the new hard limits.</summary>
    public void SetLimits(BalanceLimits limits)
    {
        limits.Validated();
        if (Available < limits.Floor || Posted + PendingCredits > limits.Ceiling)
            throw new DomainException(LimitsConflictWithBalance.Of(this));
        (Floor, Ceiling, WarnBelow, WarnAbove) = (limits.Floor, limits.Ceiling, limits.WarnBelow, limits.WarnAbove);
    }

    /// <summary>
    /// A detached copy with the same totals and limits. A writer that keeps committed states between units of work
    /// hands each unit its own copy, so what one unit changes (or undoes) never shows through an object another holds.
    /// </summary>
    public Account Copy() => (Account)MemberwiseClone();

    internal AccountState Capture() => new(this, Posted, PendingDebits, PendingCredits, EntryCount, Limits);

    internal void Restore(AccountState state)
    {
        (Posted, PendingDebits, PendingCredits, EntryCount) = (state.Posted, state.PendingDebits, state.PendingCredits, state.EntryCount);
        (Floor, Ceiling, WarnBelow, WarnAbove) = (state.Limits.Floor, state.Limits.Ceiling, state.Limits.WarnBelow, state.Limits.WarnAbove);
    }

    internal void Debit(long amount)
    {
        var posted = Add(Posted, -amount);
        RequireFloor(posted - PendingDebits);
        Posted = posted;
    }

    internal void Credit(long amount)
    {
        var posted = Add(Posted, amount);
        RequireCeiling(posted + PendingCredits);
        Posted = posted;
    }

    internal void HoldDebit(long amount)
    {
        var held = Add(PendingDebits, amount);
        RequireFloor(Add(Posted, -held));
        PendingDebits = held;
    }

    internal void HoldCredit(long amount)
    {
        var held = Add(PendingCredits, amount);
        RequireCeiling(Add(Posted, held));
        PendingCredits = held;
    }

    internal void ReleaseDebit(long amount) => PendingDebits = Add(PendingDebits, -amount);

    internal void ReleaseCredit(long amount) => PendingCredits = Add(PendingCredits, -amount);

    internal long NextEntry() => ++EntryCount;

    private void RequireFloor(long available)
    {
        if (available < Floor)
            throw new DomainException(LimitExceeded.At(this, "FLOOR", Floor.Value, available));
    }

    private void RequireCeiling(long reach)
    {
        if (reach > Ceiling)
            throw new DomainException(LimitExceeded.At(this, "CEILING", Ceiling.Value, reach));
    }

    private static long Add(long left, long right)
    {
        try
        {
            return checked(left + right);
        }
        catch (OverflowException)
        {
            throw new DomainException(new AmountTooLarge());
        }
    }
}

internal readonly record struct AccountState(Account Account, long Posted, long PendingDebits, long PendingCredits, long EntryCount, BalanceLimits Limits);
