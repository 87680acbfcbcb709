namespace Timebank.Domain.Courses;

/// <summary>
/// What a participant has done so far, as the completion rule reads it. Attended means PRESENT or LATE.
/// <see cref="SessionsExpected"/> is the cohort's sessions that are not cancelled, less those the person was excused
/// from and those held before they took their place that they did not attend.
/// </summary>
public sealed record CompletionEvidence(
    int SessionsAttended,
    int SessionsExpected,
    IReadOnlySet<Id<CourseModule>> ModulesAttended,
    IReadOnlySet<string> OutputsRecorded);
