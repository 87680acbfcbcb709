using NodaTime;

namespace Timebank.Domain.Flexi.Bookings;

public sealed record BookingInPast()
    : DomainError("BOOKING_IN_PAST", "A session can only be booked for a time that has not started yet.");

public sealed record WorkerAlreadyBooked(string Worker, Instant Start, Instant End, DateTimeZone Zone)
    : DomainError("WORKER_ALREADY_BOOKED", $"{Worker} is already booked from {FlexiText.At(Start, Zone)} to {FlexiText.Time(End, Zone)}; choose another time or worker.");

public sealed record CustomerAlreadyBooked(Instant Start, Instant End, DateTimeZone Zone)
    : DomainError("CUSTOMER_ALREADY_BOOKED", $"There is already a session booked from {FlexiText.At(Start, Zone)} to {FlexiText.Time(End, Zone)}.");

public sealed record NotEnoughMinutes(long AvailableMinutes, long AskedMinutes)
    : DomainError("NOT_ENOUGH_MINUTES", $"Only {FlexiText.Minutes(AvailableMinutes)} of support time is available; this session needs {FlexiText.Minutes(AskedMinutes)}.");

public sealed record BelowCoreMinimum(string Worker, Instant At, int Left, int Minimum, DateTimeZone Zone)
    : DomainError("BELOW_CORE_MINIMUM", $"{Worker} is on the rota then: from {FlexiText.At(At, Zone)} only {Left} would be left on shift, and the service keeps at least {Minimum}. Choose another time or worker.");

public sealed record WorkerNotStaff(string Worker)
    : DomainError("WORKER_NOT_STAFF", $"{Worker} is not on this service's staff.");

public sealed record SessionNotBooked(SessionStatus Status)
    : DomainError("SESSION_NOT_BOOKED", $"This session has already been {Status.ToString().ToLowerInvariant()}.");

public sealed record SessionNotStarted()
    : DomainError("SESSION_NOT_STARTED", "A session can be completed once it has started.");

public sealed record MoreThanBooked(long BookedMinutes, long DeliveredMinutes)
    : DomainError("MORE_THAN_BOOKED", $"The session was booked for {FlexiText.Minutes(BookedMinutes)}; {FlexiText.Minutes(DeliveredMinutes)} is more than that. Book another session for the extra time.");
