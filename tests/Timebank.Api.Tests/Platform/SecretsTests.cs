using System.Security.Cryptography;
using System.Text.Json;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Platform;

/// <summary>Secrets come only from configuration at run time: none is committed, and a weak signing key stops the start.</summary>
public sealed class SecretsTests
{
    private static readonly string[] SecretNames = ["key", "password", "secret", "token", "connectionstring"];

    [Fact]
    public void No_committed_settings_file_holds_a_secret_looking_value()
    {
        var files = SettingsFiles();
        Assert.NotEmpty(files);

        var found = new List<string>();
        foreach (var file in files)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            Collect(json.RootElement, "", Path.GetRelativePath(Operations.RepositoryRoot, file), found);
        }

        Assert.Empty(found);
    }

    [Fact]
    public void The_scan_would_find_a_committed_signing_key_or_password()
    {
        using var json = JsonDocument.Parse("""{ "Timebank": { "Auth": { "SigningKey": "abc" } }, "ConnectionStrings": { "Timebank": "Host=db;Password=hunter2" } }""");
        var found = new List<string>();

        Collect(json.RootElement, "", "example.json", found);

        Assert.Equal(["example.json: Timebank:Auth:SigningKey", "example.json: ConnectionStrings:Timebank"], found);
    }

    [Theory]
    [InlineData(16, "is 16 bytes")]
    [InlineData(-1, "is not base64")]
    public void A_configured_signing_key_that_is_short_or_not_base64_stops_the_start_with_a_clear_message(int bytes, string says)
    {
        using var api = new KeyFactory(bytes < 0 ? "not base64!" : Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)));

        var failure = Assert.ThrowsAny<Exception>(() => api.CreateClient());

        var message = failure.ToString();
        Assert.Contains("Timebank:Auth:SigningKey must be at least 32 random bytes written as base64", message, StringComparison.Ordinal);
        Assert.Contains(says, message, StringComparison.Ordinal);
    }

    /// <summary>Every committed appsettings*.json, wherever it lives (build output and packages aside).</summary>
    private static List<string> SettingsFiles()
        => [.. Directory.EnumerateFiles(Operations.RepositoryRoot, "appsettings*.json", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules" or ".git"))];

    private static void Collect(JsonElement element, string path, string file, List<string> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                    Collect(property.Value, path.Length == 0 ? property.Name : $"{path}:{property.Name}", file, found);
                break;
            case JsonValueKind.String when !string.IsNullOrWhiteSpace(element.GetString()) && LooksSecret(path, element.GetString()!):
                found.Add($"{file}: {path}");
                break;
        }
    }

    private static bool LooksSecret(string path, string value)
    {
        var name = path[(path.LastIndexOf(':') + 1)..].ToLowerInvariant();
        return SecretNames.Any(name.EndsWith)
            || value.Contains("password=", StringComparison.OrdinalIgnoreCase)
            || value.Contains("pwd=", StringComparison.OrdinalIgnoreCase);
    }

    private sealed class KeyFactory(string key) : TimebankApiFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Timebank:Auth:SigningKey"] = key };
    }
}
