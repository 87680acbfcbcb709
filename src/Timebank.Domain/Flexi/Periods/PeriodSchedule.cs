using NodaTime;

namespace Timebank.Domain.Flexi.Periods;

/// <summary>
/// How a service's time divides into allowance periods: runs of whole weeks starting on one day of the week at local
/// midnight in the service's IANA zone, counted from an anchor date. Pure: every edge comes from NodaTime, so clock
/// changes move the instants, never the dates.
/// </summary>
public sealed record PeriodSchedule
{
    public const string DefaultZoneId = "Europe/London";
    public const IsoDayOfWeek DefaultStartDay = IsoDayOfWeek.Monday;
    public const int MaxWeeks = 4;

    public DateTimeZone Zone { get; }
    public IsoDayOfWeek StartDay { get; }
    public int Weeks { get; }

    /// <summary>The first day of some period; every period starts a whole number of <see cref="Weeks"/> from it.</summary>
    public LocalDate Anchor { get; }

    private PeriodSchedule(DateTimeZone zone, IsoDayOfWeek startDay, int weeks, LocalDate anchor)
        => (Zone, StartDay, Weeks, Anchor) = (zone, startDay, weeks, anchor);

    /// <summary>Periods of <paramref name="weeks"/> weeks on <paramref name="startDay"/>, the first one holding <paramref name="firstDay"/>.</summary>
    public static PeriodSchedule Create(DateTimeZone zone, IsoDayOfWeek startDay, int weeks, LocalDate firstDay)
    {
        if (startDay is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
            throw new DomainException(new ValidationFailed("periodStartDay", "must be a day of the week"));
        if (weeks is < 1 or > MaxWeeks)
            throw new DomainException(new ValidationFailed("periodWeeks", $"must be between 1 and {MaxWeeks}"));
        return new PeriodSchedule(Guard.NotNull(zone), startDay, weeks, firstDay.With(DateAdjusters.PreviousOrSame(startDay)));
    }

    /// <summary>Rebuilds a stored schedule as it was created.</summary>
    public static PeriodSchedule FromStored(DateTimeZone zone, IsoDayOfWeek startDay, int weeks, LocalDate anchor)
        => new(zone, startDay, weeks, anchor);

    public static DateTimeZone ParseZone(string? id)
        => DateTimeZoneProviders.Tzdb.GetZoneOrNull(string.IsNullOrWhiteSpace(id) ? DefaultZoneId : id.Trim())
           ?? throw new DomainException(new ValidationFailed("timeZone", "must be an IANA time zone such as Europe/London"));

    private int LengthInDays => 7 * Weeks;

    public AllowancePeriod Containing(Instant instant)
    {
        var date = instant.InZone(Zone).Date;
        var days = Period.DaysBetween(Anchor, date);
        var index = days >= 0 ? days / LengthInDays : ((days + 1) / LengthInDays) - 1;
        return StartingOn(Anchor.PlusDays(index * LengthInDays));
    }

    public AllowancePeriod After(AllowancePeriod period) => StartingOn(period.EndDate);

    /// <summary>The period that begins on <paramref name="startDate"/>, which must be a period's first day.</summary>
    public AllowancePeriod StartingOn(LocalDate startDate)
    {
        if (Period.DaysBetween(Anchor, startDate) % LengthInDays != 0)
            throw new ArgumentException("is not the first day of a period", nameof(startDate));
        var endDate = startDate.PlusDays(LengthInDays);
        return new AllowancePeriod(startDate, endDate, StartOf(startDate), StartOf(endDate));
    }

    /// <summary>Every period that has begun, whole or started, from the one holding <paramref name="from"/> to the one holding <paramref name="to"/>.</summary>
    public IEnumerable<AllowancePeriod> Between(Instant from, Instant to)
    {
        for (var period = Containing(from); period.Start <= to; period = After(period))
            yield return period;
    }

    public LocalDate Today(Instant now) => now.InZone(Zone).Date;

    /// <summary>Local midnight, or the first instant after it where a clock change skips midnight.</summary>
    private Instant StartOf(LocalDate date) => date.AtStartOfDayInZone(Zone).ToInstant();
}
