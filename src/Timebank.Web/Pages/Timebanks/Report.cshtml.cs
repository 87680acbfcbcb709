using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.Display;
using Timebank.Web.Forms;
using Timebank.Web.GraphQL;

namespace Timebank.Web.Pages.Timebanks;

/// <summary>The coordinator's report for funders: hours by month and by category, as charts with their tables, and as CSV.</summary>
public sealed class ReportModel(TimebankApi api) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public ReportView Report { get; private set; } = null!;

    public string OrganisationId { get; private set; } = "";

    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(string organisationId, CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        OrganisationId = organisationId;
        (Report, _, _) = await LoadAsync(organisationId, cancellationToken);
        return Page();
    }

    /// <summary>The same report as a spreadsheet: one row per month, then one per category.</summary>
    public async Task<IActionResult> OnGetCsvAsync(string organisationId, CancellationToken cancellationToken)
    {
        var (report, from, to) = await LoadAsync(organisationId, cancellationToken);
        var csv = new StringBuilder("section,name,exchanges,minutes,hours\r\n");
        foreach (var month in report.ByMonth)
            csv.Append(CultureInfo.InvariantCulture, $"month,{month.Month[..7]},{month.ExchangeCount},{month.Minutes},{month.Minutes / 60m:0.##}\r\n");
        foreach (var category in report.ByCategory)
            csv.Append(CultureInfo.InvariantCulture, $"category,{CsvField.Of(category.Category?.Name ?? "No category")},{category.ExchangeCount},{category.Minutes},{category.Minutes / 60m:0.##}\r\n");
        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", $"timebank-report-{from}-to-{to}.csv");
    }

    public IReadOnlyList<BarChart.Bar> MonthBars => Report.ByMonth.Select(m => new BarChart.Bar(MonthName(m.Month), m.Minutes, Amounts.Hours(m.Minutes))).ToList();

    public IReadOnlyList<BarChart.Bar> CategoryBars => Report.ByCategory.Select(c => new BarChart.Bar(c.Category?.Name ?? "No category", c.Minutes, Amounts.Hours(c.Minutes))).ToList();

    public static string MonthName(string isoMonthStart)
        => DateOnly.TryParseExact(isoMonthStart, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day.ToString("MMMM yyyy", CultureInfo.InvariantCulture) : isoMonthStart;

    /// <summary>The report for the asked range, or for the last twelve months when a date is not one (the errors say which).</summary>
    private async Task<(ReportView Report, string From, string To)> LoadAsync(string organisationId, CancellationToken cancellationToken)
    {
        var (from, to) = Range();
        if (Errors.Any)
            (from, to) = DefaultRange();
        return (await api.QueryAsync<ReportView>("timebankReport", new { organisationId, from, to }, cancellationToken: cancellationToken), from, to);
    }

    private (string From, string To) Range()
    {
        var (defaultFrom, defaultTo) = DefaultRange();
        var from = string.IsNullOrWhiteSpace(From) ? defaultFrom : From.Trim();
        var to = string.IsNullOrWhiteSpace(To) ? defaultTo : To.Trim();
        if (!DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var f))
            Errors.Add("from", "Enter the first day as a date, like 2026-04-01");
        if (!DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
            Errors.Add("to", "Enter the last day as a date, like 2027-03-31");
        else if (!Errors.Any && t < f)
            Errors.Add("to", "The last day must be on or after the first day");
        return (from, to);
    }

    /// <summary>The last twelve months, this one included.</summary>
    private static (string, string) DefaultRange()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
        return (start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    public sealed record ReportView(string From, string To, int ExchangeCount, long MinutesExchanged, int ActiveMembers, int AwaitingConfirmation,
        IReadOnlyList<MonthRow> ByMonth, IReadOnlyList<CategoryRow> ByCategory);

    public sealed record MonthRow(string Month, int ExchangeCount, long Minutes);

    public sealed record CategoryRow(CategoryName? Category, int ExchangeCount, long Minutes);

    public sealed record CategoryName(string Id, string Name);
}
