using NodaTime;

namespace Timebank.Domain.Courses;

public enum SessionStatus
{
    Scheduled = 1,
    Cancelled = 2,
}

/// <summary>One session of a cohort: when it starts, how long it runs, its title and the course modules it covers.</summary>
public sealed class CohortSession
{
    public const int TitleMaxLength = 120;
    public const int MinMinutes = 15;
    public const int MaxMinutes = 12 * 60;
    public const int CancelReasonMaxLength = 300;

    private readonly List<Id<CourseModule>> _moduleIds = [];

    public Id<CohortSession> Id { get; private set; }
    public Id<Cohort> CohortId { get; private set; }
    public string Title { get; private set; }
    public Instant Start { get; private set; }
    public int Minutes { get; private set; }
    public IReadOnlyList<Id<CourseModule>> ModuleIds => _moduleIds;
    public SessionStatus Status { get; private set; }
    public Instant? CancelledAt { get; private set; }
    public string? CancelReason { get; private set; }

    private CohortSession(Id<CohortSession> id, Id<Cohort> cohortId, string title, Instant start, int minutes)
    {
        Id = id;
        CohortId = cohortId;
        Title = title;
        Start = start;
        Minutes = minutes;
        Status = SessionStatus.Scheduled;
    }

    public Instant End => Start + Duration.FromMinutes(Minutes);
    public bool IsCancelled => Status == SessionStatus.Cancelled;
    public bool HasStarted(Instant now) => Start <= now;
    public bool HasEnded(Instant now) => End <= now;

    /// <summary>Whether this session, not cancelled, shares any time with the half-open span [start, end).</summary>
    public bool Overlaps(Instant start, Instant end) => !IsCancelled && Start < end && start < End;

    /// <summary>Checks a planned session's shape against the course; timing against the cohort is the cohort's job.</summary>
    internal static CohortSession Plan(Id<Cohort> cohort, Course course, SessionPlan plan, string field)
    {
        Guard.NotNull(plan);
        var title = Text.Required(plan.Title, $"{field}.title", TitleMaxLength);
        RequireLength(plan.Minutes, $"{field}.minutes");
        var modules = Guard.NotNull(plan.Modules);
        if (modules.Distinct().Count() != modules.Count || modules.Any(m => course.Module(m) is null))
            throw new DomainException(new ValidationFailed($"{field}.modules", "must name modules of this course, each once"));
        var session = new CohortSession(Id<CohortSession>.New(), cohort, title, plan.Start, plan.Minutes);
        session._moduleIds.AddRange(modules);
        return session;
    }

    internal static void RequireLength(int minutes, string field)
    {
        if (minutes is < MinMinutes or > MaxMinutes)
            throw new DomainException(new ValidationFailed(field,
                $"must be between {Wording.HoursAndMinutes(MinMinutes)} and {Wording.HoursAndMinutes(MaxMinutes)}"));
    }

    internal void MoveTo(Instant start, int minutes) => (Start, Minutes) = (start, minutes);

    internal void Cancel(string? reason, Instant now)
    {
        Status = SessionStatus.Cancelled;
        CancelReason = reason;
        CancelledAt = now;
    }
}

/// <summary>A session as an organiser plans it; <see cref="Start"/> is an instant, shown in the organisation's time zone.</summary>
public sealed record SessionPlan(string? Title, Instant Start, int Minutes, IReadOnlyList<Id<CourseModule>> Modules);
