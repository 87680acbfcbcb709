using Timebank.Domain.Flexi.Bookings;
using Timebank.Domain.Flexi.Cash;
using Timebank.Domain.Flexi.Deviations;
using Timebank.Domain.Flexi.Services;

namespace Timebank.Domain.Flexi.Reports;

/// <summary>The service report as a pure function of plain inputs, so the figures are the same however they are loaded.</summary>
public static class ServiceReportCalculator
{
    public static ServiceReport Calculate(ServiceReportInputs inputs)
    {
        var ledger = inputs.Ledger;
        var delivered = inputs.Sessions.Where(s => s.Status == SessionStatus.Completed).ToList();
        var spent = inputs.Purchases.Where(p => p.Status == PurchaseStatus.Spent).ToList();
        var authorised = inputs.Deviations.Where(d => d.Status == DeviationStatus.Authorised).ToList();

        var byCategory = spent.GroupBy(p => p.Category.Trim(), StringComparer.OrdinalIgnoreCase)
            .Select(g => new CategorySpend(g.First().Category.Trim(), g.Sum(p => p.SpentPence)))
            .OrderByDescending(c => c.Pence).ThenBy(c => c.Category, StringComparer.OrdinalIgnoreCase).ToList();
        var perWorker = delivered.GroupBy(s => s.Worker)
            .Select(g => new WorkerMinutes(g.Key, g.Sum(s => s.DeliveredMinutes), g.Count()))
            .OrderByDescending(w => w.Minutes).ThenBy(w => w.Worker).ToList();
        var continuity = delivered.GroupBy(s => s.Customer)
            .Select(g => new CustomerContinuity(g.Key, g.Select(s => s.Worker).Distinct().Count(), g.Count()))
            .OrderBy(c => c.Customer).ToList();
        var where = delivered.GroupBy(s => s.Where).OrderBy(g => g.Key)
            .Select(g => new PlaceFigures(g.Key, g.Count(), g.Sum(s => s.DeliveredMinutes))).ToList();
        var how = delivered.GroupBy(s => s.Formality).OrderBy(g => g.Key)
            .Select(g => new FormalityFigures(g.Key, g.Count(), g.Sum(s => s.DeliveredMinutes))).ToList();
        var missing = inputs.Purchases.Where(p => p.ReceiptMissing).ToList();

        var deviationMinutes = authorised.Sum(d => d.StaffMinutes);
        var split = inputs.Split;
        var actualCash = new Ratio(ledger.SpentPence, inputs.ContractValuePence).BasisPoints;
        var actualHours = new Ratio(ledger.DeliveredMinutes, ledger.AllocatedMinutes).Scale(split.FlexiHoursBasisPoints);

        return new ServiceReport(
            new MinutesFigures(ledger.AllocatedMinutes, ledger.BookedMinutes, ledger.DeliveredMinutes, ledger.LapsedMinutes, ledger.CarriedOverMinutes, inputs.LinkWorkMinutes),
            new CashFigures(ledger.AllocatedPence, ledger.SpentPence, byCategory, ledger.SavedPence, ledger.AwaitingApprovalPence, ledger.ReturnedPence),
            new ReceiptFigures(missing.Count, missing.Sum(p => p.SpentPence)),
            perWorker,
            new Ratio(delivered.Count(s => s.WorkerChosenByCustomer), delivered.Count),
            continuity, where, how,
            new ContractFigures(Math.Max(ledger.AllocatedMinutes - deviationMinutes, 0), ledger.DeliveredMinutes, deviationMinutes, authorised.Sum(d => d.Pence),
                inputs.Deviations.Count(d => d.Status == DeviationStatus.AwaitingCommissioner), authorised.Count),
            new SplitFigures(split.CoreBasisPoints, split.FlexiCashBasisPoints, split.FlexiHoursBasisPoints, actualCash, actualHours),
            Mismatches(inputs, perWorker, byCategory));
    }

    /// <summary>Breakdowns come from the feature's rows and totals from the ledger; they must agree.</summary>
    private static List<string> Mismatches(ServiceReportInputs inputs, List<WorkerMinutes> perWorker, List<CategorySpend> byCategory)
    {
        var ledger = inputs.Ledger;
        var found = new List<string>();
        void Check(string what, long rows, long books, Func<long, string> text)
        {
            if (rows != books)
                found.Add($"{what}: the sessions and purchases add up to {text(rows)} but the ledger holds {text(books)}.");
        }
        Check("Delivered support time", perWorker.Sum(w => w.Minutes), ledger.DeliveredMinutes, FlexiText.Minutes);
        Check("Booked support time", inputs.Sessions.Where(s => s.Status == SessionStatus.Booked).Sum(s => s.BookedMinutes), ledger.BookedMinutes, FlexiText.Minutes);
        Check("Cash spent", byCategory.Sum(c => c.Pence), ledger.SpentPence, FlexiText.Pence);
        Check("Cash awaiting approval", inputs.Purchases.Where(p => p.Status == PurchaseStatus.AwaitingSignOff).Sum(p => p.Pence), ledger.AwaitingApprovalPence, FlexiText.Pence);
        return found;
    }
}
