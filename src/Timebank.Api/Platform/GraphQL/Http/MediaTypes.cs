using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Timebank.Api.Platform.GraphQL.Http;

/// <summary>Content negotiation as the GraphQL-over-HTTP spec describes it.</summary>
public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The response type the client accepts best: graphql-response+json when it is listed (it wins ties), plain JSON
    /// for application/json, application/*, */* or no Accept header at all; null when nothing acceptable is left (406).
    /// </summary>
    public static string? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
            return StringValues.IsNullOrEmpty(accept) ? Json : null;

        double graphQL = 0, json = 0;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1;
            if (quality <= 0 || (range.Charset.HasValue && !range.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
                continue;
            var type = range.MediaType.Value?.ToLowerInvariant();
            if (type == GraphQLResponse)
                graphQL = Math.Max(graphQL, quality);
            else if (type is Json or "application/*" or "*/*")
                json = Math.Max(json, quality);
        }
        if (graphQL == 0 && json == 0)
            return null;
        return graphQL >= json ? GraphQLResponse : Json;
    }

    /// <summary>A browser asking for a page (GraphiQL) rather than a client asking for data.</summary>
    public static bool WantsHtml(StringValues accept)
        => MediaTypeHeaderValue.TryParseList(accept, out var ranges)
           && ranges.Any(r => r.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && (r.Quality ?? 1) > 0)
           && !ranges.Any(r => r.MediaType.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase));

    /// <summary>POST bodies must be JSON in UTF-8 (or with no charset); anything else is 415.</summary>
    public static bool IsJsonRequest(string? contentType)
        => MediaTypeHeaderValue.TryParse(contentType, out var parsed)
           && parsed.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
           && (!parsed.Charset.HasValue || parsed.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));
}
