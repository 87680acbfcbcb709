using NodaTime;
using NodaTime.TimeZones;
using Timebank.Domain.Members;

namespace Timebank.Domain.Flexi.Rota;

/// <summary>A shift in a repeating week: a day, local start and end times (an end at or before the start is the next day).</summary>
public sealed record RotaSlot(Id<Member> Worker, IsoDayOfWeek Day, LocalTime Starts, LocalTime Ends);

/// <summary>One shift of an expanded pattern, as instants, ready for <see cref="Shift.Plan"/>.</summary>
public sealed record PlannedShift(Id<Member> Worker, Instant Start, Instant End);

/// <summary>
/// A week's rota repeated for several weeks ahead. Local times are read in the service's zone, so a 20:00–08:00
/// night shift over a clock change is 11 or 13 hours long; a time the clocks skip starts at the first valid instant.
/// </summary>
public static class WeeklyRotaPattern
{
    public const int MaxWeeks = 26;

    public static IReadOnlyList<PlannedShift> Expand(IEnumerable<RotaSlot> week, LocalDate firstWeekStart, int weeks, DateTimeZone zone)
    {
        if (weeks is < 1 or > MaxWeeks)
            throw new DomainException(new ValidationFailed("weeks", $"must be between 1 and {MaxWeeks}"));
        var slots = week.ToList();
        var shifts = new List<PlannedShift>(slots.Count * weeks);
        for (var w = 0; w < weeks; w++)
        {
            foreach (var slot in slots)
            {
                var day = firstWeekStart.PlusWeeks(w).With(DateAdjusters.NextOrSame(slot.Day));
                var endDay = slot.Ends <= slot.Starts ? day.PlusDays(1) : day;
                var start = zone.ResolveLocal(day + slot.Starts, Resolvers.LenientResolver).ToInstant();
                var end = zone.ResolveLocal(endDay + slot.Ends, Resolvers.LenientResolver).ToInstant();
                shifts.Add(new PlannedShift(slot.Worker, start, end));
            }
        }
        return [.. shifts.OrderBy(s => s.Start).ThenBy(s => s.Worker)];
    }
}
