namespace Timebank.Domain.Courses;

/// <summary>Two sessions of one cohort would run at the same time.</summary>
public sealed record SessionsOverlap(string First, string FirstStarts, string Second, string SecondStarts)
    : DomainError("SESSIONS_OVERLAP", $"\"{First}\" ({FirstStarts}) and \"{Second}\" ({SecondStarts}) would overlap; a cohort's sessions run one at a time.");

public sealed record SessionInPast(string Title, string Starts)
    : DomainError("SESSION_IN_PAST", $"\"{Title}\" would start at {Starts}, which has already passed.");

public sealed record SessionAlreadyHeld(string Title)
    : DomainError("SESSION_ALREADY_HELD", $"\"{Title}\" has already started, so it can no longer be moved.");

public sealed record SessionNotYetHeld(string Title, string Starts)
    : DomainError("SESSION_NOT_YET_HELD", $"\"{Title}\" starts at {Starts}; attendance is recorded once it has begun.");

public sealed record SessionNotDelivered(string Title, string Ends)
    : DomainError("SESSION_NOT_DELIVERED", $"\"{Title}\" ends at {Ends}; its hours are credited once it has been delivered.");

public sealed record SessionCancelled(string Title)
    : DomainError("SESSION_CANCELLED", $"\"{Title}\" has been cancelled.");

public sealed record SessionHasAttendance(string Title)
    : DomainError("SESSION_HAS_ATTENDANCE", $"Attendance has been recorded for \"{Title}\", so it cannot be cancelled.");

public sealed record CapacityBelowEnrolled(int Capacity, int HoldingPlaces)
    : DomainError("CAPACITY_BELOW_ENROLLED", $"{HoldingPlaces} people already hold a place, so the capacity cannot be {Capacity}.");

public sealed record FacilitatorNotAccredited(string Name, AccreditationKind Required)
    : DomainError("FACILITATOR_NOT_ACCREDITED", $"{Name} cannot facilitate this course: its facilitators must hold the {Required.Name} accreditation.");

public sealed record CohortClosed()
    : DomainError("COHORT_CLOSED", "This cohort has finished or all its sessions were cancelled; it takes no more enrolments.");

public sealed record AlreadyEnrolled(string Name, EnrolmentStatus Status)
    : DomainError("ALREADY_ENROLLED", Status switch
    {
        EnrolmentStatus.Waiting => $"{Name} is already on this cohort's wait list.",
        EnrolmentStatus.Completed => $"{Name} has already completed this cohort.",
        _ => $"{Name} is already enrolled in this cohort.",
    });

public sealed record NotEnrolled(string Name)
    : DomainError("NOT_ENROLLED", $"{Name} is not enrolled in this cohort.");

public sealed record AlreadyCompleted(string Name)
    : DomainError("ALREADY_COMPLETED", $"{Name} has already completed this cohort.");

/// <summary>Completing was asked before the course's rule is met; <see cref="Missing"/> says what is still to do.</summary>
public sealed record CompletionRuleNotMet(string Name, RuleCombination Combination, IReadOnlyList<string> Missing)
    : DomainError("COMPLETION_RULE_NOT_MET", Combination == RuleCombination.All || Missing.Count == 1
        ? $"{Name} has not completed yet: still to {string.Join("; and ", Missing)}."
        : $"{Name} has not completed yet: still to do one of these: {string.Join("; or ", Missing)}.");
