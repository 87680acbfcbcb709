using System.Globalization;

namespace Timebank.Web.Display;

/// <summary>Dates as people in the UK write them ("3 March 2026"), instants in the organisation's own time zone.</summary>
public static class Dates
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    /// <summary>The zone for what belongs to a person rather than an organisation (their journal): the service is for the UK.</summary>
    public const string PersonalZone = "Europe/London";

    /// <summary>An ISO calendar date from the API (yyyy-MM-dd) as "3 March 2026"; the text unchanged if it is not one.</summary>
    public static string Day(string? isoDate)
        => DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", English, DateTimeStyles.None, out var day)
            ? day.ToString("d MMMM yyyy", English)
            : isoDate ?? "";

    /// <summary>A UTC instant from the API as "3 March 2026 at 2:05pm" in the IANA zone given (UTC when unknown).</summary>
    public static string At(string? isoInstant, string? zone)
    {
        if (!DateTimeOffset.TryParse(isoInstant, English, DateTimeStyles.AssumeUniversal, out var instant))
            return isoInstant ?? "";
        var local = TimeZoneInfo.ConvertTime(instant, Zone(zone));
        var time = local.ToString("h:mm", English) + (local.Hour < 12 ? "am" : "pm");
        return $"{local.ToString("d MMMM yyyy", English)} at {time}";
    }

    /// <summary>A time of day from the API ("10:00:00" or "14:30") as GOV.UK writes it: "10am", "2:30pm", "midday", "midnight".</summary>
    public static string Clock(string? time)
    {
        if (!TimeOnly.TryParse(time, English, DateTimeStyles.None, out var t))
            return time ?? "";
        if (t.Minute == 0 && t.Hour is 0 or 12)
            return t.Hour == 0 ? "midnight" : "midday";
        var hour = t.Hour % 12 == 0 ? 12 : t.Hour % 12;
        var minutes = t.Minute == 0 ? "" : string.Create(English, $":{t.Minute:00}");
        return string.Create(English, $"{hour}{minutes}{(t.Hour < 12 ? "am" : "pm")}");
    }

    /// <summary>"10am to midday", or "" without an opening time.</summary>
    public static string Opening(string? opens, string? closes)
        => opens is null ? "" : closes is null ? "from " + Clock(opens) : $"{Clock(opens)} to {Clock(closes)}";

    /// <summary>A calendar day as the API takes it: yyyy-MM-dd.</summary>
    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", English);

    /// <summary>An instant as the API takes it: ISO 8601 with its offset.</summary>
    public static string Iso(DateTimeOffset instant) => instant.ToString("O", English);

    /// <summary>A day and time on the wall clock of the IANA zone given, as the UTC instant the API takes (ISO 8601).</summary>
    public static string Instant(DateOnly day, TimeOnly time, string? zone)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        var tz = Zone(zone);
        // A time the clocks skip in spring does not exist; it is read as the same time an hour later, as clocks show it.
        if (tz.IsInvalidTime(local))
            local = local.AddHours(1);
        var utc = TimeZoneInfo.ConvertTimeToUtc(local, tz);
        return utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", English);
    }

    private static TimeZoneInfo Zone(string? id)
    {
        if (id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
            return zone;
        return TimeZoneInfo.Utc;
    }
}
