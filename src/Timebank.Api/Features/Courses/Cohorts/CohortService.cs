using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Features.Courses.Courses;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Courses;

namespace Timebank.Api.Features.Courses.Cohorts;

/// <summary>Scheduling cohorts and changing their sessions. The rules are the domain's <see cref="Cohort"/>.</summary>
public sealed class CohortService(IDbContextFactory<TimebankDbContext> databases, CourseAccess access, IClock clock)
{
    public async Task<Cohort> ScheduleAsync(ScheduleCohortInput input, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var course = await CourseService.TrackedAsync(db, input.CourseId, "courseId", cancellationToken);
        var actor = await access.ActorAsync(course.OrganisationId);
        actor.RequireOrganiser(course.OrganisationId, "schedule a cohort");
        var byPosition = course.Modules.ToDictionary(m => m.Position, m => m.Id);
        var sessions = (input.Sessions ?? []).Select((s, i) => new SessionPlan(s.Title, s.Start, s.Minutes,
            [.. (s.Modules ?? []).Select(p => byPosition.TryGetValue(p, out var id) ? id
                : throw new DomainException(new ValidationFailed($"sessions[{i}].modules", $"the course has no module {p}")))])).ToList();
        var people = input.Facilitators is { Count: > 0 } named
            ? await access.PeopleAsync([.. named.Select(f => (string?)f.MemberId)], "facilitators", cancellationToken)
            : [];
        var facilitators = people.Select((p, i) => new FacilitatorPlan(p, input.Facilitators![i].BanksHours ?? true)).ToList();
        var ids = people.Select(p => p.Id).ToList();
        var accreditations = await db.Set<Accreditation>().AsNoTracking().Where(a => ids.Contains(a.MemberId)).ToListAsync(cancellationToken);
        var cohort = Cohort.Schedule(course, actor, new CohortPlan(sessions, input.Capacity, facilitators), accreditations, await access.ZoneAsync(course.OrganisationId, cancellationToken), clock.GetCurrentInstant());
        db.Add(cohort);
        await db.SaveChangesAsync(cancellationToken);
        return cohort;
    }

    public Task<Cohort> RescheduleAsync(RescheduleSessionInput input, CancellationToken cancellationToken)
        => access.SaveWithRetryAsync(async db =>
        {
            var (cohort, _, session) = await CohortStore.BySessionAsync(db, input.SessionId, "sessionId", cancellationToken);
            cohort.RescheduleSession(await access.ActorAsync(cohort.OrganisationId), session, input.Start, input.Minutes, clock.GetCurrentInstant());
            CourseAccess.Touch(db, cohort);
            return cohort;
        }, cancellationToken);

    public Task<Cohort> CancelSessionAsync(CancelSessionInput input, CancellationToken cancellationToken)
        => access.SaveWithRetryAsync(async db =>
        {
            var (cohort, _, session) = await CohortStore.BySessionAsync(db, input.SessionId, "sessionId", cancellationToken);
            cohort.CancelSession(await access.ActorAsync(cohort.OrganisationId), session, input.Reason, clock.GetCurrentInstant());
            CourseAccess.Touch(db, cohort);
            return cohort;
        }, cancellationToken);

    public Task<Cohort> ChangeCapacityAsync(ChangeCapacityInput input, CancellationToken cancellationToken)
        => access.SaveWithRetryAsync(async db =>
        {
            var (cohort, _) = await CohortStore.LoadAsync(db, input.CohortId, "cohortId", cancellationToken);
            cohort.ChangeCapacity(await access.ActorAsync(cohort.OrganisationId), input.Capacity, clock.GetCurrentInstant());
            CourseAccess.Touch(db, cohort);
            return cohort;
        }, cancellationToken);
}
