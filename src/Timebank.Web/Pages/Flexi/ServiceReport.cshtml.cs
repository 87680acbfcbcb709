using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.Display;
using Timebank.Web.Forms;
using Timebank.Web.GraphQL;
using Timebank.Web.Pages.Timebanks;

namespace Timebank.Web.Pages.Flexi;

/// <summary>
/// A service's report for its managers and its commissioner: support time allocated against delivered and cash by
/// category, as charts with their tables; for the commissioner, the deviations waiting for them to authorise or decline.
/// </summary>
public sealed class ServiceReportModel(TimebankApi api) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }

    public ReportData Data { get; private set; } = null!;

    public ReportFigures Report => Data.ServiceReport!;

    public IReadOnlyList<Deviation> Deviations { get; private set; } = [];

    /// <summary>How much say people said they have, first review against latest; null when no one was reviewed.</summary>
    public ControlFigures? Control { get; private set; }

    public IReadOnlyList<BarChart.Bar> ControlBars => Control is not { } c ? [] :
    [
        new("First review", (long)((c.FirstRatings.Average ?? 0) * 100), Rating(c.FirstRatings.Average)),
        new("Latest review", (long)((c.LatestRatings.Average ?? 0) * 100), Rating(c.LatestRatings.Average)),
    ];

    public static string Rating(decimal? average) => average is { } a ? a.ToString("0.##", CultureInfo.InvariantCulture) + " out of 5" : "No ratings";

    public FormErrors Errors { get; } = new();

    [TempData]
    public string? Notice { get; set; }

    public IReadOnlyList<BarChart.Bar> MinuteBars =>
    [
        new("Allocated", Report.Minutes.Allocated, Amounts.Hours(Report.Minutes.Allocated)),
        new("Booked, still to come", Report.Minutes.Booked, Amounts.Hours(Report.Minutes.Booked)),
        new("Delivered", Report.Minutes.Delivered, Amounts.Hours(Report.Minutes.Delivered)),
        new("Lapsed", Report.Minutes.Lapsed, Amounts.Hours(Report.Minutes.Lapsed)),
    ];

    public IReadOnlyList<BarChart.Bar> CashBars => Report.Cash.SpentByCategory.Select(c => new BarChart.Bar(FlexiWords.Category(c.Category), c.Pence, Amounts.Money(c.Pence))).ToList();

    public Task OnGetAsync(string serviceId, CancellationToken cancellationToken) => LoadAsync(serviceId, cancellationToken);

    /// <summary>The page's figures as a spreadsheet: whole minutes and pence, so nothing is rounded away.</summary>
    public async Task<IActionResult> OnGetCsvAsync(string serviceId, CancellationToken cancellationToken)
    {
        await LoadAsync(serviceId, cancellationToken);
        var csv = new StringBuilder("section,name,value\r\n");
        void Row(string section, string name, long value) => csv.Append(CultureInfo.InvariantCulture, $"{section},{CsvField.Of(name)},{value}\r\n");
        foreach (var (name, minutes) in new[] { ("allocated", Report.Minutes.Allocated), ("booked", Report.Minutes.Booked), ("delivered", Report.Minutes.Delivered), ("lapsed", Report.Minutes.Lapsed), ("carried over", Report.Minutes.CarriedOver) })
            Row("minutes", name, minutes);
        foreach (var (name, pence) in new[] { ("allocated", Report.Cash.Allocated), ("spent", Report.Cash.Spent), ("awaiting approval", Report.Cash.AwaitingApproval), ("saved", Report.Cash.Saved), ("returned", Report.Cash.Returned) })
            Row("pence", name, pence);
        foreach (var category in Report.Cash.SpentByCategory)
            Row("pence spent by category", category.Category, category.Pence);
        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", $"service-report-{Report.From}-to-{Report.To}.csv");
    }

    public async Task<IActionResult> OnPostAuthoriseAsync(string serviceId, string deviationId, CancellationToken cancellationToken)
    {
        await LoadAsync(serviceId, cancellationToken);
        var payload = await api.MutateAsync<FlexiPayload>("authoriseContractDeviation", new { deviationId }, cancellationToken);
        return Answer(serviceId, payload, deviationId, "Authorised. The report counts it against the contract from now on.");
    }

    public async Task<IActionResult> OnPostDeclineAsync(string serviceId, string deviationId, string? comment, CancellationToken cancellationToken)
    {
        await LoadAsync(serviceId, cancellationToken);
        if (string.IsNullOrWhiteSpace(comment))
        {
            Errors.Add("comment-" + deviationId, "Say why you are declining it, so the provider knows what to change");
            return Page();
        }
        var payload = await api.MutateAsync<FlexiPayload>("declineContractDeviation", new { deviationId, comment = comment.Trim() }, cancellationToken);
        return Answer(serviceId, payload, deviationId, "Declined. The provider sees your comment.");
    }

    private IActionResult Answer(string serviceId, FlexiPayload payload, string deviationId, string done)
    {
        if (payload.Errors.Count == 0)
        {
            Notice = done;
            return RedirectToPage(new { serviceId, from = Report.From, to = Report.To });
        }
        Errors.AddFrom(payload.Errors, "comment-" + deviationId);
        return Page();
    }

    private async Task LoadAsync(string serviceId, CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var to = DateOnly.TryParseExact(To, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : today;
        var from = DateOnly.TryParseExact(From, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var f) && f <= to ? f : to.AddDays(-27);
        Data = await api.QueryDataAsync<ReportData>("serviceReportPage", new { serviceId, from = Dates.Iso(from), to = Dates.Iso(to) }, cancellationToken);
        // The API answers null to anyone who is neither the provider's manager nor the linked commissioner.
        if (Data.FlexiService is null || Data.ServiceReport is null)
            throw new NotFoundException("Not found.");
        Control = await ControlAsync(Data.FlexiService.Provider.Id, from, to, cancellationToken);
        if (Data.FlexiService.Commissioner?.ViewerMembership?.Roles.Contains("COMMISSIONER") == true)
            Deviations = (await api.QueryAsync<IReadOnlyList<Deviation>>("deviationsAwaitingCommissioner", cancellationToken: cancellationToken))
                .Where(d => d.ServiceId == serviceId).ToList();
    }

    /// <summary>The provider's control report for the dates; none for a reader the API does not show it to.</summary>
    private async Task<ControlFigures?> ControlAsync(string providerId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        try
        {
            var control = await api.QueryAsync<ControlFigures?>("controlReport", new { organisationId = providerId, from = Dates.Iso(from), to = Dates.Iso(to) }, cancellationToken: cancellationToken);
            return control is { PeopleReviewed: > 0 } ? control : null;
        }
        catch (NotFoundException)
        {
            return null;
        }
    }

    public sealed record ReportData(ReportService? FlexiService, ReportFigures? ServiceReport);

    public sealed record ReportService(string Id, string Name, string TimeZone, OrganisationRef Provider, OrganisationRef? Commissioner);

    public sealed record ReportFigures(string From, string To, ReportMinutes Minutes, ReportCash Cash, int ReceiptsMissing, long ReceiptsMissingPence, int ChosenWorkerShare, ReportContract Contract);

    public sealed record ReportMinutes(long Allocated, long Booked, long Delivered, long Lapsed, long CarriedOver);

    public sealed record ReportCash(long Allocated, long Spent, long Saved, long AwaitingApproval, long Returned, IReadOnlyList<CategorySpend> SpentByCategory);

    public sealed record CategorySpend(string Category, long Pence);

    public sealed record ReportContract(long ContractedMinutes, long DeliveredMinutes, int DeviationsAwaitingCommissioner);

    public sealed record ControlFigures(int PeopleReviewed, RatingAverage FirstRatings, RatingAverage LatestRatings, Share DecidingThemselvesFirst, Share DecidingThemselvesLatest);

    public sealed record RatingAverage(decimal? Average, int Of);

    public sealed record Share(int Count, int Of, int Percent);

    public sealed record Deviation(string Id, string ServiceId, string Reason, long Pence, long StaffMinutes, string From, string To);
}
