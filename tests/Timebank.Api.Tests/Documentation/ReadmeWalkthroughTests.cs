using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Documentation;

/// <summary>
/// Runs every GraphQL block of README.md in order over HTTP, as a newcomer pasting them into GraphiQL would, with
/// each placeholder filled from an earlier answer: an edit that makes the README untrue fails here.
/// </summary>
public sealed class ReadmeWalkthroughTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    /// <summary>Where each placeholder's value comes from: the root field of an earlier answer and the path under it.</summary>
    private static readonly (string Field, string Path, string Placeholder)[] Sources =
    [
        ("createOrganisation", "organisation.id", "<organisation id>"),
        ("joinOrganisation", "membership.id", "<membership id>"),
        ("recordExchange", "exchange.id", "<exchange id>"),
    ];

    [Fact]
    public Task Every_GraphQL_block_in_the_README_runs_as_written_in_order() => RunGraphQLBlocksAsync(api);

    /// <summary>Runs the README's GraphQL blocks in order on <paramref name="api"/>, failing on the first that does not hold.</summary>
    internal static async Task RunGraphQLBlocksAsync(TimebankApiFactory api)
    {
        var steps = ReadmeWalkthrough.Steps();
        Assert.NotEmpty(steps);
        var tokens = new Dictionary<string, string>();
        var values = new Dictionary<string, string>();

        foreach (var step in steps)
        {
            var document = step.Document;
            foreach (var placeholder in step.Placeholders)
            {
                Assert.True(values.TryGetValue(placeholder, out var value), $"{step}: no earlier block's answer gives {placeholder}.");
                document = document.Replace(placeholder, value, StringComparison.Ordinal);
            }
            string? token = null;
            if (step.Actor is not null)
                Assert.True(tokens.TryGetValue(step.Actor, out token), $"{step}: {step.Actor} has not signed up in an earlier block.");

            var result = await api.CreateGraphQLClient(token).PostAsync(document);

            Assert.True(result.Status == HttpStatusCode.OK && result.Errors.Count == 0, $"{step}: {result}");
            var data = result.Body.GetProperty("data");
            Assert.True(PayloadErrors(data).All(errors => errors.GetArrayLength() == 0), $"{step} answered with errors: {result}");
            Remember(data, step, tokens, values);
        }
    }

    [Fact]
    public void The_walkthrough_switches_between_members_and_finds_ids_with_me()
    {
        var steps = ReadmeWalkthrough.Steps();

        Assert.Contains(steps, s => s.Actor is not null && s.Document.Contains("me {", StringComparison.Ordinal) && s.Document.Contains(" id", StringComparison.Ordinal));
        Assert.True(steps.Select(s => s.Actor).OfType<string>().Distinct().Count() >= 2, "The exchange walkthrough needs two members.");
    }

    private static void Remember(JsonElement data, WalkthroughStep step, Dictionary<string, string> tokens, Dictionary<string, string> values)
    {
        // A sign-up's token belongs to the display name typed into it.
        if (data.TryGetProperty("signUp", out var signUp) && signUp.GetProperty("token").GetString() is { } token)
            tokens[Regex.Match(step.Document, "displayName:\\s*\"(?<name>[^\"]+)\"").Groups["name"].Value] = token;
        if (step.Actor is not null && data.TryGetProperty("me", out var me) && me.TryGetProperty("id", out var id))
            values[$"<{step.Actor}'s member id>"] = id.GetString()!;
        foreach (var (field, path, placeholder) in Sources)
        {
            if (!data.TryGetProperty(field, out var current))
                continue;
            foreach (var part in path.Split('.'))
                current = current.GetProperty(part);
            values[placeholder] = current.GetString()!;
        }
    }

    /// <summary>Every payload's errors list in the answer, however deep.</summary>
    private static IEnumerable<JsonElement> PayloadErrors(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
            return element.EnumerateArray().SelectMany(PayloadErrors);
        if (element.ValueKind != JsonValueKind.Object)
            return [];
        return element.EnumerateObject().SelectMany(p => p.Name == "errors" && p.Value.ValueKind == JsonValueKind.Array ? [p.Value] : PayloadErrors(p.Value));
    }
}
