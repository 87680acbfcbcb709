using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Timebank.Web;

/// <summary>
/// The stylesheet and script built from GOV.UK Frontend, embedded in this assembly and served at /assets with a
/// content hash in the link, so browsers keep them for a year and fetch again only when they change.
/// </summary>
public static class WebAssets
{
    private static readonly Dictionary<string, Asset> Files = new(StringComparer.Ordinal)
    {
        ["timebank.css"] = Load("timebank.css", "text/css; charset=utf-8"),
        ["timebank.js"] = Load("timebank.js", "text/javascript; charset=utf-8"),
    };

    public static string Url(string name) => $"/assets/{name}?v={Files[name].Version}";

    public static async Task ServeAsync(HttpContext http, string name)
    {
        if (!Files.TryGetValue(name, out var asset))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var etag = $"\"{asset.Version}\"";
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = http.Request.Query["v"] == asset.Version ? "public, max-age=31536000, immutable" : "no-cache";
        http.Response.Headers.Vary = "Accept-Encoding";
        if (http.Request.Headers.IfNoneMatch == etag)
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        http.Response.ContentType = asset.ContentType;
        var gzip = http.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase);
        var body = gzip ? asset.Gzipped : asset.Bytes;
        if (gzip)
            http.Response.Headers.ContentEncoding = "gzip";
        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }

    private static Asset Load(string name, string contentType)
    {
        using var stream = typeof(WebAssets).Assembly.GetManifestResourceStream($"assets/{name}")
            ?? throw new InvalidOperationException($"The web asset {name} was not built into Timebank.Web (tools/web/build.mjs).");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var bytes = copy.ToArray();
        using var zipped = new MemoryStream();
        using (var gzip = new GZipStream(zipped, CompressionLevel.SmallestSize, leaveOpen: true))
            gzip.Write(bytes);
        return new Asset(bytes, zipped.ToArray(), Convert.ToHexStringLower(SHA256.HashData(bytes))[..12], contentType);
    }

    private sealed record Asset(byte[] Bytes, byte[] Gzipped, string Version, string ContentType);
}
