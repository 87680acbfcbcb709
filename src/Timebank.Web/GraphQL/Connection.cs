namespace Timebank.Web.GraphQL;

/// <summary>A Relay connection as the operations ask for it: the total, the page's nodes and where the next page starts.</summary>
public sealed record Connection<T>(int TotalCount, PageInfo PageInfo, IReadOnlyList<T> Nodes);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
