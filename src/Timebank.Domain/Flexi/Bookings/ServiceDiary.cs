using NodaTime;
using Timebank.Domain.Flexi.Rota;
using Timebank.Domain.Members;

namespace Timebank.Domain.Flexi.Bookings;

/// <summary>
/// A service's rota and sessions around a time, as loaded for one decision: who is booked, who is on shift, and
/// whether taking a worker off the core would leave it short.
/// </summary>
public sealed class ServiceDiary(IReadOnlyCollection<Shift> shifts, IReadOnlyCollection<SupportSession> sessions, int coreMinimum, DateTimeZone zone)
{
    private readonly IReadOnlyCollection<BusySlot> _busy = [.. sessions.Where(s => s.HoldsTime).Select(s => new BusySlot(s.WorkerId, s.Start, s.End))];

    public DateTimeZone Zone { get; } = zone;

    public IReadOnlyCollection<Shift> Shifts { get; } = shifts;

    public int CoreMinimum { get; } = coreMinimum;

    public SupportSession? WorkerClash(Id<Member> worker, Instant start, Instant end)
        => sessions.FirstOrDefault(s => s.HoldsTime && s.WorkerId == worker && s.Start < end && start < s.End);

    public SupportSession? CustomerClash(Id<Member> customer, Instant start, Instant end)
        => sessions.FirstOrDefault(s => s.HoldsTime && s.CustomerId == customer && s.Start < end && start < s.End);

    public (Instant At, int Left)? CoreShortfall(Id<Member> worker, Instant start, Instant end)
        => CoreCover.FirstShortfall(Shifts, _busy, worker, start, end, CoreMinimum);

    /// <summary>Free for a session: not booked then, and not needed to keep the core covered.</summary>
    public bool IsFree(Id<Member> worker, Instant start, Instant end)
        => WorkerClash(worker, start, end) is null && CoreShortfall(worker, start, end) is null;
}
