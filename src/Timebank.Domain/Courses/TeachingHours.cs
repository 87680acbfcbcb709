using NodaTime;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;

namespace Timebank.Domain.Courses;

/// <summary>
/// The hours a delivered session earns its volunteer facilitators: the session's length, once per session and
/// facilitator, in the timebank the course names, paid by the organising organisation's account there.
/// </summary>
public static class TeachingHours
{
    public static IReadOnlyList<HoursToBank> ForSession(Course course, Cohort cohort, Id<CohortSession> sessionId, Instant now)
    {
        Guard.NotNull(course);
        Guard.NotNull(cohort);
        if (cohort.CourseId != course.Id)
            throw new ArgumentException("is not the cohort's course", nameof(course));
        var session = cohort.Session(sessionId);
        if (session.IsCancelled)
            throw new DomainException(new SessionCancelled(session.Title));
        if (!session.HasEnded(now))
            throw new DomainException(new SessionNotDelivered(session.Title, Wording.When(session.End, cohort.TimeZone)));
        if (course.HoursTimebankId is not { } timebank)
            return [];
        var date = session.Start.InZone(cohort.TimeZone).Date;
        var description = $"Facilitated \"{session.Title}\" of {course.Title} ({Wording.HoursAndMinutes(session.Minutes)})";
        return [.. cohort.Facilitators
            .Where(f => f.BanksHours)
            .Select(f => new HoursToBank(timebank, f.MemberId, course.OrganisationId, Amount.Of(session.Minutes, "minutes"),
                KeyFor(session.Id, f.MemberId), description, date))];
    }

    /// <summary>The same session and facilitator always give the same key, whatever else changes or however often it is asked.</summary>
    public static IdempotencyKey KeyFor(Id<CohortSession> session, Id<Member> facilitator)
        => IdempotencyKey.Parse($"course-session:{session.Value:N}:facilitator:{facilitator.Value:N}");
}
