using Microsoft.EntityFrameworkCore;
using Timebank.Api.Platform.Caching;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Courses;

namespace Timebank.Api.Features.Courses;

/// <summary>
/// Courses with their modules, one query for every course a response level asks for. A course changes rarely and a
/// dashboard names the same few on every page, so what was read is kept for a few seconds (dropped at once when
/// this node changes it), as members and organisations are.
/// </summary>
public sealed class CourseLoader(IDbContextFactory<TimebankDbContext> databases, LookupCache cache) : BatchLoader<Id<Course>, Course>
{
    public static void Forget(LookupCache cache, Id<Course> course) => cache.Forget(course);

    protected override async Task<IReadOnlyDictionary<Id<Course>, Course>> FetchAsync(IReadOnlyList<Id<Course>> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<Id<Course>, Course>();
        var missing = new List<Id<Course>>();
        foreach (var key in keys)
        {
            if (cache.TryGet(key, out Course? known))
                found[key] = known!;
            else
                missing.Add(key);
        }
        if (missing.Count == 0)
            return found;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        foreach (var course in await db.Set<Course>().AsNoTracking().Include(c => c.Modules).AsSplitQuery().Where(c => missing.Contains(c.Id)).ToListAsync(cancellationToken))
        {
            cache.Set(course.Id, course, LookupCache.Changeable);
            found[course.Id] = course;
        }
        return found;
    }
}

/// <summary>Cohorts by id (their sessions come from <see cref="Cohorts.CohortSessionsLoader"/>, their counts from <see cref="CohortCountsLoader"/>).</summary>
public sealed class CohortLoader(IDbContextFactory<TimebankDbContext> databases) : BatchLoader<Id<Cohort>, Cohort>
{
    protected override async Task<IReadOnlyDictionary<Id<Cohort>, Cohort>> FetchAsync(IReadOnlyList<Id<Cohort>> keys, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Set<Cohort>().AsNoTracking()
            .Where(c => keys.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
    }
}

/// <summary>A cohort's enrolled, waiting, completed and withdrawn counts and its completion rate.</summary>
public sealed record CohortTally(int Enrolled, int Waiting, int Completed, int Withdrawn)
{
    public static readonly CohortTally None = new(0, 0, 0, 0);

    public CompletionRate CompletionRate => new(Completed, Enrolled);
}

/// <summary>The counts of many cohorts in one grouped query, so a dashboard page costs the same whatever its size.</summary>
public sealed class CohortCountsLoader(IDbContextFactory<TimebankDbContext> databases) : BatchLoader<Id<Cohort>, CohortTally>
{
    protected override async Task<IReadOnlyDictionary<Id<Cohort>, CohortTally>> FetchAsync(IReadOnlyList<Id<Cohort>> keys, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<Enrolment>().Where(e => keys.Contains(e.CohortId))
            .GroupBy(e => new { e.CohortId, e.Status })
            .Select(g => new { g.Key.CohortId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.CohortId).ToDictionary(g => g.Key, g =>
        {
            int Of(EnrolmentStatus status) => g.Where(r => r.Status == status).Sum(r => r.Count);
            var completed = Of(EnrolmentStatus.Completed);
            return new CohortTally(Of(EnrolmentStatus.Enrolled) + completed, Of(EnrolmentStatus.Waiting), completed, Of(EnrolmentStatus.Withdrawn));
        });
    }
}

public sealed record SessionTally(int Present, int Late, int Excused, int Absent, int Supporters);

/// <summary>Each session's register in numbers, for every session a response asks about, in one grouped query.</summary>
public sealed class SessionAttendanceLoader(IDbContextFactory<TimebankDbContext> databases) : BatchLoader<Id<CohortSession>, SessionTally>
{
    protected override async Task<IReadOnlyDictionary<Id<CohortSession>, SessionTally>> FetchAsync(IReadOnlyList<Id<CohortSession>> keys, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<AttendanceMark>().Where(m => keys.Contains(m.SessionId))
            .GroupBy(m => new { m.SessionId, m.Status, m.WithSupporter })
            .Select(g => new { g.Key.SessionId, g.Key.Status, g.Key.WithSupporter, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.SessionId).ToDictionary(g => g.Key, g =>
        {
            int Of(AttendanceStatus status) => g.Where(r => r.Status == status).Sum(r => r.Count);
            var supporters = g.Where(r => r.WithSupporter && r.Status is AttendanceStatus.Present or AttendanceStatus.Late).Sum(r => r.Count);
            return new SessionTally(Of(AttendanceStatus.Present), Of(AttendanceStatus.Late), Of(AttendanceStatus.Excused), Of(AttendanceStatus.Absent), supporters);
        });
    }
}
