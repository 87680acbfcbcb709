using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Features.Flexi;
using Timebank.Api.Features.Plans.Plans;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Flexi.Bookings;
using Timebank.Domain.Flexi.Cash;
using Timebank.Domain.Flexi.Services;
using Timebank.Domain.Plans.Plans;

namespace Timebank.Api.Features.Plans.Progress;

/// <summary>
/// <c>planProgress</c>: the hours and pounds of the person's support at the holding organisation's services while
/// the plan in force runs, outcome by outcome. Read by whoever may read the plan.
/// </summary>
public sealed class PlanProgressService(IDbContextFactory<TimebankDbContext> databases, PlanReaders readers, PlanAccess access)
{
    public async Task<PlanProgress?> ForAsync(string planId, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        if (await readers.FindAsync(db, planId, cancellationToken) is not { } found)
            return null;
        var plan = found.Plan;
        var zone = await access.ZoneAsync(plan.OrganisationId, cancellationToken);
        var today = access.Now.InZone(zone).Date;
        var versions = await db.Set<PlanVersion>().AsNoTracking().Where(v => v.PlanId == plan.Id && v.Status == PlanStatus.Approved).ToListAsync(cancellationToken);
        var inForce = versions.Where(v => v.Content.StartsOn <= today).OrderByDescending(v => v.DecidedAt).FirstOrDefault()
                      ?? versions.OrderByDescending(v => v.DecidedAt).FirstOrDefault();
        if (inForce is null)
            return null;
        var (from, to) = (inForce.Content.StartsOn.AtStartOfDayInZone(zone).ToInstant(), inForce.Content.EndsOn.PlusDays(1).AtStartOfDayInZone(zone).ToInstant());
        var (person, organisation) = (plan.PersonId, plan.OrganisationId);
        var services = db.Set<FlexiService>().Where(s => s.ProviderId == organisation).Select(s => s.Id);
        var sessions = await SessionStore.LoadAsync(db, db.Set<SupportSession>().Where(s => s.CustomerId == person && services.Contains(s.ServiceId) && s.Start >= from && s.Start < to), cancellationToken);
        var purchases = await PurchaseStore.LoadAsync(db, db.Set<Purchase>().Where(p => p.CustomerId == person && services.Contains(p.ServiceId) && p.RequestedAt >= from && p.RequestedAt < to), access.Now, cancellationToken);
        List<OutcomeSpend> spending =
        [
            .. sessions.Select(s => new OutcomeSpend(s.Outcome, s.Status == SessionStatus.Completed ? s.DeliveredMinutes ?? 0 : 0, s.Status == SessionStatus.Booked ? s.Minutes : 0, 0)),
            .. purchases.Select(p => new OutcomeSpend(p.Outcome, 0, 0, p.SpentPence)),
        ];
        return PlanProgress.Of(inForce, today, spending);
    }
}
