using NodaTime;
using Timebank.Domain.Flexi.Services;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Flexi.Rota;

/// <summary>One worker on shift for the core, planned on the service's rota (usually weeks ahead).</summary>
public sealed class Shift
{
    public static readonly Duration MaxLength = Duration.FromHours(24);

    public Id<Shift> Id { get; private set; }
    public Id<FlexiService> ServiceId { get; private set; }
    public Id<Member> WorkerId { get; private set; }
    public Instant Start { get; private set; }
    public Instant End { get; private set; }
    public Id<Member> PlannedBy { get; private set; }

    private Shift(Id<Shift> id, Id<FlexiService> serviceId, Id<Member> workerId, Instant start, Instant end, Id<Member> plannedBy)
        => (Id, ServiceId, WorkerId, Start, End, PlannedBy) = (id, serviceId, workerId, start, end, plannedBy);

    public Interval Interval => new(Start, End);

    /// <param name="workerShifts">The worker's shifts already on the rota, so two never overlap.</param>
    public static Shift Plan(FlexiService service, Membership manager, Membership worker, string workerName, Instant start, Instant end,
        IEnumerable<Shift> workerShifts)
    {
        FlexiRoles.RequireRunsProvider(manager, service.ProviderId);
        if (!FlexiRoles.IsStaff(worker, service.ProviderId))
            throw new DomainException(new ValidationFailed("workerId", "must be a member of staff of this provider"));
        if (end <= start || end - start > MaxLength)
            throw new DomainException(new ValidationFailed("end", "a shift ends after it starts and lasts at most 24 hours"));
        var clash = workerShifts.FirstOrDefault(s => s.WorkerId == worker.MemberId && s.Start < end && start < s.End);
        if (clash is not null)
            throw new DomainException(new ShiftOverlaps(workerName, clash.Start, clash.End, service.TimeZone));
        return new Shift(Id<Shift>.New(), service.Id, worker.MemberId, start, end, manager.MemberId);
    }
}

public sealed record ShiftOverlaps(string Worker, Instant Start, Instant End, DateTimeZone Zone)
    : DomainError("SHIFT_OVERLAPS", $"{Worker} is already on the rota from {FlexiText.At(Start, Zone)} to {FlexiText.Time(End, Zone)}.");
