using NodaTime;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Ledger;

/// <summary>What a ledger counts: whole minutes of time or whole pence. Never fractions, never floating point.</summary>
public enum LedgerUnit
{
    Minutes = 1,
    Pence = 2,
}

/// <summary>Why a ledger exists. Each organisation keeps separate ledgers, and value never crosses between them.</summary>
public enum LedgerPurpose
{
    TimebankHours = 1,
    SupportMinutes = 2,
    Cash = 3,
}

/// <summary>One closed book of accounts in one unit: every transfer stays inside it, so its balances always sum to zero.</summary>
public sealed class Ledger
{
    public Id<Ledger> Id { get; private set; }
    public Id<Organisation> OrganisationId { get; private set; }
    public LedgerPurpose Purpose { get; private set; }
    public LedgerUnit Unit { get; private set; }
    public Instant CreatedAt { get; private set; }

    private Ledger(Id<Ledger> id, Id<Organisation> organisationId, LedgerPurpose purpose, LedgerUnit unit, Instant createdAt)
    {
        Id = id;
        OrganisationId = organisationId;
        Purpose = purpose;
        Unit = unit;
        CreatedAt = createdAt;
    }

    public static Ledger Open(Id<Organisation> organisation, LedgerPurpose purpose, Instant now)
        => new(Id<Ledger>.New(), organisation, purpose, purpose == LedgerPurpose.Cash ? LedgerUnit.Pence : LedgerUnit.Minutes, now);

    /// <summary>Opens an account in this ledger; the account takes the ledger's unit.</summary>
    public Account OpenAccount(AccountKind kind, Guid owner, BalanceLimits limits, Instant now)
        => Account.Open(Id, Unit, kind, owner, limits, now);
}

/// <summary>Whose account it is; the owner id refers to a member, an organisation or a customer accordingly.</summary>
public enum AccountKind
{
    MemberHours = 1,
    TimebankPool = 2,
    CustomerTime = 3,
    CustomerCash = 4,
    WorkerDelivered = 5,
    ServiceFunding = 6,

    /// <summary>An organisation's hours in a timebank it does not run (a training body paying its volunteer facilitators).</summary>
    OrganisationHours = 7,
}

/// <summary>
/// Hard limits (a transfer that would cross them is refused) and soft limits (a transfer that crosses them is made,
/// with a warning). Any of them may be absent.
/// </summary>
public sealed record BalanceLimits(long? Floor, long? Ceiling, long? WarnBelow = null, long? WarnAbove = null)
{
    public static readonly BalanceLimits None = new(null, null);

    public BalanceLimits Validated()
    {
        if (Floor > Ceiling)
            throw new DomainException(new ValidationFailed("floor", "must not be above the ceiling"));
        if (Floor > 0 || Ceiling < 0)
            throw new DomainException(new ValidationFailed(Floor > 0 ? "floor" : "ceiling", "must allow a zero balance"));
        if (WarnBelow < Floor || WarnAbove > Ceiling)
            throw new DomainException(new ValidationFailed("warn", "soft limits must sit inside the hard limits"));
        return this;
    }
}
