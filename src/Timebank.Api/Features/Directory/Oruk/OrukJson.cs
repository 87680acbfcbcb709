using System.Text.Json;
using System.Text.Json.Serialization;

namespace Timebank.Api.Features.Directory.Oruk;

/// <summary>ORUK's JSON: snake_case names, and optional fields left out rather than null (the standard's types refuse null).</summary>
public static class OrukJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // An import's numbers and ids must be what the standard says; "12" for an age is a problem, not a guess.
        NumberHandling = JsonNumberHandling.Strict,
        MaxDepth = 16,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options);
}
