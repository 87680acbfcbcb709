using NodaTime;
using Timebank.Domain.Ledger;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Timebank;

/// <summary>
/// A timebank's ledger and its rules: where its hours are kept, the pool members donate to, the limits new member
/// accounts get, and how long an exchange waits for the receiver to confirm it.
/// </summary>
public sealed class TimebankSettings
{
    /// <summary>Decided default: members may go ten hours into debit.</summary>
    public const long DefaultFloorMinutes = -10 * 60;

    public const int DefaultConfirmationDays = 14;

    public Id<Organisation> OrganisationId { get; private set; }
    public Id<Ledger.Ledger> LedgerId { get; private set; }
    public Id<Account> PoolAccountId { get; private set; }

    /// <summary>Every exchange has a category (funders are told hours by category); this one is used when none is chosen.</summary>
    public Id<Category> DefaultCategoryId { get; private set; }
    public long? MemberFloor { get; private set; }
    public long? MemberCeiling { get; private set; }
    public long? MemberWarnBelow { get; private set; }
    public long? MemberWarnAbove { get; private set; }
    public int ConfirmationDays { get; private set; }

    /// <summary>Whose calendar dates mean: exchange dates, statement ranges and reports.</summary>
    public DateTimeZone TimeZone { get; private set; } = DateTimeZoneProviders.Tzdb["Europe/London"];

    public Instant CreatedAt { get; private set; }

    private TimebankSettings(Id<Organisation> organisationId, Id<Ledger.Ledger> ledgerId, Id<Account> poolAccountId, Id<Category> defaultCategoryId, Instant createdAt)
    {
        OrganisationId = organisationId;
        LedgerId = ledgerId;
        PoolAccountId = poolAccountId;
        DefaultCategoryId = defaultCategoryId;
        CreatedAt = createdAt;
        MemberFloor = DefaultFloorMinutes;
        // Warn an hour before the floor refuses.
        MemberWarnBelow = DefaultFloorMinutes + 60;
        ConfirmationDays = DefaultConfirmationDays;
    }

    public const string DefaultCategoryName = "General";

    /// <summary>
    /// Opens the timebank's ledger, its pool and its default category. The pool cannot go below zero until a
    /// coordinator lowers its floor: hours granted from it are hours members donated, unless the timebank decides to
    /// issue more.
    /// </summary>
    public static (TimebankSettings Settings, Ledger.Ledger Ledger, Account Pool, Category General) Open(Organisation organisation, Instant now)
    {
        if (organisation.Kind != OrganisationKind.Timebank)
            throw new DomainException(new NotAllowed("Hours are exchanged in timebank organisations only."));
        var ledger = Ledger.Ledger.Open(organisation.Id, TimebankLedger.Hours, TimebankLedger.Unit, now);
        var pool = ledger.OpenAccount(TimebankLedger.Pool, organisation.Id.Value, new BalanceLimits(Floor: 0, Ceiling: null), now);
        var general = Category.Create(organisation.Id, DefaultCategoryName);
        // A new timebank's ledger day starts in its organisation's calendar; configureTimebank can move it later.
        var settings = new TimebankSettings(organisation.Id, ledger.Id, pool.Id, general.Id, now) { TimeZone = organisation.TimeZone };
        return (settings, ledger, pool, general);
    }

    public BalanceLimits MemberLimits => new(MemberFloor, MemberCeiling, MemberWarnBelow, MemberWarnAbove);

    /// <summary>A member's hours account in this timebank, with the timebank's current default limits.</summary>
    public Account OpenMemberAccount(Ledger.Ledger ledger, Id<Members.Member> member, Instant now)
        => ledger.Id == LedgerId
            ? ledger.OpenAccount(TimebankLedger.MemberHours, member.Value, MemberLimits, now)
            : throw new DomainException(new DifferentLedgers());

    /// <summary>Changes the defaults for accounts opened from now on and the confirmation window.</summary>
    public void Configure(BalanceLimits memberLimits, int confirmationDays, DateTimeZone timeZone)
    {
        TimeZone = timeZone;
        memberLimits.Validated();
        if (confirmationDays is < 1 or > 90)
            throw new DomainException(new ValidationFailed("confirmationDays", "must be between 1 and 90"));
        (MemberFloor, MemberCeiling, MemberWarnBelow, MemberWarnAbove) = (memberLimits.Floor, memberLimits.Ceiling, memberLimits.WarnBelow, memberLimits.WarnAbove);
        ConfirmationDays = confirmationDays;
    }

    public Instant ConfirmationDeadline(Instant recordedAt) => recordedAt + Duration.FromDays(ConfirmationDays);

    public LocalDate Today(Instant now) => now.InZone(TimeZone).Date;

    /// <summary>The instants a range of calendar dates covers here: from the start of <paramref name="from"/> to the start of the day after <paramref name="to"/>.</summary>
    public (Instant Start, Instant End) Span(LocalDate from, LocalDate to)
        => (from.AtStartOfDayInZone(TimeZone).ToInstant(), to.PlusDays(1).AtStartOfDayInZone(TimeZone).ToInstant());
}
