using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Plans.Plans;

namespace Timebank.Api.Features.Plans.Plans;

/// <summary>
/// Who may read a plan: the person, their appointee, and the holding organisation's staff always; while a version waits for
/// sign-off, also the people who sign it (the commissioning organisation's commissioners, the panel, observers too).
/// </summary>
public sealed class PlanReaders(Viewer viewer, PlanAccess access)
{
    /// <summary>The plan a global id names, with its latest version (tracked), when the viewer may read it; null otherwise, so a refusal never says it exists.</summary>
    public async Task<(Plan Plan, PlanVersion Latest)?> FindAsync(TimebankDbContext db, string? planId, CancellationToken cancellationToken)
        => GlobalId.TryParse<Plan>(planId, PlanService.TypeName) is { } id ? await FindAsync(db, id, cancellationToken) : null;

    public async Task<(Plan Plan, PlanVersion Latest)?> FindAsync(TimebankDbContext db, Id<Plan> id, CancellationToken cancellationToken)
        => await PlanService.FindAsync(db, id, cancellationToken) is { } found && await MayReadAsync(found.Plan, found.Latest) ? found : null;

    public async Task<bool> MayReadAsync(Plan plan, PlanVersion latest)
    {
        if (await viewer.TryGetIdAsync() is not { } me)
            return false;
        if (plan.ActsAsPerson(me) || await access.MaySeePersonAsync(plan.OrganisationId, plan.PersonId))
            return true;
        if (latest.Status != PlanStatus.Submitted || latest.Policy is not { } policy)
            return false;
        if (policy.Observes(me))
            return true;
        return policy.CommissioningOrganisationId is { } council && (await viewer.MembershipInAsync(council))?.Has(Roles.Commissioner) == true;
    }
}
