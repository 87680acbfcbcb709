using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Members;
using Timebank.Api.Features.Plans.Sessions;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Plans.Plans;

namespace Timebank.Api.Features.Plans.Plans;

/// <summary>A plan with its latest version, as a change or a decision leaves it.</summary>
public sealed record PlanAndVersion(Plan Plan, PlanVersion Version);

/// <summary>Drafting, changing, submitting and signing off plans; the rules are the domain's, who may is <see cref="PlanReaders"/>.</summary>
public sealed class PlanService(IDbContextFactory<TimebankDbContext> databases, PlanAccess access, PlanReaders readers, Viewer viewer)
{
    public const string TypeName = "Plan";

    public async Task<PlanAndVersion> DraftAsync(DraftPlanInput input, CancellationToken cancellationToken)
    {
        var organisation = GlobalId.Parse<Organisation>(input.OrganisationId, "Organisation", "organisationId");
        var me = await access.MeAsync();
        var person = input.PersonId is null ? me : GlobalId.Parse<Member>(input.PersonId, MemberType.TypeName, "personId");
        if (!await access.MaySeePersonAsync(organisation, person))
            throw new DomainException(new NotFound("organisation", input.OrganisationId));
        var content = input.Content.ToContent();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await ServedPeople.RequireServedAsync(db, organisation, person, cancellationToken);
        var session = await PlanningSessionService.RequireAttendingAsync(db, organisation, person, input.PlanningSessionId, cancellationToken);
        var (plan, first) = Plan.Draft(organisation, person, content, me, access.Now, session);
        db.AddRange(plan, first);
        await db.SaveChangesAsync(cancellationToken);
        return new PlanAndVersion(plan, first);
    }

    public Task<PlanAndVersion> UpdateAsync(UpdatePlanInput input, CancellationToken cancellationToken)
        => ChangeAsync(input.PlanId, async (db, plan, latest) =>
        {
            var version = plan.Revise(latest, input.Content.ToContent(), await access.MeAsync(), access.Now);
            if (version != latest)
                db.Add(version);
            return version;
        }, cancellationToken);

    public Task<PlanAndVersion> SubmitAsync(SubmitPlanInput input, CancellationToken cancellationToken)
        => ChangeAsync(input.PlanId, async (db, plan, latest) =>
        {
            var standing = await db.Set<OrganisationSignOff>().AsNoTracking().FirstOrDefaultAsync(p => p.OrganisationId == plan.OrganisationId, cancellationToken);
            latest.Submit(standing?.Policy ?? PlanSignOffPolicy.ManagerAlone, access.Now);
            return latest;
        }, cancellationToken);

    /// <summary>A signer's decision: the capacity they sign in comes from the policy the version was submitted under.</summary>
    public async Task<PlanAndVersion> DecideAsync(DecidePlanInput input, CancellationToken cancellationToken)
    {
        var me = await access.MeAsync();
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            var (plan, latest) = await readers.FindAsync(db, input.PlanId, cancellationToken) ?? throw new DomainException(new NotFound("plan", input.PlanId));
            var manages = (await viewer.MembershipInAsync(plan.OrganisationId))?.Has(Roles.Manager) == true;
            var commissions = latest.Policy?.CommissioningOrganisationId is { } council && (await viewer.MembershipInAsync(council))?.Has(Roles.Commissioner) == true;
            plan.Decide(latest, me, latest.Policy?.CapacityOf(me, manages, commissions), input.Approve, input.Comment, access.Now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new PlanAndVersion(plan, latest);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 5)
            {
            }
        }
    }

    public async Task<OrganisationSignOff> SetPolicyAsync(SetPlanSignOffInput input, CancellationToken cancellationToken)
    {
        var organisation = GlobalId.Parse<Organisation>(input.OrganisationId, "Organisation", "organisationId");
        await viewer.RequireRoleAsync(organisation, Roles.Manager | Roles.Coordinator, "set how plans are signed off");
        var council = input.CommissioningOrganisationId is null ? (Id<Organisation>?)null : GlobalId.Parse<Organisation>(input.CommissioningOrganisationId, "Organisation", "commissioningOrganisationId");
        var seats = input.Panel?.Select((s, i) => new PanelSeat(GlobalId.Parse<Member>(s.MemberId, MemberType.TypeName, $"panel[{i}].memberId"), s.Role, s.Observer ?? false)).ToList();
        var policy = PlanSignOffPolicy.Create(input.Mode, council, seats, input.Quorum);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var named = policy.Panel.Select(s => s.Member).ToList();
        if (await db.Members.CountAsync(m => named.Contains(m.Id), cancellationToken) != named.Count)
            throw new DomainException(new NotFound("panel member"));
        var standing = await db.Set<OrganisationSignOff>().FirstOrDefaultAsync(p => p.OrganisationId == organisation, cancellationToken);
        if (standing is null)
            db.Add(standing = OrganisationSignOff.Set(organisation, policy, await access.MeAsync(), access.Now));
        else
            standing.Change(policy, await access.MeAsync(), access.Now);
        await db.SaveChangesAsync(cancellationToken);
        return standing;
    }

    /// <summary>Names or ends the appointee who manages the person's budget: a formal act for the holding organisation's managers, coordinators or commissioners.</summary>
    public async Task<Plan> AppointAsync(AppointPlanAppointeeInput input, CancellationToken cancellationToken)
    {
        var appointee = input.AppointeeId is null ? (Id<Member>?)null : GlobalId.Parse<Member>(input.AppointeeId, MemberType.TypeName, "appointeeId");
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var (plan, _) = await readers.FindAsync(db, input.PlanId, cancellationToken) ?? throw new DomainException(new NotFound("plan", input.PlanId));
        await access.RequireDeciderAsync(plan.OrganisationId, "name an appointee");
        if (appointee is { } named && !await db.Members.AnyAsync(m => m.Id == named, cancellationToken))
            throw new DomainException(new NotFound("appointee", input.AppointeeId));
        plan.Appoint(appointee, access.Now);
        await db.SaveChangesAsync(cancellationToken);
        return plan;
    }

    private async Task<PlanAndVersion> ChangeAsync(string planId, Func<TimebankDbContext, Plan, PlanVersion, Task<PlanVersion>> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            var (plan, latest) = await LoadAsync(db, planId, cancellationToken);
            // Only the person, their appointee and the holding organisation's staff change or submit a plan; signers and commissioners do not.
            if (!plan.ActsAsPerson(await access.MeAsync()) && !await access.MaySeePersonAsync(plan.OrganisationId, plan.PersonId))
                throw new DomainException(await readers.MayReadAsync(plan, latest) ? new NotAllowed("Only the person and the staff who support them change or submit their plan.") : new NotFound("plan", planId));
            var version = await change(db, plan, latest);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new PlanAndVersion(plan, version);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 5)
            {
            }
        }
    }

    private static async Task<(Plan, PlanVersion)> LoadAsync(TimebankDbContext db, string planId, CancellationToken cancellationToken)
        => GlobalId.TryParse<Plan>(planId, TypeName) is { } id && await FindAsync(db, id, cancellationToken) is { } found
            ? found
            : throw new DomainException(new NotFound("plan", planId));

    /// <summary>A plan with its latest version (tracked, so a change to either saves), or null when there is no such plan.</summary>
    public static async Task<(Plan Plan, PlanVersion Latest)?> FindAsync(TimebankDbContext db, Id<Plan> id, CancellationToken cancellationToken)
    {
        var plan = await db.Set<Plan>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (plan is null)
            return null;
        return (plan, await db.Set<PlanVersion>().SingleAsync(v => v.PlanId == plan.Id && v.Number == plan.LatestVersion, cancellationToken));
    }
}
