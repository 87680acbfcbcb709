namespace Timebank.Domain.Courses;

/// <summary>Completed out of the people holding a place; <see cref="Percent"/> is rounded half up, null when nobody holds one.</summary>
public sealed record CompletionRate(int Completed, int OutOf)
{
    public int? Percent => OutOf == 0 ? null : (int)((200L * Completed + OutOf) / (2L * OutOf));
}

/// <summary>One session's register in numbers. Supporters came alongside a participant and hold no place.</summary>
public sealed record SessionAttendance(Id<CohortSession> SessionId, bool Cancelled, int Present, int Late, int Excused, int Absent, int Supporters)
{
    public int Attended => Present + Late;
}

/// <summary>
/// A cohort in numbers. <see cref="Enrolled"/> is everyone holding a place, those who completed included (so a cohort
/// of six with five completed reads "6 enrolled, 5 completed"); withdrawn people no longer hold one.
/// </summary>
public sealed record CohortCounts(int Enrolled, int Waiting, int Completed, int Withdrawn, CompletionRate CompletionRate, IReadOnlyList<SessionAttendance> Sessions)
{
    public static CohortCounts Of(Cohort cohort)
    {
        Guard.NotNull(cohort);
        var enrolled = cohort.Enrolments.Count(e => e.HoldsPlace);
        var completed = cohort.Enrolments.Count(e => e.Status == EnrolmentStatus.Completed);
        var sessions = cohort.Sessions.Select(s =>
        {
            var marks = cohort.Attendance.Where(m => m.SessionId == s.Id).ToList();
            return new SessionAttendance(s.Id, s.IsCancelled,
                marks.Count(m => m.Status == AttendanceStatus.Present),
                marks.Count(m => m.Status == AttendanceStatus.Late),
                marks.Count(m => m.Status == AttendanceStatus.Excused),
                marks.Count(m => m.Status == AttendanceStatus.Absent),
                marks.Count(m => m.WithSupporter && m.Attended));
        }).ToList();
        return new CohortCounts(
            enrolled,
            cohort.Enrolments.Count(e => e.Status == EnrolmentStatus.Waiting),
            completed,
            cohort.Enrolments.Count(e => e.Status == EnrolmentStatus.Withdrawn),
            new CompletionRate(completed, enrolled),
            sessions);
    }
}
