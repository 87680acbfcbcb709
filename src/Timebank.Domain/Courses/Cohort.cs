using NodaTime;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Courses;

/// <summary>Where a cohort stands at a moment, for an organiser's dashboard.</summary>
public enum CohortPhase
{
    Upcoming = 1,
    Running = 2,
    Finished = 3,

    /// <summary>Every session was cancelled.</summary>
    Cancelled = 4,
}

/// <summary>
/// One run of a course: its sessions, capacity and facilitators (this file), its enrolments and wait list
/// (<c>Cohort.Enrolments.cs</c>), and its attendance and completions (<c>Cohort.Attendance.cs</c>). Every method checks
/// everything before it changes anything, so a refusal leaves the cohort as it was.
/// </summary>
public sealed partial class Cohort
{
    public const int MinCapacity = 1;
    public const int MaxCapacity = 200;
    public const int MaxSessions = 60;
    public const int MaxFacilitators = 10;

    private readonly List<Facilitator> _facilitators = [];
    private readonly List<CohortSession> _sessions = [];

    public Id<Cohort> Id { get; private set; }
    public Id<Course> CourseId { get; private set; }
    public Id<Organisation> OrganisationId { get; private set; }

    /// <summary>The organisation's time zone: what the sessions' local dates and times mean.</summary>
    public DateTimeZone TimeZone { get; private set; }

    public int Capacity { get; private set; }
    public IReadOnlyList<Facilitator> Facilitators => _facilitators;

    /// <summary>Every session, cancelled ones too, in order of start.</summary>
    public IReadOnlyList<CohortSession> Sessions => [.. _sessions.OrderBy(s => s.Start).ThenBy(s => s.Id)];

    /// <summary>When its first session not cancelled starts, and its last ends; null when all are cancelled. Stored so a dashboard filters by phase in one query.</summary>
    public Instant? StartsAt { get; private set; }

    public Instant? EndsAt { get; private set; }

    public Id<Member> ScheduledBy { get; private set; }
    public Instant ScheduledAt { get; private set; }

    private Cohort(Id<Cohort> id, Id<Course> courseId, Id<Organisation> organisationId, DateTimeZone timeZone, int capacity, Id<Member> scheduledBy, Instant scheduledAt)
    {
        Id = id;
        CourseId = courseId;
        OrganisationId = organisationId;
        TimeZone = timeZone;
        Capacity = capacity;
        ScheduledBy = scheduledBy;
        ScheduledAt = scheduledAt;
    }

    /// <summary>Schedules a cohort: sessions in the future that do not overlap, a capacity, and accredited facilitators.</summary>
    public static Cohort Schedule(Course course, Actor organiser, CohortPlan plan, IReadOnlyCollection<Accreditation> facilitatorAccreditations, DateTimeZone zone, Instant now)
    {
        Guard.NotNull(course);
        Guard.NotNull(plan);
        Guard.NotNull(zone);
        organiser.RequireOrganiser(course.OrganisationId, "schedule a cohort");
        RequireCapacity(plan.Capacity);
        var cohort = new Cohort(Id<Cohort>.New(), course.Id, course.OrganisationId, zone, plan.Capacity, organiser.Member, now);
        var planned = Guard.NotNull(plan.Sessions);
        if (planned.Count is 0 or > MaxSessions)
            throw new DomainException(new ValidationFailed("sessions", $"must list 1 to {MaxSessions} sessions"));
        var sessions = planned.Select((p, i) => CohortSession.Plan(cohort.Id, course, p, $"sessions[{i}]")).ToList();
        foreach (var session in sessions)
            cohort.RequireFuture(session.Title, session.Start, now);
        cohort.RequireNoOverlap(sessions);
        var facilitators = CheckedFacilitators(course, plan.Facilitators, facilitatorAccreditations);
        cohort._sessions.AddRange(sessions);
        cohort._facilitators.AddRange(facilitators);
        cohort.RefreshSpan();
        return cohort;
    }

    public CohortSession Session(Id<CohortSession> id)
        => _sessions.Find(s => s.Id == id) ?? throw new DomainException(new NotFound("session", id.ToString()));

    public void RescheduleSession(Actor organiser, Id<CohortSession> sessionId, Instant start, int minutes, Instant now)
    {
        organiser.RequireOrganiser(OrganisationId, "reschedule a session");
        var session = Session(sessionId);
        if (session.IsCancelled)
            throw new DomainException(new SessionCancelled(session.Title));
        if (session.HasStarted(now))
            throw new DomainException(new SessionAlreadyHeld(session.Title));
        CohortSession.RequireLength(minutes, "minutes");
        RequireFuture(session.Title, start, now);
        var end = start + Duration.FromMinutes(minutes);
        var clash = _sessions.Where(s => s.Id != session.Id).OrderBy(s => s.Start).FirstOrDefault(s => s.Overlaps(start, end));
        if (clash is not null)
            throw new DomainException(new SessionsOverlap(session.Title, Wording.When(start, TimeZone), clash.Title, Wording.When(clash.Start, TimeZone)));
        session.MoveTo(start, minutes);
        RefreshSpan();
    }

    /// <summary>A session whose register has been taken happened, so it cannot be cancelled.</summary>
    public void CancelSession(Actor organiser, Id<CohortSession> sessionId, string? reason, Instant now)
    {
        organiser.RequireOrganiser(OrganisationId, "cancel a session");
        var session = Session(sessionId);
        if (session.IsCancelled)
            throw new DomainException(new SessionCancelled(session.Title));
        if (_attendance.Exists(m => m.SessionId == session.Id))
            throw new DomainException(new SessionHasAttendance(session.Title));
        var text = Text.Optional(reason, "reason", CohortSession.CancelReasonMaxLength);
        session.Cancel(text, now);
        RefreshSpan();
    }

    /// <summary>Changes the capacity; never below the people holding a place. Places it frees go to the wait list, in order.</summary>
    public IReadOnlyList<Enrolment> ChangeCapacity(Actor organiser, int capacity, Instant now)
    {
        organiser.RequireOrganiser(OrganisationId, "change a cohort's capacity");
        RequireCapacity(capacity);
        if (capacity < PlacesTaken)
            throw new DomainException(new CapacityBelowEnrolled(capacity, PlacesTaken));
        Capacity = capacity;
        return PromoteFromWaitList(now);
    }

    public void ChangeFacilitators(Actor organiser, Course course, IReadOnlyList<FacilitatorPlan> facilitators, IReadOnlyCollection<Accreditation> accreditations)
    {
        RequireCourse(course);
        organiser.RequireOrganiser(OrganisationId, "change a cohort's facilitators");
        var checkedFacilitators = CheckedFacilitators(course, facilitators, accreditations);
        _facilitators.Clear();
        _facilitators.AddRange(checkedFacilitators);
    }

    public bool Facilitates(Id<Member> member) => _facilitators.Exists(f => f.MemberId == member);

    public CohortPhase PhaseAt(Instant now)
        => (StartsAt, EndsAt) switch
        {
            (null, _) or (_, null) => CohortPhase.Cancelled,
            ({ } start, _) when now < start => CohortPhase.Upcoming,
            (_, { } end) when now >= end => CohortPhase.Finished,
            _ => CohortPhase.Running,
        };

    private void RefreshSpan()
    {
        var live = _sessions.Where(s => !s.IsCancelled).ToList();
        StartsAt = live.Count == 0 ? null : live.Min(s => s.Start);
        EndsAt = live.Count == 0 ? null : live.Max(s => s.End);
    }

    private void RequireCourse(Course course)
    {
        if (Guard.NotNull(course).Id != CourseId)
            throw new ArgumentException("is not this cohort's course", nameof(course));
    }

    private void RequireFuture(string title, Instant start, Instant now)
    {
        if (start <= now)
            throw new DomainException(new SessionInPast(title, Wording.When(start, TimeZone)));
    }

    /// <summary>Sorted by start, the first overlap is always between neighbours: until then the sessions are disjoint.</summary>
    private void RequireNoOverlap(IReadOnlyList<CohortSession> sessions)
    {
        CohortSession? previous = null;
        foreach (var session in sessions.OrderBy(s => s.Start))
        {
            if (previous is not null && session.Start < previous.End)
                throw new DomainException(new SessionsOverlap(previous.Title, Wording.When(previous.Start, TimeZone), session.Title, Wording.When(session.Start, TimeZone)));
            previous = session;
        }
    }

    private static void RequireCapacity(int capacity)
    {
        if (capacity is < MinCapacity or > MaxCapacity)
            throw new DomainException(new ValidationFailed("capacity", $"must be between {MinCapacity} and {MaxCapacity}"));
    }

    private static List<Facilitator> CheckedFacilitators(Course course, IReadOnlyList<FacilitatorPlan> plans, IReadOnlyCollection<Accreditation> accreditations)
    {
        Guard.NotNull(plans);
        Guard.NotNull(accreditations);
        if (plans.Count > MaxFacilitators || plans.Select(p => p.Person.Id).Distinct().Count() != plans.Count)
            throw new DomainException(new ValidationFailed("facilitators", $"must name at most {MaxFacilitators} people, each once"));
        if (course.FacilitatorsMustHold is { } required)
        {
            var unaccredited = plans.FirstOrDefault(p => !accreditations.Any(a => a.MemberId == p.Person.Id && a.Kind == required));
            if (unaccredited is not null)
                throw new DomainException(new FacilitatorNotAccredited(unaccredited.Person.Name, required));
        }
        return [.. plans.Select(p => new Facilitator(p.Person.Id, p.BanksHours))];
    }
}

/// <summary>A cohort as an organiser plans it.</summary>
public sealed record CohortPlan(IReadOnlyList<SessionPlan> Sessions, int Capacity, IReadOnlyList<FacilitatorPlan> Facilitators);
