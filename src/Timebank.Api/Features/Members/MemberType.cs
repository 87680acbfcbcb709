using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
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

    /// <summary>For the type's name only (payload and connection types ask for it); the schema builds it through DI.</summary>
    public MemberType()
        : this([])
    {
    }

    [ActivatorUtilitiesConstructor]
    public MemberType(IEnumerable<IObjectFields<MemberType>> extensions)
        : base(TypeName, m => m.Id.Value)
    {
        Description = "A person with an account.";
        Field<NonNullGraphType<StringGraphType>>("displayName").Resolve(context => context.Source.DisplayName.Value);
        Field<StringGraphType>("email")
            .Description("Seen only by the member and by coordinators or managers of an organisation they belong to; null otherwise.")
            .Resolve(context => context.Service<IMemberVisibility>().CanSeePrivateDetails(context.Source.Id)
                .Select(visible => visible ? context.Source.Email?.Value : null));
        Field(m => m.CreatedAt);
        this.Apply(extensions);
    }
}

/// <summary>Who may see a member and their private details; the organisations feature decides (members share an organisation).</summary>
public interface IMemberVisibility
{
    Task<bool> CanSeeMemberAsync(Id<Member> member);

    /// <summary>Deferred, so a list of members checks them all with one query.</summary>
    IDataLoaderResult<bool> CanSeePrivateDetails(Id<Member> member);
}

/// <summary>node(id:) for members: visible under the same rules as everywhere else.</summary>
public sealed class MemberNodeSource : INodeSource
{
    public string TypeName => MemberType.TypeName;

    public async Task<object?> FindAsync(Guid id, IResolveFieldContext context)
    {
        var member = Id<Member>.From(id);
        return await context.Service<IMemberVisibility>().CanSeeMemberAsync(member)
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
