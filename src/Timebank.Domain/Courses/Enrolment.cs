using NodaTime;
using Timebank.Domain.Members;

namespace Timebank.Domain.Courses;

public enum EnrolmentStatus
{
    /// <summary>Holds a place.</summary>
    Enrolled = 1,

    /// <summary>On the wait list; promoted in order when a place frees.</summary>
    Waiting = 2,

    Withdrawn = 3,

    /// <summary>Met the course's rule; still holds their place.</summary>
    Completed = 4,
}

/// <summary>One person's place (or place in the queue) in a cohort.</summary>
public sealed class Enrolment
{
    public const int SupporterMaxLength = 100;

    private readonly List<RecordedOutput> _outputs = [];

    public Id<Enrolment> Id { get; private set; }
    public Id<Cohort> CohortId { get; private set; }
    public Id<Member> MemberId { get; private set; }
    public EnrolmentStatus Status { get; private set; }

    /// <summary>Order of asking within the cohort; the wait list is promoted in this order.</summary>
    public int QueueNumber { get; private set; }

    public Id<Member> EnrolledBy { get; private set; }
    public Instant RequestedAt { get; private set; }

    /// <summary>When they took a place; sessions before it are not expected of them unless they attended.</summary>
    public Instant? PlaceTakenAt { get; private set; }

    /// <summary>Set when the place came from the wait list, so the person can see they were promoted.</summary>
    public Instant? PromotedAt { get; private set; }

    public Instant? WithdrawnAt { get; private set; }
    public Instant? CompletedAt { get; private set; }

    /// <summary>Who may attend alongside them (e.g. "Jo, support worker"), without taking a place.</summary>
    public string? Supporter { get; private set; }

    public IReadOnlyList<RecordedOutput> Outputs => _outputs;

    private Enrolment(Id<Enrolment> id, Id<Cohort> cohortId, Id<Member> memberId, int queueNumber, Id<Member> enrolledBy, Instant requestedAt)
    {
        Id = id;
        CohortId = cohortId;
        MemberId = memberId;
        QueueNumber = queueNumber;
        EnrolledBy = enrolledBy;
        RequestedAt = requestedAt;
        Status = EnrolmentStatus.Waiting;
    }

    internal static Enrolment Requested(Id<Cohort> cohort, Id<Member> member, int queueNumber, Id<Member> enrolledBy, string? supporter, Instant now)
        => new(Id<Enrolment>.New(), cohort, member, queueNumber, enrolledBy, now) { Supporter = supporter };

    public bool HoldsPlace => Status is EnrolmentStatus.Enrolled or EnrolmentStatus.Completed;
    public bool IsActive => Status != EnrolmentStatus.Withdrawn;

    internal void TakePlace(Instant now, bool fromWaitList)
    {
        Status = EnrolmentStatus.Enrolled;
        PlaceTakenAt = now;
        PromotedAt = fromWaitList ? now : null;
    }

    internal void Withdraw(Instant now)
    {
        Status = EnrolmentStatus.Withdrawn;
        WithdrawnAt = now;
    }

    internal void Complete(Instant now)
    {
        Status = EnrolmentStatus.Completed;
        CompletedAt = now;
    }

    /// <summary>Recording an output again replaces the earlier record (a corrected note), never adds a second.</summary>
    internal void Record(RecordedOutput output)
    {
        _outputs.RemoveAll(o => o.Output == output.Output);
        _outputs.Add(output);
    }
}

/// <summary>An output the completion rule asks for, recorded for one participant.</summary>
public sealed record RecordedOutput(string Output, LocalDate RecordedOn, Id<Member> RecordedBy, string? Note)
{
    public const int NoteMaxLength = 500;
}
