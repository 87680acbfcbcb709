using System.Globalization;
using NodaTime;

namespace Timebank.Domain.Courses;

/// <summary>How lengths, dates and times read in messages for people: hours and minutes, local dates and times.</summary>
public static class Wording
{
    public static string HoursAndMinutes(long minutes)
    {
        var hours = minutes / 60;
        var rest = minutes % 60;
        var hourText = hours == 1 ? "1 hour" : $"{hours} hours";
        var minuteText = rest == 1 ? "1 minute" : $"{rest} minutes";
        return (hours, rest) switch
        {
            (0, _) => minuteText,
            (_, 0) => hourText,
            _ => $"{hourText} {minuteText}",
        };
    }

    /// <summary>An instant as the organisation's clocks show it, e.g. "Tue 3 Mar 2026 10:00".</summary>
    public static string When(Instant instant, DateTimeZone zone)
        => instant.InZone(zone).LocalDateTime.ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A calendar date, e.g. "3 March 2026".</summary>
    public static string Day(LocalDate date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
