using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Timebank.Api.Platform.GraphQL.Execution;

/// <summary>
/// Keeps parsed documents that passed validation, keyed by their text. On a hit the core (document-only) rules are
/// skipped, but every rule registered for cached documents still runs: authentication, GET-only, root mutation
/// fields and complexity all depend on the request, not only on the text.
/// </summary>
public sealed class DocumentCache(IOptions<GraphQLOptions> graphQLOptions) : IConfigureExecution, IDisposable
{
    private readonly MemoryCache _documents = new(new MemoryCacheOptions { SizeLimit = graphQLOptions.Value.DocumentCacheEntries });

    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query)
            return await next(options);

        var hit = _documents.TryGetValue(query, out GraphQLDocument? cached);
        if (hit)
        {
            options.Document = cached;
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
        }

        var result = await next(options);
        if (!hit && result.Executed && result.Document is { } parsed)
            _documents.Set(query, parsed, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
        return result;
    }

    public void Dispose() => _documents.Dispose();
}
