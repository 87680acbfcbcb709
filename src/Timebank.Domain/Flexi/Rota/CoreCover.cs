using NodaTime;
using Timebank.Domain.Members;

namespace Timebank.Domain.Flexi.Rota;

/// <summary>A worker taken away from the core for a while: in a one-to-one session, wherever it takes place.</summary>
public readonly record struct BusySlot(Id<Member> Worker, Instant Start, Instant End);

/// <summary>
/// The core minimum as pure functions: at any instant the core is covered by the workers on shift who are not in a
/// one-to-one session (on site or off, their time then belongs to one customer, paid from the flexi hours). A
/// booking may not take that count below the service's minimum at any instant it covers.
/// </summary>
public static class CoreCover
{
    /// <summary>How many workers cover the core at <paramref name="at"/>.</summary>
    public static int At(IEnumerable<Shift> shifts, IEnumerable<BusySlot> busy, Instant at)
    {
        var busyNow = busy.Where(b => b.Start <= at && at < b.End).Select(b => b.Worker).ToHashSet();
        return shifts.Where(s => s.Start <= at && at < s.End && !busyNow.Contains(s.WorkerId)).Select(s => s.WorkerId).Distinct().Count();
    }

    /// <summary>
    /// The first instant in [start, end) where taking <paramref name="worker"/> away would leave fewer than
    /// <paramref name="minimum"/> on the core, with the cover that would be left; null when the core stays covered.
    /// Cover only changes where a shift or session starts or ends, so those instants are all that need checking.
    /// </summary>
    public static (Instant At, int Left)? FirstShortfall(IReadOnlyCollection<Shift> shifts, IReadOnlyCollection<BusySlot> busy,
        Id<Member> worker, Instant start, Instant end, int minimum)
    {
        var instants = new SortedSet<Instant> { start };
        foreach (var s in shifts.Where(s => s.Start < end && start < s.End))
            instants.UnionWith([s.Start, s.End]);
        foreach (var b in busy.Where(b => b.Start < end && start < b.End))
            instants.UnionWith([b.Start, b.End]);
        foreach (var at in instants.Where(t => start <= t && t < end))
        {
            var covering = shifts.Any(s => s.WorkerId == worker && s.Start <= at && at < s.End)
                           && !busy.Any(b => b.Worker == worker && b.Start <= at && at < b.End);
            if (!covering)
                continue;
            var left = At(shifts, busy, at) - 1;
            if (left < minimum)
                return (at, left);
        }
        return null;
    }
}
