using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Timebank.Api.Platform.GraphQL.Execution;

/// <summary>
/// Keeps parsed documents that passed validation, keyed by their text. On a hit the core (document-only) rules are
/// skipped, and the rules registered for cached documents run: authentication, GET-only, root mutation fields,
/// introspection and complexity depend on the request, not only on the text.
/// <para>
/// Those rules depend on few request facts: the HTTP method, whether someone is signed in, and (for complexity)
/// the variables given to <c>first</c>, <c>last</c> and list <c>id</c> arguments. So each cached document also
/// remembers which (operation, method, signed in) combinations have passed; a later request with the same facts,
/// to an operation whose complexity no variable can change, skips the rules (variables are still coerced and
/// arguments parsed). Anything else runs them all again.
/// </para>
/// </summary>
public sealed class DocumentCache(IOptions<GraphQLOptions> graphQLOptions, ISchema schema) : IConfigureExecution, IDisposable
{
    private readonly MemoryCache _documents = new(new MemoryCacheOptions { SizeLimit = graphQLOptions.Value.DocumentCacheEntries });
    private readonly Lazy<HashSet<string>> _complexityArguments = new(() => ComplexityArguments(schema));

    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query)
            return await next(options);

        var hit = _documents.TryGetValue(query, out CachedDocument? cached);
        var facts = (options.OperationName, IsGet: options.UserContext.TryGetValue(RequestFacts.HttpMethodKey, out var method) && method as string == HttpMethods.Get,
            SignedIn: options.User?.Identity?.IsAuthenticated == true);
        if (hit)
        {
            options.Document = cached!.Document;
            options.ValidationRules = !cached.VariablesSteerComplexity && cached.Passed.ContainsKey(facts)
                ? []
                : options.CachedDocumentValidationRules ?? [];
        }

        var result = await next(options);
        if (!result.Executed)
            return result;
        if (hit)
            cached!.Passed.TryAdd(facts, true);
        else if (result.Document is { } parsed)
        {
            var entry = new CachedDocument(parsed, SteersComplexity(parsed, _complexityArguments.Value));
            entry.Passed.TryAdd(facts, true);
            _documents.Set(query, entry, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
        }
        return result;
    }

    public void Dispose() => _documents.Dispose();

    private sealed class CachedDocument(GraphQLDocument document, bool variablesSteerComplexity)
    {
        public GraphQLDocument Document => document;
        public bool VariablesSteerComplexity => variablesSteerComplexity;
        public ConcurrentDictionary<(string? Operation, bool IsGet, bool SignedIn), bool> Passed { get; } = new();
    }

    /// <summary>
    /// The arguments GraphQL.NET's default complexity analysis reads: <c>first</c> and <c>last</c>, and <c>id</c>
    /// when some list field takes one.
    /// </summary>
    private static HashSet<string> ComplexityArguments(ISchema schema)
    {
        schema.Initialize();
        var names = new HashSet<string>(StringComparer.Ordinal) { "first", "last" };
        var listFieldsTakeIds = schema.AllTypes.OfType<IComplexGraphType>()
            .SelectMany(type => type.Fields)
            .Any(field => IsList(field.ResolvedType) && field.Arguments?.Find("id") is not null);
        if (listFieldsTakeIds)
            names.Add("id");
        return names;
    }

    private static bool IsList(IGraphType? type) => type is ListGraphType || type is NonNullGraphType { ResolvedType: ListGraphType };

    /// <summary>True when a variable is (or is inside) the value of an argument complexity analysis reads.</summary>
    private static bool SteersComplexity(GraphQLDocument document, HashSet<string> arguments)
    {
        foreach (var definition in document.Definitions)
        {
            var selections = definition switch
            {
                GraphQLOperationDefinition operation => operation.SelectionSet,
                GraphQLFragmentDefinition fragment => fragment.SelectionSet,
                _ => null,
            };
            if (selections is not null && Steers(selections, arguments))
                return true;
        }
        return false;
    }

    private static bool Steers(GraphQLSelectionSet set, HashSet<string> arguments)
    {
        foreach (var selection in set.Selections)
        {
            if (selection is GraphQLField { Arguments: { } given } && given.Items.Any(a => arguments.Contains(a.Name.StringValue) && HoldsVariable(a.Value)))
                return true;
            var inner = selection switch
            {
                GraphQLField field => field.SelectionSet,
                GraphQLInlineFragment inline => inline.SelectionSet,
                _ => null,
            };
            if (inner is not null && Steers(inner, arguments))
                return true;
        }
        return false;
    }

    private static bool HoldsVariable(GraphQLValue value) => value switch
    {
        GraphQLVariable => true,
        GraphQLListValue list => list.Values?.Any(HoldsVariable) == true,
        GraphQLObjectValue input => input.Fields?.Any(f => HoldsVariable(f.Value)) == true,
        _ => false,
    };
}
