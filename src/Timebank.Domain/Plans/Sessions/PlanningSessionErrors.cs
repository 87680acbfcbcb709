using Timebank.Domain.Common;

namespace Timebank.Domain.Plans.Sessions;

public sealed record PlanningSessionFull(int Capacity)
    : DomainError("PLANNING_SESSION_FULL", $"This session has places for {Capacity} people planning, and they are all taken. Allies do not take a place.");

public sealed record NotAnAttendee(string Reason)
    : DomainError("NOT_AN_ATTENDEE", Reason);

public sealed record AlreadyAttending()
    : DomainError("ALREADY_ATTENDING", "That person is already one of the people planning in this session.");

public sealed record SittingNotInSession()
    : DomainError("SITTING_NOT_IN_SESSION", "That sitting is not one of this session's dates.");
