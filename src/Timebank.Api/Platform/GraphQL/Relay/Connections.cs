using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Timebank.Api.Platform.GraphQL.Relay;

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

public sealed record Edge(string Cursor, object Node);

/// <summary>A page of a list; <see cref="TotalCount"/> runs its own count query only when the client asks for it.</summary>
public sealed record Connection(IReadOnlyList<Edge> Edges, PageInfo PageInfo, Func<Task<int>> TotalCount)
{
    public static readonly Connection Empty = new([], new PageInfo(false, false, null, null), () => Task.FromResult(0));
}

public sealed class PageInfoGraphType : ObjectGraphType<PageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Field(p => p.HasNextPage);
        Field(p => p.HasPreviousPage);
        Field(p => p.StartCursor, nullable: true);
        Field(p => p.EndCursor, nullable: true);
    }
}

public sealed class EdgeGraphType<TNodeType> : ObjectGraphType<Edge> where TNodeType : IGraphType, new()
{
    public EdgeGraphType()
    {
        Name = new TNodeType().Name + "Edge";
        Field(e => e.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Resolve(context => context.Source.Node);
    }
}

/// <summary>
/// A cursor connection in the shape HotChocolate users know: non-null <c>edges</c> and <c>nodes</c>,
/// <c>pageInfo</c> and <c>totalCount</c>.
/// </summary>
public sealed class ConnectionGraphType<TNodeType> : ObjectGraphType<Connection> where TNodeType : IGraphType, new()
{
    public ConnectionGraphType()
    {
        Name = new TNodeType().Name + "Connection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeType>>>>>("edges").Resolve(context => context.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Resolve(context => context.Source.Edges.Select(e => e.Node));
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Resolve(context => context.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount").ResolveAsync(async context => await context.Source.TotalCount());
    }
}

public static class ConnectionFieldExtensions
{
    /// <summary>Adds the Relay paging arguments first/after/last/before to a connection field.</summary>
    public static FieldBuilder<TSource, TReturn> PagingArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
        => field
            .Argument<IntGraphType>("first", "Returns the first n items (at most the configured page size).")
            .Argument<StringGraphType>("after", "Returns items after this cursor.")
            .Argument<IntGraphType>("last", "Returns the last n items.")
            .Argument<StringGraphType>("before", "Returns items before this cursor.");
}
