using Timebank.Domain.Flexi.Bookings;
using Timebank.Domain.Flexi.Cash;
using Timebank.Domain.Flexi.Deviations;
using Timebank.Domain.Flexi.Reports;
using Timebank.Domain.Flexi.Services;
using Timebank.Domain.Members;

namespace Timebank.Domain.Tests.Flexi;

public sealed class ServiceReportTests
{
    private static readonly Id<Member> Ann = Id<Member>.New(), Bea = Id<Member>.New(), Sam = Id<Member>.New(), Kim = Id<Member>.New();

    /// <summary>Two of the field's customers over one week: £40 and 3.5 hours each.</summary>
    private static ServiceReportInputs Week(LedgerSums? sums = null) => new(
        ContractSplit.Of(7400, 800, 1800),
        ContractValuePence: 100_000,
        sums ?? new LedgerSums(AllocatedMinutes: 420, BookedMinutes: 60, DeliveredMinutes: 210, LapsedMinutes: 150, CarriedOverMinutes: 0,
            AllocatedPence: 8000, SpentPence: 3500, SavedPence: 2500, AwaitingApprovalPence: 2000, ReturnedPence: 0),
        [
            new SessionFact(Ann, Sam, true, SessionWhere.OnSite, SessionFormality.Informal, SessionStatus.Completed, 90, 90),
            new SessionFact(Ann, Kim, false, SessionWhere.NamedPlace, SessionFormality.Formal, SessionStatus.Completed, 60, 45),
            new SessionFact(Bea, Sam, true, SessionWhere.OffSite, SessionFormality.Informal, SessionStatus.Completed, 90, 75),
            new SessionFact(Bea, Kim, true, SessionWhere.OffSite, SessionFormality.Informal, SessionStatus.Booked, 60, 0),
            new SessionFact(Bea, Kim, true, SessionWhere.OffSite, SessionFormality.Informal, SessionStatus.Cancelled, 30, 0),
        ],
        [
            new PurchaseFact("Food", PurchaseStatus.Spent, 2000, 1730, ReceiptMissing: false),
            new PurchaseFact("food ", PurchaseStatus.Spent, 500, 500, ReceiptMissing: true),
            new PurchaseFact("Learning", PurchaseStatus.Spent, 1270, 1270, ReceiptMissing: false),
            new PurchaseFact("Music", PurchaseStatus.AwaitingSignOff, 2000, 0, ReceiptMissing: false),
        ],
        [new DeviationFact(DeviationStatus.Authorised, 3000, 60), new DeviationFact(DeviationStatus.AwaitingCommissioner, 1000, 30)],
        LinkWorkMinutes: 45);

    [Fact]
    public void Minutes_and_cash_come_from_the_ledger_and_breakdowns_from_the_rows()
    {
        var report = ServiceReportCalculator.Calculate(Week());

        Assert.Equal(new MinutesFigures(420, 60, 210, 150, 0, 45), report.Minutes);
        Assert.Equal([new CategorySpend("Food", 2230), new CategorySpend("Learning", 1270)], report.Cash.SpentByCategory);
        Assert.Equal((3500L, 2500L, 2000L), (report.Cash.Spent, report.Cash.Saved, report.Cash.AwaitingApproval));
        Assert.Equal(new ReceiptFigures(1, 500), report.Receipts);
        Assert.Empty(report.Mismatches);
    }

    [Fact]
    public void Delivered_minutes_per_worker_choice_and_continuity_count_completed_sessions_only()
    {
        var report = ServiceReportCalculator.Calculate(Week());

        Assert.Equal([new WorkerMinutes(Sam, 165, 2), new WorkerMinutes(Kim, 45, 1)], report.DeliveredPerWorker);
        Assert.Equal(new Ratio(2, 3), report.ChosenWorkerSessions);
        Assert.Equal(6667, report.ChosenWorkerSessions.BasisPoints);
        Assert.Equal([2, 1], report.WorkersPerCustomer.OrderBy(c => c.Customer == Ann ? 0 : 1).Select(c => c.Workers));
        Assert.Equal([(SessionWhere.OnSite, 1, 90L), (SessionWhere.OffSite, 1, 75L), (SessionWhere.NamedPlace, 1, 45L)],
            report.Where.Select(w => (w.Where, w.Sessions, w.Minutes)));
        Assert.Equal([(SessionFormality.Formal, 1), (SessionFormality.Informal, 2)], report.How.Select(h => (h.Formality, h.Sessions)));
    }

    [Fact]
    public void Contracted_hours_are_less_what_the_commissioner_authorised_moving_to_cash()
    {
        var contract = ServiceReportCalculator.Calculate(Week()).Contract;

        Assert.Equal(new ContractFigures(360, 210, 60, 3000, 1, 1), contract);
    }

    [Fact]
    public void The_split_is_set_against_cash_spent_and_hours_delivered_at_the_contracts_rate()
    {
        var split = ServiceReportCalculator.Calculate(Week()).Split;

        Assert.Equal((7400, 800, 1800), (split.CoreBasisPoints, split.FlexiCashBasisPoints, split.FlexiHoursBasisPoints));
        Assert.Equal(350, split.ActualFlexiCashBasisPoints); // £35 of £1,000
        Assert.Equal(900, split.ActualFlexiHoursBasisPoints); // half the allocated minutes were given
    }

    [Fact]
    public void A_breakdown_that_does_not_add_up_to_the_ledger_is_named()
    {
        var sums = Week().Ledger with { DeliveredMinutes = 200 };

        var mismatch = Assert.Single(ServiceReportCalculator.Calculate(Week(sums)).Mismatches);

        Assert.Equal("Delivered support time: the sessions and purchases add up to 3 hours 30 minutes but the ledger holds 3 hours 20 minutes.", mismatch);
    }

    [Fact]
    public void An_empty_service_reports_zeros_not_errors()
    {
        var empty = new ServiceReportInputs(ContractSplit.Of(7400, 800, 1800), 0, new LedgerSums(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), [], [], [], 0);

        var report = ServiceReportCalculator.Calculate(empty);

        Assert.Equal(0, report.ChosenWorkerSessions.BasisPoints);
        Assert.Equal((0, 0), (report.Split.ActualFlexiCashBasisPoints, report.Split.ActualFlexiHoursBasisPoints));
    }
}
