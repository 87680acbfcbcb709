using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace Timebank.Api.Platform.GraphQL.Relay;

/// <summary>node(id:) and nodes(ids:): refetch any object by its global id, with the same visibility as elsewhere.</summary>
public sealed class NodeQueries(IEnumerable<INodeSource> sources, IOptions<GraphQLOptions> options) : IQueryFields
{
    private readonly Dictionary<string, INodeSource> _sources = sources.ToDictionary(s => s.TypeName);

    public void AddTo(ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Fetches an object by its global id; null when it does not exist or you may not see it.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(context => FindAsync(context.GetArgument<string>("id"), context));

        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description("Fetches several objects by global id, in the order given.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .ResolveAsync(async context =>
            {
                var ids = context.GetArgument<List<string>>("ids");
                if (ids.Count > options.Value.MaxPageSize)
                    throw PageRequest.Invalid($"Ask for at most {options.Value.MaxPageSize} ids at once.");
                var found = new List<object?>(ids.Count);
                foreach (var id in ids)
                    found.Add(await FindAsync(id, context));
                return found;
            });
    }

    private Task<object?> FindAsync(string globalId, IResolveFieldContext context)
        => GlobalId.TryDecode(globalId, out var typeName, out var id) && _sources.TryGetValue(typeName, out var source)
            ? source.FindAsync(id, context)
            : Task.FromResult<object?>(null);
}
