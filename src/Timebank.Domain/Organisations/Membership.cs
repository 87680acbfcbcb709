using NodaTime;
using Timebank.Domain.Common;
using Timebank.Domain.Members;

namespace Timebank.Domain.Organisations;

public enum MembershipStatus
{
    Pending = 1,
    Active = 2,
}

/// <summary>One member's place in one organisation: whether it is approved, and the roles it carries there.</summary>
public sealed class Membership
{
    public Id<Membership> Id { get; private set; }
    public Id<Organisation> OrganisationId { get; private set; }
    public Id<Member> MemberId { get; private set; }
    public MembershipStatus Status { get; private set; }
    public Roles Roles { get; private set; }
    public Instant RequestedAt { get; private set; }
    public Instant? ApprovedAt { get; private set; }
    public Id<Member>? ApprovedBy { get; private set; }

    private Membership(Id<Membership> id, Id<Organisation> organisationId, Id<Member> memberId, MembershipStatus status, Roles roles, Instant requestedAt)
    {
        Id = id;
        OrganisationId = organisationId;
        MemberId = memberId;
        Status = status;
        Roles = roles;
        RequestedAt = requestedAt;
    }

    internal static Membership Founding(Id<Organisation> organisation, Id<Member> creator, Instant now)
        => new(Id<Membership>.New(), organisation, creator, MembershipStatus.Active, Roles.Member | Roles.Coordinator, now)
        {
            ApprovedAt = now,
            ApprovedBy = creator,
        };

    internal static Membership Requested(Id<Organisation> organisation, Id<Member> member, Instant now)
        => new(Id<Membership>.New(), organisation, member, MembershipStatus.Pending, Roles.None, now);

    public bool IsActive => Status == MembershipStatus.Active;

    public bool Has(Roles role) => IsActive && (Roles & role) != 0;

    /// <summary>Coordinators and managers run an organisation: they approve members and grant roles.</summary>
    public bool CanAdminister => Has(RolesExtensions.Administrators);

    public void Approve(Membership approver, Instant now)
    {
        RequireAdministratorOfSameOrganisation(approver);
        if (Status != MembershipStatus.Pending)
            throw new DomainException(new NotPending());
        Status = MembershipStatus.Active;
        Roles |= Roles.Member;
        ApprovedAt = now;
        ApprovedBy = approver.MemberId;
    }

    /// <summary>Adds one role. Only a coordinator can make another coordinator or manager.</summary>
    public void Grant(Roles role, Membership granter)
    {
        if (!role.IsSingle() || !Enum.IsDefined(role))
            throw new DomainException(new ValidationFailed("role", "must be exactly one role"));
        RequireAdministratorOfSameOrganisation(granter);
        if ((role & RolesExtensions.Administrators) != 0 && !granter.Has(Roles.Coordinator))
            throw new DomainException(new NotAllowed("Only a coordinator can grant the coordinator or manager role."));
        if (!IsActive)
            throw new DomainException(new NotAllowed("Approve the membership before granting roles."));
        Roles |= role;
    }

    private void RequireAdministratorOfSameOrganisation(Membership actor)
    {
        if (actor.OrganisationId != OrganisationId || !actor.CanAdminister)
            throw new DomainException(new NotAllowed("Only a coordinator or manager of this organisation can do this."));
    }
}
