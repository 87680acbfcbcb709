using Timebank.Domain.Flexi.Bookings;
using Timebank.Domain.Flexi.Services;
using Timebank.Domain.Members;

namespace Timebank.Domain.Flexi.Reports;

/// <summary>A part of a whole, with its share in basis points (rounded half up; 0 of nothing is 0).</summary>
public readonly record struct Ratio(long Part, long Whole)
{
    public int BasisPoints => Scale(ContractSplit.Whole);

    /// <summary>This ratio of <paramref name="basisPoints"/>, rounded half up.</summary>
    public int Scale(int basisPoints) => Whole == 0 ? 0 : (int)((((Int128)Part * basisPoints * 2) + Whole) / (2 * (Int128)Whole));
}

public sealed record MinutesFigures(long Allocated, long Booked, long Delivered, long Lapsed, long CarriedOver, long LinkWork);

public sealed record CategorySpend(string Category, long Pence);

public sealed record CashFigures(long Allocated, long Spent, IReadOnlyList<CategorySpend> SpentByCategory, long Saved, long AwaitingApproval, long Returned);

public sealed record ReceiptFigures(int Missing, long MissingPence);

public sealed record WorkerMinutes(Id<Member> Worker, long Minutes, int Sessions);

public sealed record CustomerContinuity(Id<Member> Customer, int Workers, int Sessions);

public sealed record PlaceFigures(SessionWhere Where, int Sessions, long Minutes);

public sealed record FormalityFigures(SessionFormality Formality, int Sessions, long Minutes);

/// <summary>Contracted hours against delivered: the contract's minutes less any the commissioner authorised moving to cash.</summary>
public sealed record ContractFigures(long ContractedMinutes, long DeliveredMinutes, long AuthorisedDeviationMinutes, long AuthorisedDeviationPence, int DeviationsAwaiting,
    int AuthorisedDeviations);

/// <summary>The contract's split against what was used: cash spent as a share of the contract, hours delivered at the contract's rate, the core as contracted.</summary>
public sealed record SplitFigures(int CoreBasisPoints, int FlexiCashBasisPoints, int FlexiHoursBasisPoints, int ActualFlexiCashBasisPoints, int ActualFlexiHoursBasisPoints);

/// <summary>The service report's figures; <see cref="Mismatches"/> names any breakdown that does not add up to its ledger sum.</summary>
public sealed record ServiceReport(MinutesFigures Minutes, CashFigures Cash, ReceiptFigures Receipts, IReadOnlyList<WorkerMinutes> DeliveredPerWorker,
    Ratio ChosenWorkerSessions, IReadOnlyList<CustomerContinuity> WorkersPerCustomer, IReadOnlyList<PlaceFigures> Where, IReadOnlyList<FormalityFigures> How,
    ContractFigures Contract, SplitFigures Split, IReadOnlyList<string> Mismatches);
