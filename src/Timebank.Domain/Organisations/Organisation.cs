using NodaTime;
using Timebank.Domain.Members;

namespace Timebank.Domain.Organisations;

/// <summary>A timebank, provider, user-led group, training body or commissioner. One database serves many.</summary>
public sealed class Organisation
{
    public Id<Organisation> Id { get; private set; }
    public OrganisationName Name { get; private set; }
    public OrganisationKind Kind { get; private set; }
    public Id<Member> CreatedBy { get; private set; }
    public Instant CreatedAt { get; private set; }

    /// <summary>The calendar its days, sessions and due dates are read in (IANA zone; the UK's unless set).</summary>
    public DateTimeZone TimeZone { get; private set; } = DefaultTimeZone;

    public static readonly DateTimeZone DefaultTimeZone = DateTimeZoneProviders.Tzdb["Europe/London"];

    private Organisation(Id<Organisation> id, OrganisationName name, OrganisationKind kind, Id<Member> createdBy, Instant createdAt)
    {
        Id = id;
        Name = name;
        Kind = kind;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    /// <summary>Creates the organisation; its creator becomes an active coordinator so someone can run it from the start.</summary>
    public static (Organisation Organisation, Membership CreatorMembership) Create(
        OrganisationName name, OrganisationKind kind, Id<Member> creator, Instant now, DateTimeZone? timeZone = null)
    {
        if (!Enum.IsDefined(kind))
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "is not an organisation kind");
        var organisation = new Organisation(Id<Organisation>.New(), name, kind, creator, now) { TimeZone = timeZone ?? DefaultTimeZone };
        var membership = Membership.Founding(organisation.Id, creator, now);
        return (organisation, membership);
    }

    /// <summary>
    /// Moves the organisation to another calendar. Instants already stored (sessions, meetings) keep their moment;
    /// what is read as a local day or time from now on follows the new zone.
    /// </summary>
    public void ChangeTimeZone(DateTimeZone zone, Membership administrator)
    {
        if (administrator.OrganisationId != Id || !administrator.CanAdminister)
            throw new Common.DomainException(new Common.NotAllowed("Only a coordinator or manager of this organisation can change its time zone."));
        TimeZone = zone;
    }

    /// <summary>An administrator adds someone directly (an assisted member with no email): active at once.</summary>
    public Membership Enrol(Id<Member> member, Membership administrator, Instant now)
    {
        if (administrator.OrganisationId != Id || !administrator.CanAdminister)
            throw new Common.DomainException(new Common.NotAllowed("Only a coordinator or manager of this organisation can add members."));
        var membership = Membership.Requested(Id, member, now);
        membership.Approve(administrator, now);
        return membership;
    }

    /// <summary>A request to join, waiting for an administrator's approval.</summary>
    public Membership RequestToJoin(Id<Member> member, Membership? existing, Instant now)
    {
        if (existing is not null)
            throw new Common.DomainException(new AlreadyMember());
        return Membership.Requested(Id, member, now);
    }
}
