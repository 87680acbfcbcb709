namespace Timebank.Api.Features.Directory.Rest;

/// <summary>The OpenAPI document of the /oruk/ endpoints, written by hand and embedded (a test checks each of its paths is served).</summary>
public static class OrukOpenApi
{
    public static readonly string Document = Read();

    private static string Read()
    {
        using var stream = typeof(OrukOpenApi).Assembly.GetManifestResourceStream("Timebank.Api.Features.Directory.Rest.oruk-openapi.json")
            ?? throw new InvalidOperationException("The ORUK OpenAPI document is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
