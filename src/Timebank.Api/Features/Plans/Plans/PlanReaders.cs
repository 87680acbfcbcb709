using Timebank.Api.Platform.Auth;
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
