using NodaTime;

namespace Timebank.Domain.Mentoring;

/// <summary>How often a mentor and mentee (or an action-learning set) agree to meet.</summary>
public enum Cadence
{
    Weekly = 1,
    Fortnightly = 2,
    Monthly = 3,
    Quarterly = 4,
}

public static class Cadences
{
    /// <summary>Accepts the name in any case ("QUARTERLY", "quarterly"); numbers and anything else are refused.</summary>
    public static Cadence Parse(string? text)
        => (text ?? string.Empty).Trim().ToUpperInvariant() switch
        {
            "WEEKLY" => Cadence.Weekly,
            "FORTNIGHTLY" => Cadence.Fortnightly,
            "MONTHLY" => Cadence.Monthly,
            "QUARTERLY" => Cadence.Quarterly,
            _ => throw new DomainException(new CadenceNotRecognised(text ?? string.Empty)),
        };

    public static Period Interval(this Cadence cadence) => cadence switch
    {
        Cadence.Weekly => Period.FromWeeks(1),
        Cadence.Fortnightly => Period.FromWeeks(2),
        Cadence.Monthly => Period.FromMonths(1),
        Cadence.Quarterly => Period.FromMonths(3),
        _ => throw new ArgumentOutOfRangeException(nameof(cadence), cadence, "is not a cadence"),
    };

    /// <summary>
    /// The date one interval after <paramref name="date"/>, in calendar terms. A month from 31 January is the last day
    /// of February (28th, or 29th in a leap year); a quarter from 30 November is the end of February.
    /// </summary>
    public static LocalDate After(this Cadence cadence, LocalDate date) => date.Plus(cadence.Interval());
}
