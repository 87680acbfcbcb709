using Microsoft.Extensions.Options;

namespace Timebank.Api.Platform.Hosting;

/// <summary>
/// Headers on every response the API sends (/graphql, /oruk, /healthz, the web's pages): no MIME sniffing, no
/// address in another site's Referer, no framing, and HSTS on HTTPS responses outside Development. A response that
/// set its own policy (the web's pages, GraphiQL) keeps it; everything else is data, so its policy allows nothing.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next, IOptions<EdgeOptions> options, IWebHostEnvironment environment)
{
    public const string DataPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    // Over plain HTTP a browser ignores HSTS, and sending it in Development would pin localhost to HTTPS for a year.
    private readonly string? _hsts = environment.IsDevelopment() ? null : $"max-age={(long)options.Value.HstsMaxAge.TotalSeconds}";

    public Task InvokeAsync(HttpContext http)
    {
        http.Response.OnStarting(Apply, http);
        return next(http);
    }

    private Task Apply(object state)
    {
        var http = (HttpContext)state;
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        if (!headers.ContainsKey("Referrer-Policy"))
            headers["Referrer-Policy"] = "no-referrer";
        if (!headers.ContainsKey("Content-Security-Policy"))
            headers.ContentSecurityPolicy = DataPolicy;
        if (!headers.ContainsKey("X-Frame-Options"))
            headers.XFrameOptions = "DENY";
        // IsHttps is the client's scheme: ForwardedProxies has applied X-Forwarded-Proto from a known proxy by now.
        if (_hsts is not null && http.Request.IsHttps)
            headers.StrictTransportSecurity = _hsts;
        return Task.CompletedTask;
    }
}
