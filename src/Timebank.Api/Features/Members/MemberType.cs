using GraphQL;
using GraphQL.Types;
using Timebank.Api.Features.Organisations;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Members;

public sealed class MemberType : NodeType<Member>
{
    public const string TypeName = "Member";

    public MemberType()
        : base(TypeName, m => m.Id.Value)
    {
        Description = "A person with an account.";
        Field<NonNullGraphType<StringGraphType>>("displayName").Resolve(context => context.Source.DisplayName.Value);
        Field<StringGraphType>("email")
            .Description("Seen only by the member and by coordinators or managers of an organisation they belong to; null otherwise.")
            .Resolve(context => context.Service<MembershipAccess>().CanSeePrivateDetails(context.Source.Id)
                .Select(visible => visible ? context.Source.Email?.Value : null));
        Field(m => m.CreatedAt);
        Field<ConnectionGraphType<MembershipType>>("memberships")
            .Description("The organisations this member belongs to or asked to join. Only the member sees this; null for others.")
            .PagingArguments()
            .ResolveAsync(async context =>
            {
                if (await context.Service<Viewer>().TryGetIdAsync() != context.Source.Id)
                    return null;
                var member = context.Source.Id;
                return await context.PageByIdAsync(db => db.Memberships.Where(m => m.MemberId == member), m => m.Id);
            });
        Brokerage.Brokers.MemberBrokerProfileField.AddTo(this); // platform seam: an IObjectFields<MemberType> registered by Brokerage (issue 11)
    }
}

/// <summary>node(id:) for members: visible under the same rules as everywhere else.</summary>
public sealed class MemberNodeSource : INodeSource
{
    public string TypeName => MemberType.TypeName;

    public async Task<object?> FindAsync(Guid id, IResolveFieldContext context)
    {
        var member = Id<Member>.From(id);
        return await context.Service<MembershipAccess>().CanSeeMemberAsync(member)
            ? await context.Service<ByIdLoader<Member>>().LoadAsync(member, context.CancellationToken)
            : null;
    }
}

public sealed class MemberQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
        => query.Field<MemberType>("me")
            .Description("The signed-in member.")
            .RequireAuthentication()
            .ResolveAsync(async context => await context.Service<Viewer>().TryGetIdAsync() is { } me
                ? await context.Service<ByIdLoader<Member>>().LoadAsync(me, context.CancellationToken)
                : null);
}
