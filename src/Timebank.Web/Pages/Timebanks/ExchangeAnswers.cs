using System.Globalization;
using Timebank.Web.Forms;

namespace Timebank.Web.Pages.Timebanks;

/// <summary>
/// The record-an-exchange form's answers, carried through "check your answers" in hidden fields, with the
/// idempotency key chosen when the form was first shown: posting the same answers again never moves hours twice.
/// </summary>
public sealed class ExchangeAnswers
{
    public string? Direction { get; set; }
    public string? OtherMemberId { get; set; }
    public string? Hours { get; set; }
    public string? Minutes { get; set; }
    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }
    public string? Description { get; set; }
    public string? CategoryId { get; set; }
    public string IdempotencyKey { get; set; } = Guid.NewGuid().ToString();

    public bool Gave => Direction == "gave";

    /// <summary>The API's field names, mapped to the inputs that carry them.</summary>
    public static readonly IReadOnlyDictionary<string, string> InputFor = new Dictionary<string, string>
    {
        ["minutes"] = "hours",
        ["date"] = "date-day",
        ["description"] = "description",
        ["giverId"] = "otherMemberId",
        ["receiverId"] = "otherMemberId",
        ["categoryId"] = "categoryId",
    };

    public long TotalMinutes => ParseWhole(Hours) * 60 + ParseWhole(Minutes);

    public string IsoDate => string.Create(CultureInfo.InvariantCulture, $"{ParseWhole(Year):0000}-{ParseWhole(Month):00}-{ParseWhole(Day):00}");

    /// <summary>What can be checked before the API sees it; the API checks again and has the last word.</summary>
    public void Validate(FormErrors errors, DateOnly today)
    {
        if (Direction is not ("gave" or "received"))
            errors.Add("direction", "Select whether you gave help or received it");
        if (string.IsNullOrEmpty(OtherMemberId))
            errors.Add("otherMemberId", "Select who the exchange was with");
        if (!IsWhole(Hours) || !IsWhole(Minutes))
            errors.Add("hours", "Enter the time as whole hours and minutes, like 1 hour 30 minutes");
        else if (ParseWhole(Minutes) > 59)
            errors.Add("hours", "Minutes must be 59 or fewer; put whole hours in hours");
        else if (TotalMinutes <= 0)
            errors.Add("hours", "Enter how long the help took");
        if (!DateOnly.TryParseExact(IsoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) || !IsWhole(Day) || !IsWhole(Month) || !IsWhole(Year))
            errors.Add("date-day", "Enter the date the help was given, like 27 3 2026");
        else if (day > today)
            errors.Add("date-day", "The date the help was given must be today or in the past");
        if (string.IsNullOrWhiteSpace(Description))
            errors.Add("description", "Say what the help was");
    }

    private static bool IsWhole(string? text) => string.IsNullOrWhiteSpace(text) || long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n < 10_000;

    private static long ParseWhole(string? text) => long.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n < 10_000 ? n : 0;
}
