using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Features.Flexi;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Flexi;
using Timebank.Domain.Flexi.Cash;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Plans.Plans;

namespace Timebank.Api.Features.Plans.Progress;

/// <summary>
/// The person's plan in force on a day: of their plans the organisation holds, the newest approved version that runs
/// then (a later version waiting for sign-off leaves the approved one in force), with what its items have bought.
/// </summary>
public sealed class PlansInForce(IDbContextFactory<TimebankDbContext> databases) : IPlansInForce
{
    public async Task<PlanInForce?> ForAsync(Id<Organisation> provider, Id<Member> customer, LocalDate day, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var (plan, version) = await InForceAsync(db, provider, customer, day, cancellationToken);
        if (version is null)
            return null;
        var items = version.Content.Budget?.CapitalItems ?? [];
        var names = items.Select(i => i.What).ToList();
        var spent = names.Count == 0
            ? []
            : await db.Set<Purchase>().Where(p => p.PlanId == plan && p.PlanItem != null && names.Contains(p.PlanItem))
                .GroupBy(p => p.PlanItem!).Select(g => new { g.Key, Pence = g.Sum(p => p.Pence) }).ToDictionaryAsync(g => g.Key, g => g.Pence, cancellationToken);
        return new PlanInForce(plan, version.Number, [.. version.Content.Outcomes.Select(o => o.Key)],
            [.. items.Select(i => new AgreedItem(i.What, i.Pence, i.OutcomeKey, spent.GetValueOrDefault(i.What)))]);
    }

    /// <summary>The approved version in force on the day, or none; plans are few per person, so their versions are read whole.</summary>
    public static async Task<(Guid Plan, PlanVersion? Version)> InForceAsync(TimebankDbContext db, Id<Organisation> organisation, Id<Member> person, LocalDate day, CancellationToken cancellationToken)
    {
        var approved = await db.Set<Plan>().AsNoTracking().Where(p => p.OrganisationId == organisation && p.PersonId == person)
            .Join(db.Set<PlanVersion>().AsNoTracking().Where(v => v.Status == PlanStatus.Approved), p => p.Id, v => v.PlanId, (p, v) => v)
            .ToListAsync(cancellationToken);
        var inForce = approved.Where(v => v.Content.StartsOn <= day && day <= v.Content.EndsOn)
            .OrderByDescending(v => v.DecidedAt).ThenByDescending(v => v.Number).FirstOrDefault();
        return (inForce?.PlanId.Value ?? Guid.Empty, inForce);
    }
}
