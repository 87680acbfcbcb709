using System.Globalization;
using NodaTime;

namespace Timebank.Domain.Flexi.Periods;

/// <summary>
/// One allowance period of a service: calendar dates in the service's zone (end exclusive) and the instants they
/// begin and end at. A week that holds a clock change is 167 or 169 hours long.
/// </summary>
public readonly record struct AllowancePeriod(LocalDate StartDate, LocalDate EndDate, Instant Start, Instant End)
{
    /// <summary>Names the period in idempotency keys and reports: its first day, ISO yyyy-MM-dd.</summary>
    public string Key => StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public LocalDate LastDate => EndDate.PlusDays(-1);

    public Duration Length => End - Start;

    public bool Contains(Instant instant) => Start <= instant && instant < End;
}
