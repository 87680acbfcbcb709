using NodaTime;
using NodaTime.Text;

namespace Timebank.Domain.Courses;

/// <summary>
/// A session's start from the organisation's wall clock. A time the clocks skip (spring) or pass twice (autumn) is
/// refused rather than guessed, so nobody turns up an hour early or late.
/// </summary>
public static class SessionStart
{
    public static Instant FromLocal(LocalDateTime local, DateTimeZone zone)
    {
        Guard.NotNull(zone);
        var mapping = zone.MapLocal(local);
        var text = LocalDateTimePattern.CreateWithInvariantCulture("d MMMM yyyy HH:mm").Format(local);
        return mapping.Count switch
        {
            1 => mapping.Single().ToInstant(),
            0 => throw new DomainException(new LocalTimeSkipped(text, zone.Id)),
            _ => throw new DomainException(new LocalTimeAmbiguous(text, zone.Id)),
        };
    }

    /// <summary>
    /// The same wall-clock time every <paramref name="weeks"/> weeks: stepped on the calendar, not by 168 hours, so a
    /// 10:00 session stays at 10:00 when the clocks change between two of them.
    /// </summary>
    public static IReadOnlyList<Instant> Weekly(LocalDateTime first, int count, DateTimeZone zone, int weeks = 1)
    {
        if (count is < 1 or > Cohort.MaxSessions)
            throw new DomainException(new ValidationFailed("count", $"must be between 1 and {Cohort.MaxSessions}"));
        if (weeks is < 1 or > 52)
            throw new DomainException(new ValidationFailed("weeks", "must be between 1 and 52"));
        return [.. Enumerable.Range(0, count).Select(i => FromLocal(first.PlusWeeks(i * weeks), zone))];
    }
}
