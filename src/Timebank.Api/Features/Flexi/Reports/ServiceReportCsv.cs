using System.Globalization;
using CsvHelper;
using Timebank.Domain.Flexi.Reports;

namespace Timebank.Api.Features.Flexi;

/// <summary>The service report's figures as CSV rows (section, item, value), written by CsvHelper so quoting is right.</summary>
public static class ServiceReportCsv
{
    public sealed record Row(string Section, string Item, long Value);

    public static string Write(ServiceReportView view)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, options: null, leaveOpen: true))
        {
            csv.WriteHeader(["section", "item", "value"]);
            foreach (var row in Rows(view))
                csv.WriteRecord([row.Section, row.Item, row.Value.ToString(CultureInfo.InvariantCulture)]);
        }
        return text.ToString();
    }

    public static IEnumerable<Row> Rows(ServiceReportView view)
    {
        var r = view.Report;
        string Name(Id<Domain.Members.Member> id) => view.Names.GetValueOrDefault(id) ?? "a former member";
        yield return new("minutes", "allocated", r.Minutes.Allocated);
        yield return new("minutes", "booked", r.Minutes.Booked);
        yield return new("minutes", "delivered", r.Minutes.Delivered);
        yield return new("minutes", "lapsed", r.Minutes.Lapsed);
        yield return new("minutes", "carried over", r.Minutes.CarriedOver);
        yield return new("minutes", "link work", r.Minutes.LinkWork);
        yield return new("cash", "allocated", r.Cash.Allocated);
        yield return new("cash", "spent", r.Cash.Spent);
        foreach (var category in r.Cash.SpentByCategory)
            yield return new("cash spent by category", category.Category, category.Pence);
        yield return new("cash", "saved", r.Cash.Saved);
        yield return new("cash", "awaiting approval", r.Cash.AwaitingApproval);
        yield return new("cash", "returned", r.Cash.Returned);
        yield return new("receipts", "missing", r.Receipts.Missing);
        yield return new("receipts", "missing pence", r.Receipts.MissingPence);
        foreach (var worker in r.DeliveredPerWorker)
            yield return new("delivered minutes per worker", Name(worker.Worker), worker.Minutes);
        yield return new("sessions", "delivered", r.ChosenWorkerSessions.Whole);
        yield return new("sessions", "with a worker the customer chose", r.ChosenWorkerSessions.Part);
        foreach (var customer in r.WorkersPerCustomer)
            yield return new("workers per customer", Name(customer.Customer), customer.Workers);
        foreach (var place in r.Where)
            yield return new("sessions by place", place.Where.ToString(), place.Sessions);
        foreach (var how in r.How)
            yield return new("sessions by formality", how.Formality.ToString(), how.Sessions);
        yield return new("contract", "contracted minutes", r.Contract.ContractedMinutes);
        yield return new("contract", "delivered minutes", r.Contract.DeliveredMinutes);
        yield return new("contract", "authorised deviations", r.Contract.AuthorisedDeviations);
        yield return new("contract", "authorised deviation minutes", r.Contract.AuthorisedDeviationMinutes);
        yield return new("contract", "authorised deviation pence", r.Contract.AuthorisedDeviationPence);
        yield return new("contract", "deviations awaiting commissioner", r.Contract.DeviationsAwaiting);
        yield return new("split basis points", "core", r.Split.CoreBasisPoints);
        yield return new("split basis points", "flexi cash", r.Split.FlexiCashBasisPoints);
        yield return new("split basis points", "flexi hours", r.Split.FlexiHoursBasisPoints);
        yield return new("split basis points", "actual flexi cash", r.Split.ActualFlexiCashBasisPoints);
        yield return new("split basis points", "actual flexi hours", r.Split.ActualFlexiHoursBasisPoints);
    }
}
