using GraphQL;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Platform.GraphQL.Relay;

/// <summary>node(id:) for something an organisation's active members all see (a category, a listing).</summary>
public sealed class OrganisationNodeSource<T>(string typeName, Func<T, Id<Organisation>> organisationOf) : INodeSource
    where T : class
{
    public string TypeName => typeName;

    public async Task<object?> FindAsync(Guid id, IResolveFieldContext context)
        => await context.Service<ByIdLoader<T>>().LoadAsync(Id<T>.From(id), context.CancellationToken) is { } found
           && await context.Service<Viewer>().IsActiveMemberOfAsync(organisationOf(found))
            ? found
            : null;
}
