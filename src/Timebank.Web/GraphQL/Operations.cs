using System.Collections.Concurrent;

namespace Timebank.Web.GraphQL;

/// <summary>The documents of schema/operations, embedded at build time: a page runs one of these by name, never a query of its own.</summary>
public static class Operations
{
    private static readonly ConcurrentDictionary<string, string> Documents = new(StringComparer.Ordinal);

    public static string Document(string name) => Documents.GetOrAdd(name, static name =>
    {
        using var stream = typeof(Operations).Assembly.GetManifestResourceStream($"operations/{name}.graphql")
            ?? throw new ArgumentException($"schema/operations has no {name}.graphql", nameof(name));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}
