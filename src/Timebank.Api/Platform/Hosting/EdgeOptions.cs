namespace Timebank.Api.Platform.Hosting;

/// <summary>Bound from <c>Timebank:Edges</c> and <c>Timebank:Cors</c>: what the API trusts and accepts at its edge (docs/reliability.md).</summary>
public sealed class EdgeOptions
{
    public const string Section = "Timebank:Edges";

    /// <summary>
    /// Addresses of the reverse proxies that end TLS in front of the API. Only their X-Forwarded-For and
    /// X-Forwarded-Proto are believed; with none, the headers are ignored and the connection itself is the truth.
    /// </summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Largest body any request other than /graphql (which has its own limit) may send: the web's forms.</summary>
    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;

    /// <summary>How long a browser keeps to HTTPS after one HTTPS response outside Development.</summary>
    public TimeSpan HstsMaxAge { get; set; } = TimeSpan.FromDays(365);
}

/// <summary>Bound from <c>Timebank:Cors</c>.</summary>
public sealed class CorsOptions
{
    public const string Section = "Timebank:Cors";

    /// <summary>Origins (scheme, host and port) whose pages may call /graphql; empty means no cross-origin access.</summary>
    public List<string> AllowedOrigins { get; set; } = [];
}
