using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.Forms;
using Timebank.Web.GraphQL;
using Timebank.Web.Pages.Supports;

namespace Timebank.Web.Pages;

/// <summary>The start page: anyone, signed in or not, searches the directory of local supports.</summary>
public sealed partial class IndexModel(TimebankApi api) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Area { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Free { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Day { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Time { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public IReadOnlyList<Term> Categories { get; private set; } = [];

    public Connection<SupportSummary>? Results { get; private set; }

    public FormErrors Errors { get; } = new();

    public bool Searched => Request.Query.Count > 0;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        var terms = await api.QueryAsync<Connection<Term>>("taxonomyTerms", new { topLevelOnly = true, first = 50 }, cancellationToken: cancellationToken);
        Categories = terms.Nodes;
        if (Time is { Length: > 0 } && !TimeOfDay().IsMatch(Time))
            Errors.Add("time", "Enter a time as hours and minutes, like 14:30");
        if (Time is { Length: > 0 } && Day is not { Length: > 0 })
            Errors.Add("day", "Choose the day you want it to be open");
        if (Errors.Any)
            return;
        try
        {
            Results = await api.QueryAsync<Connection<SupportSummary>>("localSupports", new { filter = Filter(), first = PageSize, after = After }, cancellationToken: cancellationToken);
        }
        catch (ApiException refused) when (refused is not SignInRequiredException)
        {
            Errors.Add(Area is { Length: > 0 } ? "area" : "q", refused.Message);
        }
    }

    /// <summary>The query string for the next page: the same search, continuing after this page's last result.</summary>
    public string NextPageQuery(string cursor)
    {
        var query = Request.Query.Where(p => p.Key != "after").ToDictionary(p => p.Key, p => p.Value.ToString());
        query["after"] = cursor;
        return "?" + string.Join("&", query.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
    }

    private object Filter() => new
    {
        text = Blank(Text),
        taxonomyTermId = Blank(Category),
        area = Blank(Area),
        freeOnly = Free ? true : (bool?)null,
        openAt = Weekdays.EnumFor(Day) is { } day ? new { day, time = Blank(Time) } : null,
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^([01]?\d|2[0-3]):[0-5]\d$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDay();

    internal static string Ages(SupportSummary support) => (support.MinimumAge, support.MaximumAge) switch
    {
        (null, null) => "",
        ({ } from, null) => string.Create(CultureInfo.InvariantCulture, $"Ages {from} and over"),
        (null, { } to) => string.Create(CultureInfo.InvariantCulture, $"Ages up to {to}"),
        ({ } from, { } to) => string.Create(CultureInfo.InvariantCulture, $"Ages {from} to {to}"),
    };
}
