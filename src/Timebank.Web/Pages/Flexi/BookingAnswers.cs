using Timebank.Web.Display;
using Timebank.Web.Forms;

namespace Timebank.Web.Pages.Flexi;

/// <summary>
/// The booking form's answers, carried through "check your answers" in hidden fields with the idempotency key chosen
/// when the form was first shown: posting the same answers again never books twice.
/// </summary>
public sealed class BookingAnswers
{
    public string? WorkerId { get; set; }
    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }
    public string? Time { get; set; }
    public string? Hours { get; set; }
    public string? Minutes { get; set; }
    public string? Where { get; set; }
    public string? PlaceName { get; set; }
    public string? Informal { get; set; }
    public string? Outcome { get; set; }
    public string IdempotencyKey { get; set; } = Guid.NewGuid().ToString();

    public static readonly IReadOnlyDictionary<string, string> InputFor = new Dictionary<string, string>
    {
        ["workerId"] = "workerId",
        ["start"] = "date-day",
        ["minutes"] = "hours",
        ["where"] = "where",
        ["placeName"] = "placeName",
        ["outcome"] = "outcome",
    };

    public long TotalMinutes => AnswerRules.TotalMinutes(Hours, Minutes);

    public IEnumerable<(string Name, string? Value)> Hidden =>
    [
        ("WorkerId", WorkerId), ("Day", Day), ("Month", Month), ("Year", Year), ("Time", Time), ("Hours", Hours), ("Minutes", Minutes),
        ("Where", Where), ("PlaceName", PlaceName), ("Informal", Informal), ("Outcome", Outcome),
    ];

    /// <summary>The start as the API takes it, in the service's zone; null until the day and time are real.</summary>
    public string? Start(string zone)
        => DateOnly.TryParseExact(AnswerRules.IsoDate(Day, Month, Year), "yyyy-MM-dd", out var day) && AnswerRules.TimeOfDay(Time) is { } time
            ? Dates.Instant(day, time, zone)
            : null;

    public void Validate(FormErrors errors, string zone, IReadOnlyCollection<string> workers)
    {
        if (string.IsNullOrEmpty(WorkerId) || !workers.Contains(WorkerId))
            errors.Add("workerId", "Choose who you would like to support you");
        if (!DateOnly.TryParseExact(AnswerRules.IsoDate(Day, Month, Year), "yyyy-MM-dd", out _))
            errors.Add("date-day", "Enter the day of the session, like 27 3 2026");
        if (AnswerRules.TimeOfDay(Time) is null)
            errors.Add("time", "Enter the time it starts, like 10:30 or 2pm");
        else if (Start(zone) is { } start && DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture) <= DateTimeOffset.UtcNow)
            errors.Add("date-day", "The session must start in the future");
        AnswerRules.Duration(errors, "hours", Hours, Minutes, "how long the session is");
        if (FlexiWords.Places.All(p => p.Value != Where))
            errors.Add("where", "Select where the session is");
        else if (Where == "NAMED_PLACE" && string.IsNullOrWhiteSpace(PlaceName))
            errors.Add("placeName", "Enter the name of the place, like the café on the high street");
    }
}
