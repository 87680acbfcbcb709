using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.Caching;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Organisations;

public sealed record OrganisationCreated(Organisation Organisation, Membership Membership);

/// <summary>Told when a membership becomes active, so other features can set the member up (a timebank opens their account).</summary>
public interface IMembershipListener
{
    Task ActivatedAsync(Organisation organisation, Membership membership, CancellationToken cancellationToken);
}

/// <summary>Creating organisations and managing who belongs to them and with which roles.</summary>
public sealed class OrganisationService(
    IDbContextFactory<TimebankDbContext> databases,
    Viewer viewer,
    IClock clock,
    LookupCache cache,
    IEnumerable<IMembershipListener> listeners)
{
    public async Task<OrganisationCreated> CreateAsync(CreateOrganisationInput input, CancellationToken cancellationToken)
    {
        var creator = await viewer.RequireIdAsync();
        var (organisation, membership) = Organisation.Create(OrganisationName.Parse(input.Name), input.Kind, creator, clock.GetCurrentInstant(), input.TimeZone);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.Organisations.Add(organisation);
        db.Memberships.Add(membership);
        await db.SaveChangesAsync(cancellationToken);
        Viewer.ForgetMembershipsOf(cache, creator);
        await ActivatedAsync(organisation, membership, cancellationToken);
        return new OrganisationCreated(organisation, membership);
    }

    public async Task<Organisation> SetTimeZoneAsync(SetOrganisationTimeZoneInput input, CancellationToken cancellationToken)
    {
        var organisationId = GlobalId.Parse<Organisation>(input.OrganisationId, OrganisationType.TypeName, "organisationId");
        var administrator = await viewer.MembershipInAsync(organisationId)
            ?? throw new DomainException(new NotFound("organisation", input.OrganisationId));
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var organisation = await db.Organisations.SingleAsync(o => o.Id == organisationId, cancellationToken);
        organisation.ChangeTimeZone(input.TimeZone, administrator);
        await db.SaveChangesAsync(cancellationToken);
        ByIdLoader<Organisation>.Forget(cache, organisationId);
        return organisation;
    }

    public async Task<Membership> JoinAsync(JoinOrganisationInput input, CancellationToken cancellationToken)
    {
        var member = await viewer.RequireIdAsync();
        var organisationId = GlobalId.Parse<Organisation>(input.OrganisationId, OrganisationType.TypeName, "organisationId");
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == organisationId, cancellationToken)
            ?? throw new DomainException(new NotFound("organisation", input.OrganisationId));
        var existing = await db.Memberships.FirstOrDefaultAsync(m => m.OrganisationId == organisationId && m.MemberId == member, cancellationToken);
        var membership = organisation.RequestToJoin(member, existing, clock.GetCurrentInstant());
        db.Memberships.Add(membership);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique (organisation, member) index caught a double request racing this one.
            throw new DomainException(new AlreadyMember());
        }
        Viewer.ForgetMembershipsOf(cache, member);
        return membership;
    }

    public async Task<Membership> ApproveAsync(ApproveMembershipInput input, CancellationToken cancellationToken)
    {
        var membership = await ChangeMembershipAsync(input.MembershipId, (membership, actor) => membership.Approve(actor, clock.GetCurrentInstant()), cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == membership.OrganisationId, cancellationToken);
        await ActivatedAsync(organisation, membership, cancellationToken);
        return membership;
    }

    private async Task ActivatedAsync(Organisation organisation, Membership membership, CancellationToken cancellationToken)
    {
        foreach (var listener in listeners)
            await listener.ActivatedAsync(organisation, membership, cancellationToken);
    }

    public Task<Membership> GrantRoleAsync(GrantRoleInput input, CancellationToken cancellationToken)
        => ChangeMembershipAsync(input.MembershipId, (membership, actor) => membership.Grant(input.Role, actor), cancellationToken);

    /// <summary>
    /// Loads a membership, lets the acting administrator change it, and saves with an optimistic version check,
    /// retrying when another administrator changed it at the same moment so neither change is lost.
    /// </summary>
    private async Task<Membership> ChangeMembershipAsync(string membershipGlobalId, Action<Membership, Membership> change, CancellationToken cancellationToken)
    {
        var actorId = await viewer.RequireIdAsync();
        var membershipId = GlobalId.Parse<Membership>(membershipGlobalId, MembershipType.TypeName, "membershipId");
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            var membership = await db.Memberships.FirstOrDefaultAsync(m => m.Id == membershipId, cancellationToken);
            var actor = membership is null ? null
                : await db.Memberships.AsNoTracking().FirstOrDefaultAsync(m => m.OrganisationId == membership.OrganisationId && m.MemberId == actorId, cancellationToken);
            // Someone with no place in the organisation learns nothing about its memberships.
            if (membership is null || actor is null || (!actor.IsActive && membership.MemberId != actorId))
                throw new DomainException(new NotFound("membership", membershipGlobalId));
            change(membership, actor);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                Viewer.ForgetMembershipsOf(cache, membership.MemberId);
                return membership;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 5)
            {
            }
        }
    }
}
