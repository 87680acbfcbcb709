using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Timebank.Api.Platform.Hosting;

/// <summary>
/// When TLS ends at a reverse proxy, the client's scheme and address arrive in X-Forwarded-Proto/-For. They are
/// believed only from the proxies named in <see cref="EdgeOptions.KnownProxies"/>, so nobody else can claim HTTPS
/// (HSTS, secure cookies) or another address (the sign-in throttle counts per address).
/// </summary>
public static class ForwardedProxies
{
    public static IApplicationBuilder UseKnownProxies(this IApplicationBuilder app)
    {
        var configured = app.ApplicationServices.GetRequiredService<IOptions<EdgeOptions>>().Value.KnownProxies;
        if (configured.Count == 0)
            return app;
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        // The defaults trust loopback; only what is configured is trusted here.
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        foreach (var proxy in configured)
        {
            options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                ? address
                : throw new InvalidOperationException($"Timebank:Edges:KnownProxies has '{proxy}', which is not an IP address."));
        }
        return app.UseForwardedHeaders(options);
    }
}
