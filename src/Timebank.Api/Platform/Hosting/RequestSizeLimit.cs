using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Timebank.Api.Platform.GraphQL.Http;

namespace Timebank.Api.Platform.Hosting;

/// <summary>
/// Refuses bodies above <see cref="EdgeOptions.MaxRequestBodyBytes"/> with 413 before any page reads them, so a
/// too-large form changes nothing. /graphql counts its own bytes against its own limit (GraphQLOptions.MaxRequestBytes).
/// </summary>
public sealed class RequestSizeLimit(RequestDelegate next, IOptions<EdgeOptions> options)
{
    private readonly long _limit = options.Value.MaxRequestBodyBytes;

    public Task InvokeAsync(HttpContext http)
    {
        if (http.Request.Path.StartsWithSegments(GraphQLHttpEndpoint.Path))
            return next(http);
        if (http.Request.ContentLength > _limit)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            http.Response.ContentType = "text/plain; charset=utf-8";
            return http.Response.WriteAsync($"This request is too large: the limit is {_limit / 1024} KB.");
        }
        // A chunked body has no length to check; the server stops reading it at the limit instead.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            size.MaxRequestBodySize = _limit;
        return next(http);
    }
}
