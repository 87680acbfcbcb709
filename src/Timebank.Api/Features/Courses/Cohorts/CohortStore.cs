using Microsoft.EntityFrameworkCore;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Courses;

namespace Timebank.Api.Features.Courses.Cohorts;

/// <summary>Loads a whole cohort (sessions, enrolments, registers) with its course, tracked for a change.</summary>
public static class CohortStore
{
    public const string CohortTypeName = "Cohort";
    public const string SessionTypeName = "CohortSession";

    public static async Task<(Cohort Cohort, Course Course)> LoadAsync(TimebankDbContext db, Id<Cohort> id, string? asGiven, CancellationToken cancellationToken)
    {
        var cohort = await db.Set<Cohort>().Include(c => c.Sessions).Include(c => c.Enrolments).Include(c => c.Attendance).AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new DomainException(new NotFound("cohort", asGiven));
        var course = await db.Set<Course>().AsNoTracking().Include(c => c.Modules).SingleAsync(c => c.Id == cohort.CourseId, cancellationToken);
        return (cohort, course);
    }

    public static Task<(Cohort Cohort, Course Course)> LoadAsync(TimebankDbContext db, string globalId, string field, CancellationToken cancellationToken)
        => LoadAsync(db, GlobalId.Parse<Cohort>(globalId, CohortTypeName, field), globalId, cancellationToken);

    /// <summary>The cohort a session belongs to, found from the session's id.</summary>
    public static async Task<(Cohort Cohort, Course Course, Id<CohortSession> Session)> BySessionAsync(TimebankDbContext db, string globalId, string field, CancellationToken cancellationToken)
    {
        var session = GlobalId.Parse<CohortSession>(globalId, SessionTypeName, field);
        var cohort = await db.Set<CohortSession>().Where(s => s.Id == session).Select(s => (Id<Cohort>?)s.CohortId).FirstOrDefaultAsync(cancellationToken)
            ?? throw new DomainException(new NotFound("session", globalId));
        var (loaded, course) = await LoadAsync(db, cohort, null, cancellationToken);
        return (loaded, course, session);
    }
}
