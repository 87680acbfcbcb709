using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Timebank.Domain.Flexi;

/// <summary>How amounts and times read in messages for people: hours and minutes, pounds and pence, local times.</summary>
public static class FlexiText
{
    private static readonly ZonedDateTimePattern When = ZonedDateTimePattern.CreateWithInvariantCulture("dddd d MMMM yyyy 'at' HH:mm", null);
    private static readonly LocalDatePattern Day = LocalDatePattern.CreateWithInvariantCulture("dddd d MMMM yyyy");

    public static string Minutes(long minutes)
    {
        var sign = minutes < 0 ? "minus " : string.Empty;
        var magnitude = Math.Abs((decimal)minutes);
        var (hours, rest) = ((long)(magnitude / 60), (long)(magnitude % 60));
        var parts = new List<string>(2);
        if (hours > 0)
            parts.Add(hours == 1 ? "1 hour" : $"{hours.ToString(CultureInfo.InvariantCulture)} hours");
        if (rest > 0 || hours == 0)
            parts.Add(rest == 1 ? "1 minute" : $"{rest.ToString(CultureInfo.InvariantCulture)} minutes");
        return sign + string.Join(' ', parts);
    }

    public static string Pence(long pence)
    {
        var sign = pence < 0 ? "-" : string.Empty;
        return sign + "£" + (Math.Abs((decimal)pence) / 100).ToString("#,0.00", CultureInfo.InvariantCulture);
    }

    public static string At(Instant instant, DateTimeZone zone) => When.Format(instant.InZone(zone));

    public static string Date(LocalDate date) => Day.Format(date);

    public static string Time(Instant instant, DateTimeZone zone)
        => instant.InZone(zone).TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A share of the contract held as basis points (1/100 of a percent), read as a percentage.</summary>
    public static string Percent(int basisPoints)
        => (basisPoints / 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
