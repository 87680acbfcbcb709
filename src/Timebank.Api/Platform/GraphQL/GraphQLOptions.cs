namespace Timebank.Api.Platform.GraphQL;

/// <summary>Bound from <c>Timebank:GraphQL</c>: the limits every request is held to, with safe defaults.</summary>
public sealed class GraphQLOptions
{
    public const string Section = "Timebank:GraphQL";

    public int MaxDepth { get; set; } = 12;

    /// <summary>Each field costs 1, multiplied by the page sizes of the lists around it.</summary>
    public int MaxComplexity { get; set; } = 2_500;

    public int DefaultPageSize { get; set; } = 10;

    public int MaxPageSize { get; set; } = 50;

    /// <summary>Root fields in one mutation operation; stops batching many sign-ins or transfers through aliases.</summary>
    public int MaxRootMutationFields { get; set; } = 5;

    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Fields and fragments a document may hold as written; validation compares selections pairwise, so its cost grows faster than this.</summary>
    public int MaxSelections { get; set; } = 1_000;

    /// <summary>Named fragments in one document; validation compares them pairwise.</summary>
    public int MaxFragments { get; set; } = 100;

    /// <summary>Fields, inline fragments and fragment spreads stacked along any path, fragments expanded.</summary>
    public int MaxNesting { get; set; } = 32;

    /// <summary>The largest response body sent; a larger one is replaced by a RESPONSE_TOO_LARGE error.</summary>
    public int MaxResponseBytes { get; set; } = 4 * 1024 * 1024;

    public int DocumentCacheEntries { get; set; } = 1_000;

    /// <summary>The GraphQL-over-HTTP audits and GraphiQL's schema explorer need introspection; turn it off where neither is wanted.</summary>
    public bool Introspection { get; set; } = true;

    public bool GraphiQL { get; set; } = true;
}
