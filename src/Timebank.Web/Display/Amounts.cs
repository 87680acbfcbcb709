using System.Globalization;

namespace Timebank.Web.Display;

/// <summary>How the web says amounts: hours and minutes in words, pounds and pence, never a raw integer.</summary>
public static class Amounts
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    /// <summary>"2 hours 30 minutes", "1 hour", "45 minutes", "0 minutes"; "minus" before an amount below zero.</summary>
    public static string Hours(long minutes)
    {
        var sign = minutes < 0 ? "minus " : "";
        var total = Math.Abs(minutes);
        var (hours, rest) = (total / 60, total % 60);
        var parts = new List<string>(2);
        if (hours > 0)
            parts.Add(hours == 1 ? "1 hour" : string.Create(English, $"{hours:N0} hours"));
        if (rest > 0 || hours == 0)
            parts.Add(rest == 1 ? "1 minute" : string.Create(English, $"{rest} minutes"));
        return sign + string.Join(" ", parts);
    }

    /// <summary>"£12.50", "£1,200.00", "minus £3.05".</summary>
    public static string Money(long pence)
    {
        var sign = pence < 0 ? "minus " : "";
        var total = Math.Abs(pence);
        return sign + string.Create(English, $"£{total / 100:N0}.{total % 100:00}");
    }

    /// <summary>A change shown with its direction: "+1 hour 30 minutes" or "−45 minutes" (the sign read as plus or minus).</summary>
    public static string SignedHours(long minutes) => (minutes > 0 ? "+" : minutes < 0 ? "−" : "") + Hours(Math.Abs(minutes));
}
