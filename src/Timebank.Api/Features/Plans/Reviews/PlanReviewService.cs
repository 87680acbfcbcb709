using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Features.Plans.Plans;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Flexi.Services;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Plans.Plans;
using Timebank.Domain.Plans.Reviews;

namespace Timebank.Api.Features.Plans.Reviews;

/// <summary>A plan's review when one falls due.</summary>
public sealed record ReviewDue(Plan Plan, LocalDate DueOn, LocalDate? LastReviewedOn);

/// <summary>
/// Recording reviews against a plan's outcomes, listing those falling due, and the control report. Reviews hold the
/// person's words: the person and their staff read them; commissioners read only the aggregate report.
/// </summary>
public sealed class PlanReviewService(IDbContextFactory<TimebankDbContext> databases, PlanAccess access, PlanReaders readers)
{
    public const string TypeName = "PlanReview";
    public const int MaxDue = 100;

    public async Task<PlanReview> RecordAsync(RecordReviewInput input, CancellationToken cancellationToken)
    {
        var me = await access.MeAsync();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var plan = await readers.FindAsync(db, input.PlanId, cancellationToken) ?? throw new DomainException(new NotFound("plan", input.PlanId));
        if (!await access.MayReadReviewsAsync(plan.Plan.OrganisationId, plan.Plan.PersonId))
            throw new DomainException(new NotAllowed("Reviews are recorded by the person and the staff who support them."));
        var rating = ControlRating.Of(input.ControlRating);
        var approved = await db.Set<PlanVersion>().AsNoTracking().Where(v => v.PlanId == plan.Plan.Id && v.Status == PlanStatus.Approved)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        var review = PlanReview.Record(plan.Plan, approved, [.. input.Outcomes.Select(o => new OutcomeReview(o.Outcome, o.Progress, o.Note))],
            rating, input.Decides, input.InTheirWords, input.HeldOn, input.NextReviewOn, me, await access.TodayAsync(plan.Plan.OrganisationId, cancellationToken), access.Now);
        db.Add(review);
        await db.SaveChangesAsync(cancellationToken);
        return review;
    }

    /// <summary>
    /// The organisation's approved plans whose next review (from the latest review, or else the approved version's
    /// review date) falls on or before <paramref name="dueBy"/>, soonest first; empty for anyone but its staff.
    /// </summary>
    public async Task<IReadOnlyList<ReviewDue>> DueAsync(string organisationId, LocalDate dueBy, CancellationToken cancellationToken)
    {
        if (GlobalId.TryParse<Organisation>(organisationId, "Organisation") is not { } org || !await access.HasRoleAsync(org, PlanAccess.ReviewerRoles))
            return [];
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var versions = db.Set<PlanVersion>().AsNoTracking();
        var approved = await db.Set<Plan>().AsNoTracking().Where(p => p.OrganisationId == org)
            .Join(versions.Where(v => v.Status == PlanStatus.Approved), p => p.Id, v => v.PlanId, (p, v) => new { p, v })
            .Where(x => !versions.Any(w => w.PlanId == x.v.PlanId && w.Status == PlanStatus.Approved && w.Number > x.v.Number))
            .ToListAsync(cancellationToken);
        var reviews = await db.Set<PlanReview>().AsNoTracking().Where(r => r.OrganisationId == org)
            .Select(r => new { r.PlanId, r.HeldOn, r.RecordedAt, r.NextReviewOn }).ToListAsync(cancellationToken);
        var latest = reviews.GroupBy(r => r.PlanId).ToDictionary(g => g.Key, g => g.OrderBy(r => r.HeldOn).ThenBy(r => r.RecordedAt).Last());
        return [.. approved
            .Select(x => latest.TryGetValue(x.p.Id, out var last)
                ? new ReviewDue(x.p, PlanReview.NextDue(x.v.Content, last.NextReviewOn), last.HeldOn)
                : new ReviewDue(x.p, PlanReview.NextDue(x.v.Content, null), null))
            .Where(d => d.DueOn <= dueBy)
            .OrderBy(d => d.DueOn).ThenBy(d => d.Plan.StartedAt)
            .Take(MaxDue)];
    }

    /// <summary>The aggregate report for the organisation's managers, coordinators and commissioners; null for anyone else.</summary>
    public async Task<ControlReport?> ReportAsync(string organisationId, LocalDate from, LocalDate to, CancellationToken cancellationToken)
    {
        if (GlobalId.TryParse<Organisation>(organisationId, "Organisation") is not { } org)
            return null;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        if (!await access.HasRoleAsync(org, PlanAccess.DeciderRoles) && !await CommissionsAsync(db, org, cancellationToken))
            return null;
        var points = await db.Set<PlanReview>().AsNoTracking().Where(r => r.OrganisationId == org && r.HeldOn >= from && r.HeldOn <= to)
            .Select(r => new { r.PersonId, r.HeldOn, r.RecordedAt, r.Rating, r.Decides }).ToListAsync(cancellationToken);
        return ControlReport.Of(from, to, points.Select(p => new ReviewPoint(p.PersonId, p.HeldOn, p.RecordedAt, p.Rating, p.Decides)));
    }

    /// <summary>A commissioner of an organisation that commissions one of its services, or co-signs its plans, reads its report too.</summary>
    private async Task<bool> CommissionsAsync(TimebankDbContext db, Id<Organisation> organisation, CancellationToken cancellationToken)
    {
        var councils = await db.Set<FlexiService>().AsNoTracking().Where(s => s.ProviderId == organisation && s.CommissionerId != null)
            .Select(s => s.CommissionerId!.Value).Distinct().ToListAsync(cancellationToken);
        var policy = await db.Set<OrganisationSignOff>().AsNoTracking().FirstOrDefaultAsync(p => p.OrganisationId == organisation, cancellationToken);
        if (policy?.Policy.CommissioningOrganisationId is { } signing)
            councils.Add(signing);
        foreach (var council in councils.Distinct())
        {
            if (await access.HasRoleAsync(council, Roles.Commissioner))
                return true;
        }
        return false;
    }
}
