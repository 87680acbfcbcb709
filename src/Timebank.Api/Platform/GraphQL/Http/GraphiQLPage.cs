namespace Timebank.Api.Platform.GraphQL.Http;

/// <summary>
/// The GraphiQL page a browser gets from GET /graphql. Its script and styles are bundled from npm's graphiql package
/// at build time (tools/graphiql) and served from wwwroot/graphiql, so nothing is fetched from a CDN.
/// </summary>
public static class GraphiQLPage
{
    /// <summary>
    /// Exactly what the bundle uses: its own script and stylesheet, fetches to /graphql, fonts and icons inlined as
    /// data: URLs. Styles may be inline because GraphiQL and CodeMirror write style attributes; it starts no workers.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    private const string Html = """
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>Timebank GraphiQL</title>
          <link rel="stylesheet" href="/graphiql/graphiql.css">
          <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
        </head>
        <body>
          <div id="graphiql" data-endpoint="/graphql">Loading GraphiQL…</div>
          <script src="/graphiql/graphiql.js"></script>
        </body>
        </html>
        """;

    public static async Task WriteAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        await http.Response.WriteAsync(Html);
    }
}
