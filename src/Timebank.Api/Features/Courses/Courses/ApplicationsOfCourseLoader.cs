using Microsoft.EntityFrameworkCore;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Courses;

namespace Timebank.Api.Features.Courses.Courses;

public sealed record CourseApplications(IReadOnlyList<CourseApplication> Items);

/// <summary>The applications to every course a response level asks for, oldest first, in one query.</summary>
public sealed class ApplicationsOfCourseLoader(IDbContextFactory<TimebankDbContext> databases) : BatchLoader<Id<Course>, CourseApplications>
{
    protected override async Task<IReadOnlyDictionary<Id<Course>, CourseApplications>> FetchAsync(IReadOnlyList<Id<Course>> keys, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var rows = (await db.Set<CourseApplication>().AsNoTracking().Where(a => keys.Contains(a.CourseId)).OrderBy(a => a.AppliedAt).ThenBy(a => a.Id).ToListAsync(cancellationToken))
            .ToLookup(a => a.CourseId);
        return keys.Distinct().ToDictionary(k => k, k => new CourseApplications([.. rows[k]]));
    }
}
