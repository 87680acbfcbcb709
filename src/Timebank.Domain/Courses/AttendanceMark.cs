using NodaTime;
using Timebank.Domain.Members;

namespace Timebank.Domain.Courses;

/// <summary>
/// LATE counts as attended (they were there for the session); EXCUSED does not count as attended but is not held
/// against a share rule either; ABSENT counts against it.
/// </summary>
public enum AttendanceStatus
{
    Present = 1,
    Late = 2,
    Excused = 3,
    Absent = 4,
}

/// <summary>Whether one person came to one session, and whether their supporter came alongside them.</summary>
public sealed class AttendanceMark
{
    public Id<CohortSession> SessionId { get; private set; }
    public Id<Member> MemberId { get; private set; }
    public AttendanceStatus Status { get; private set; }

    /// <summary>Their supporter (e.g. a support worker) came too; a supporter never takes a place or counts toward completion.</summary>
    public bool WithSupporter { get; private set; }

    public Id<Member> RecordedBy { get; private set; }
    public Instant RecordedAt { get; private set; }

    private AttendanceMark(Id<CohortSession> sessionId, Id<Member> memberId, AttendanceStatus status, bool withSupporter, Id<Member> recordedBy, Instant recordedAt)
    {
        SessionId = sessionId;
        MemberId = memberId;
        Status = status;
        WithSupporter = withSupporter;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    internal static AttendanceMark Record(Id<CohortSession> session, AttendanceEntry entry, Id<Member> by, Instant now)
        => new(session, entry.Person.Id, entry.Status, entry.WithSupporter, by, now);

    public bool Attended => Status is AttendanceStatus.Present or AttendanceStatus.Late;

    /// <summary>Recording a session again corrects the earlier mark.</summary>
    internal void Correct(AttendanceEntry entry, Id<Member> by, Instant now)
        => (Status, WithSupporter, RecordedBy, RecordedAt) = (entry.Status, entry.WithSupporter, by, now);
}

/// <summary>One line of a session's register as a facilitator fills it in.</summary>
public sealed record AttendanceEntry(Person Person, AttendanceStatus Status, bool WithSupporter = false);
