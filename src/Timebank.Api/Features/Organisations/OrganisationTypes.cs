using GraphQL;
using GraphQL.Types;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Organisations;

public sealed class OrganisationKindType : EnumerationGraphType<OrganisationKind>
{
    public OrganisationKindType() => Name = "OrganisationKind";
}

public sealed class MembershipStatusType : EnumerationGraphType<MembershipStatus>
{
    public MembershipStatusType() => Name = "MembershipStatus";
}

/// <summary>One role; a membership carries a set of them.</summary>
public sealed class RoleType : EnumerationGraphType
{
    public RoleType()
    {
        Name = "Role";
        foreach (var role in Enum.GetValues<Roles>().Where(r => r != Roles.None))
            Add(role.ToString().ToUpperInvariant(), role);
    }
}

public sealed class OrganisationType : NodeType<Organisation>
{
    public const string TypeName = "Organisation";

    public OrganisationType()
        : base(TypeName, o => o.Id.Value)
    {
        Description = "A timebank, provider, user-led group, training body or commissioner.";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(context => context.Source.Name.Value);
        Field<NonNullGraphType<OrganisationKindType>>("kind").Resolve(context => context.Source.Kind);
        Field(o => o.CreatedAt);
        Field<NonNullGraphType<TimeZoneGraphType>>("timeZone").Description("The IANA zone its days, sessions and due dates are read in.")
            .Resolve(context => context.Source.TimeZone);
        Field<MembershipType>("viewerMembership")
            .Description("Your own membership here, if you have one.")
            .ResolveAsync(async context => await context.Service<Viewer>().MembershipInAsync(context.Source.Id));
        Field<ConnectionGraphType<MembershipType>>("members")
            .Description("Memberships, oldest first. Active members see active memberships; coordinators and managers also see pending requests.")
            .Argument<MembershipStatusType>("status", "Only memberships in this state.")
            .PagingArguments()
            .ResolveAsync(async context =>
            {
                var organisation = context.Source.Id;
                var own = await context.Service<Viewer>().MembershipInAsync(organisation);
                if (own is not { IsActive: true })
                    throw new ExecutionError("Only members of this organisation can list its members.") { Code = ErrorCodes.NotAllowed };
                var status = context.GetArgument<MembershipStatus?>("status");
                if (!own.CanAdminister)
                {
                    if (status == MembershipStatus.Pending)
                        return Platform.GraphQL.Relay.Connection.Empty;
                    status = MembershipStatus.Active;
                }
                return await context.PageByIdAsync(
                    db => db.Memberships.Where(m => m.OrganisationId == organisation && (status == null || m.Status == status)),
                    m => m.Id);
            });
    }
}

public sealed class MembershipType : NodeType<Membership>
{
    public const string TypeName = "Membership";

    public MembershipType()
        : base(TypeName, m => m.Id.Value)
    {
        Description = "One member's place in one organisation.";
        Field<NonNullGraphType<OrganisationType>>("organisation")
            .Resolve(context => context.Service<ByIdLoader<Organisation>>().Load(context.Source.OrganisationId));
        Field<NonNullGraphType<MemberType>>("member")
            .Resolve(context => context.Service<ByIdLoader<Member>>().Load(context.Source.MemberId));
        Field<NonNullGraphType<MembershipStatusType>>("status").Resolve(context => context.Source.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleType>>>>("roles").Resolve(context => context.Source.Roles.Each());
        Field(m => m.RequestedAt);
        Field(m => m.ApprovedAt, nullable: true);
    }
}

public sealed class OrganisationNodeSource : INodeSource
{
    public string TypeName => OrganisationType.TypeName;

    public async Task<object?> FindAsync(Guid id, IResolveFieldContext context)
        => context.Service<Viewer>().IsAuthenticated
            ? await context.Service<ByIdLoader<Organisation>>().LoadAsync(Id<Organisation>.From(id), context.CancellationToken)
            : null;
}

public sealed class MembershipNodeSource : INodeSource
{
    public string TypeName => MembershipType.TypeName;

    public async Task<object?> FindAsync(Guid id, IResolveFieldContext context)
    {
        var membership = await context.Service<ByIdLoader<Membership>>().LoadAsync(Id<Membership>.From(id), context.CancellationToken);
        return membership is not null && await context.Service<MembershipAccess>().CanSeeMembershipAsync(membership) ? membership : null;
    }
}
