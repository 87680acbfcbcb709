using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Timebank.Web.Session;

/// <summary>
/// The signed-in session: the API's own token, kept in an HttpOnly, SameSite=Lax cookie (Secure outside Development).
/// Only the web's pages read it, so /graphql and the REST endpoints still need a bearer header and a form on another
/// site can never act through them; the pages' forms carry anti-forgery tokens.
/// </summary>
public static class WebSession
{
    public const string CookieName = "timebank_session";

    /// <summary>The session's token when this request is for a web page; null for every other endpoint.</summary>
    public static string? TokenFor(HttpContext http)
        => http.GetEndpoint()?.Metadata.GetMetadata<WebPageEndpoint>() is not null && http.Request.Cookies.TryGetValue(CookieName, out var token) && token.Length > 0
            ? token
            : null;

    public static void Start(HttpContext http, string token, DateTimeOffset expires)
        => http.Response.Cookies.Append(CookieName, token, Options(http, expires));

    public static void End(HttpContext http) => http.Response.Cookies.Delete(CookieName, Options(http, null));

    public static bool SecureCookies(HttpContext http) => !http.RequestServices.GetRequiredService<IHostEnvironment>().IsDevelopment();

    private static CookieOptions Options(HttpContext http, DateTimeOffset? expires) => new()
    {
        HttpOnly = true,
        Secure = SecureCookies(http),
        SameSite = SameSiteMode.Lax,
        Path = "/",
        IsEssential = true,
        Expires = expires,
    };
}

/// <summary>Marks the endpoints the web serves, the only ones that take the session cookie.</summary>
public sealed class WebPageEndpoint;
