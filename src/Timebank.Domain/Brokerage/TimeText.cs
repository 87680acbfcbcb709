namespace Timebank.Domain.Brokerage;

/// <summary>Minutes written for people in messages: "2 hours 30 minutes", "45 minutes", "1 hour".</summary>
public static class TimeText
{
    public static string Of(long minutes)
    {
        var (hours, rest) = (minutes / 60, minutes % 60);
        var parts = new List<string>();
        if (hours != 0)
            parts.Add(hours == 1 ? "1 hour" : $"{hours} hours");
        if (rest != 0 || hours == 0)
            parts.Add(rest == 1 ? "1 minute" : $"{rest} minutes");
        return string.Join(' ', parts);
    }
}
