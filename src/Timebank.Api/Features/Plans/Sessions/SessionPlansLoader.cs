using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Plans.Plans;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Courses;
using Timebank.Domain.Members;
using Timebank.Domain.Plans.Plans;
using Timebank.Domain.Plans.Sessions;

namespace Timebank.Api.Features.Plans.Sessions;

/// <summary>The plans drafted in the sessions a response level shows, each with its latest version (for who may read it), in one query.</summary>
public sealed class SessionPlansLoader(IDbContextFactory<TimebankDbContext> databases) : BatchLoader<Id<PlanningSession>, IReadOnlyList<PlanAndVersion>>
{
    protected override async Task<IReadOnlyDictionary<Id<PlanningSession>, IReadOnlyList<PlanAndVersion>>> FetchAsync(IReadOnlyList<Id<PlanningSession>> keys, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var ids = keys.Select(k => (Id<PlanningSession>?)k).ToList();
        var rows = await db.Set<Plan>().AsNoTracking().Where(p => ids.Contains(p.PlanningSessionId))
            .Join(db.Set<PlanVersion>().AsNoTracking(), p => new { Plan = p.Id, Number = p.LatestVersion }, v => new { Plan = v.PlanId, v.Number }, (p, v) => new { p, v })
            .OrderBy(x => x.p.StartedAt).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.p.PlanningSessionId!.Value)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<PlanAndVersion>)[.. g.Select(r => new PlanAndVersion(r.p, r.v))]);
    }
}

/// <summary>Which of the facilitators a response shows hold a support planning champion accreditation (the courses feature grants it), in one query.</summary>
public sealed class ChampionsLoader(IDbContextFactory<TimebankDbContext> databases) : BatchLoader<Id<Member>, string>
{
    protected override async Task<IReadOnlyDictionary<Id<Member>, string>> FetchAsync(IReadOnlyList<Id<Member>> keys, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var champion = AccreditationKind.SupportPlanningChampion;
        var held = await db.Set<Accreditation>().AsNoTracking().Where(a => keys.Contains(a.MemberId) && a.Kind == champion)
            .Select(a => a.MemberId).Distinct().ToListAsync(cancellationToken);
        return held.ToDictionary(m => m, _ => champion.Code);
    }
}
