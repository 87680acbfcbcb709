using Microsoft.EntityFrameworkCore;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Courses;

namespace Timebank.Api.Features.Courses.Cohorts;

/// <summary>
/// The sessions of every cohort a response level shows, in one plain query. Reads do not <c>Include</c> them: EF 10
/// compiles a collection include's inner shaper as a nested lambda and makes a delegate of it for every row, which
/// cost a dashboard page more CPU than its SQL did.
/// </summary>
public sealed class CohortSessionsLoader(IDbContextFactory<TimebankDbContext> databases) : BatchLoader<Id<Cohort>, IReadOnlyList<CohortSession>>
{
    protected override async Task<IReadOnlyDictionary<Id<Cohort>, IReadOnlyList<CohortSession>>> FetchAsync(IReadOnlyList<Id<Cohort>> keys, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var sessions = await db.Set<CohortSession>().AsNoTracking().Where(s => keys.Contains(s.CohortId))
            .OrderBy(s => s.Start).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        return sessions.GroupBy(s => s.CohortId).ToDictionary(g => g.Key, g => (IReadOnlyList<CohortSession>)g.ToList());
    }
}
