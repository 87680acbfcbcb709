namespace Timebank.Api.Platform.GraphQL.Http;

/// <summary>
/// The GraphiQL page a browser gets from GET /graphql. Its script and styles are bundled from npm's graphiql package
/// at build time (tools/graphiql) and served from wwwroot/graphiql, so nothing is fetched from a CDN.
/// </summary>
public static class GraphiQLPage
{
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
        // Same-origin scripts only; GraphiQL sets inline styles, and its editors need blob workers.
        http.Response.Headers.ContentSecurityPolicy =
            "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; worker-src 'self' blob:; font-src 'self' data:";
        await http.Response.WriteAsync(Html);
    }
}
