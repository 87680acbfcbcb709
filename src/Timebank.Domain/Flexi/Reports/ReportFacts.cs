using NodaTime;
using Timebank.Domain.Flexi.Bookings;
using Timebank.Domain.Flexi.Cash;
using Timebank.Domain.Flexi.Deviations;
using Timebank.Domain.Flexi.Services;
using Timebank.Domain.Members;

namespace Timebank.Domain.Flexi.Reports;

/// <summary>A session in the report's range, as plain figures.</summary>
public sealed record SessionFact(Id<Member> Customer, Id<Member> Worker, bool WorkerChosenByCustomer, SessionWhere Where, SessionFormality Formality,
    SessionStatus Status, long BookedMinutes, long DeliveredMinutes)
{
    public static SessionFact From(SupportSession s)
        => new(s.CustomerId, s.WorkerId, s.WorkerChosenByCustomer, s.Where, s.Formality, s.Status, s.Minutes, s.DeliveredMinutes ?? 0);
}

/// <summary>A purchase (or a whole joint purchase) in the report's range, as plain figures.</summary>
public sealed record PurchaseFact(string Category, PurchaseStatus Status, long Pence, long SpentPence, bool ReceiptMissing)
{
    public static PurchaseFact From(Purchase p, FlexiPolicy policy, Instant now)
        => new(p.Details.Category, p.Status, p.Pence, p.SpentPence, p.IsReceiptMissing(policy, now));

    public static PurchaseFact From(JointPurchase p, FlexiPolicy policy, Instant now)
        => new(p.Details.Category, p.Status, p.Pence, p.SpentPerShare().Sum(), p.IsReceiptMissing(policy, now));
}

public sealed record DeviationFact(DeviationStatus Status, long Pence, long StaffMinutes)
{
    public static DeviationFact From(ContractDeviation d) => new(d.Status, d.Pence, d.StaffMinutes);
}

/// <summary>Sums read from the service's ledgers over the report's range (or, for balances, at its end).</summary>
/// <param name="AllocatedMinutes">Accrued from funding to customers.</param>
/// <param name="BookedMinutes">Held now for sessions still booked.</param>
/// <param name="DeliveredMinutes">Posted to workers' delivered-minutes accounts.</param>
/// <param name="LapsedMinutes">Returned to funding at period ends and on leaving.</param>
/// <param name="CarriedOverMinutes">Kept past period ends (from the period settlements).</param>
/// <param name="AllocatedPence">Accrued from funding to customers.</param>
/// <param name="SpentPence">Net into the service's purchases account (change returned taken off).</param>
/// <param name="SavedPence">Customers' cash balances at the end of the range.</param>
/// <param name="AwaitingApprovalPence">Held now for purchases awaiting sign-off.</param>
/// <param name="ReturnedPence">Returned to funding by the savings cap or when customers left.</param>
public sealed record LedgerSums(long AllocatedMinutes, long BookedMinutes, long DeliveredMinutes, long LapsedMinutes, long CarriedOverMinutes,
    long AllocatedPence, long SpentPence, long SavedPence, long AwaitingApprovalPence, long ReturnedPence);

/// <summary>Everything the report is computed from, as plain values the API layer fills from the ledger and the feature's rows.</summary>
/// <param name="ContractValuePence">The contract's value over the range (per period times the periods in it).</param>
public sealed record ServiceReportInputs(ContractSplit Split, long ContractValuePence, LedgerSums Ledger, IReadOnlyList<SessionFact> Sessions,
    IReadOnlyList<PurchaseFact> Purchases, IReadOnlyList<DeviationFact> Deviations, long LinkWorkMinutes);
