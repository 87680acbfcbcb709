using System.Globalization;

namespace Timebank.Web.Forms;

/// <summary>
/// The checks every form with a length of time or a past date makes before the API sees it, in the same words on
/// every page. The API checks again and has the last word.
/// </summary>
public static class AnswerRules
{
    public static bool IsWhole(string? text) => string.IsNullOrWhiteSpace(text) || long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n < 10_000;

    public static long Whole(string? text) => long.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n < 10_000 ? n : 0;

    public static long TotalMinutes(string? hours, string? minutes) => Whole(hours) * 60 + Whole(minutes);

    public static string IsoDate(string? day, string? month, string? year)
        => string.Create(CultureInfo.InvariantCulture, $"{Whole(year):0000}-{Whole(month):00}-{Whole(day):00}");

    /// <summary>Hours and minutes as whole numbers, minutes under 60; zero is allowed only when <paramref name="allowNone"/>.</summary>
    public static void Duration(FormErrors errors, string field, string? hours, string? minutes, string whatItIs, bool allowNone = false)
    {
        if (!IsWhole(hours) || !IsWhole(minutes))
            errors.Add(field, "Enter the time as whole hours and minutes, like 1 hour 30 minutes");
        else if (Whole(minutes) > 59)
            errors.Add(field, "Minutes must be 59 or fewer; put whole hours in hours");
        else if (!allowNone && TotalMinutes(hours, minutes) <= 0)
            errors.Add(field, $"Enter {whatItIs}");
    }

    /// <summary>A real date, today or before.</summary>
    public static void PastDate(FormErrors errors, string field, string? day, string? month, string? year, DateOnly today, string whatItIs)
    {
        if (!IsWhole(day) || !IsWhole(month) || !IsWhole(year)
            || !DateOnly.TryParseExact(IsoDate(day, month, year), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            errors.Add(field, $"Enter {whatItIs}, like 27 3 2026");
        else if (date > today)
            errors.Add(field, $"{char.ToUpperInvariant(whatItIs[0])}{whatItIs[1..]} must be today or in the past");
    }

    /// <summary>Pounds and pence as people type them ("12", "12.5", "£12.50", "1,200.00"); null when it is not an amount.</summary>
    public static long? Pence(string? text)
    {
        var cleaned = text?.Trim().TrimStart('£').Replace(",", "", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(cleaned) || !decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var pounds)
            || decimal.Round(pounds, 2) != pounds || pounds > 1_000_000m)
            return null;
        return (long)(pounds * 100m);
    }

    /// <summary>An amount of money above zero, in pounds and pence.</summary>
    public static void Money(FormErrors errors, string field, string? text, string whatItIs)
    {
        if (string.IsNullOrWhiteSpace(text))
            errors.Add(field, $"Enter {whatItIs}");
        else if (Pence(text) is not > 0)
            errors.Add(field, $"Enter {whatItIs} in pounds and pence, like 12.50");
    }

    /// <summary>A time of day as "10:30", "14:00", "9am" or "2:30pm"; null when it is not one.</summary>
    public static TimeOnly? TimeOfDay(string? text)
    {
        var t = text?.Trim().ToLowerInvariant().Replace(".", ":", StringComparison.Ordinal) ?? "";
        string[] formats = ["H:mm", "HH:mm", "h:mmtt", "htt", "h:mm tt", "h tt"];
        return TimeOnly.TryParseExact(t.Replace("am", "AM", StringComparison.Ordinal).Replace("pm", "PM", StringComparison.Ordinal), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : null;
    }
}
