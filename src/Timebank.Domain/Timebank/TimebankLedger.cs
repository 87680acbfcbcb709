using Timebank.Domain.Ledger;

namespace Timebank.Domain.Timebank;

/// <summary>The timebank's numbers on the ledger: what its ledgers and account kinds are stored as (values kept from before they were numbers).</summary>
public static class TimebankLedger
{
    /// <summary>A timebank's hours, in whole minutes.</summary>
    public static readonly LedgerPurpose Hours = new(1);

    public const LedgerUnit Unit = LedgerUnit.Minutes;

    /// <summary>A member's hours; the owner id is the member's.</summary>
    public static readonly AccountKind MemberHours = new(1);

    /// <summary>The timebank's pool; the owner id is the organisation's.</summary>
    public static readonly AccountKind Pool = new(2);

    /// <summary>An organisation's hours in a timebank it does not run (a training body paying its volunteer facilitators); the owner id is the organisation's.</summary>
    public static readonly AccountKind OrganisationHours = new(7);
}
