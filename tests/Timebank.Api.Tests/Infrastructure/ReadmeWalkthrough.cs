using System.Text.RegularExpressions;

namespace Timebank.Api.Tests.Infrastructure;

/// <summary>One ```graphql block of README.md: who runs it (a first line "# as Ann"), its text, and where it starts.</summary>
public sealed record WalkthroughStep(int Line, string? Actor, string Document)
{
    public IReadOnlyList<string> Placeholders
        => Regex.Matches(Document, "<[^<>\"]+>").Select(m => m.Value).Distinct().ToList();

    public override string ToString() => $"README.md line {Line}{(Actor is null ? string.Empty : " as " + Actor)}";
}

/// <summary>Reads the README's GraphQL blocks in order, so a test can run them exactly as a newcomer would paste them.</summary>
public static partial class ReadmeWalkthrough
{
    public static string Path => System.IO.Path.Combine(Operations.RepositoryRoot, "README.md");

    public static IReadOnlyList<WalkthroughStep> Steps() => Parse(File.ReadAllLines(Path));

    public static IReadOnlyList<WalkthroughStep> Parse(IReadOnlyList<string> lines)
    {
        var steps = new List<WalkthroughStep>();
        for (var i = 0; i < lines.Count; i++)
        {
            var fence = Fence().Match(lines[i]);
            if (!fence.Success)
                continue;
            var indent = fence.Groups["indent"].Value.Length;
            var start = i + 1;
            var body = new List<string>();
            for (i++; i < lines.Count && lines[i].Trim() != "```"; i++)
                body.Add(lines[i].Length >= indent ? lines[i][indent..] : lines[i].TrimStart());
            var actor = body.Count > 0 ? Actor().Match(body[0]) : Match.Empty;
            steps.Add(new WalkthroughStep(start, actor.Success ? actor.Groups["name"].Value : null, string.Join('\n', body)));
        }
        return steps;
    }

    [GeneratedRegex(@"^(?<indent>\s*)```graphql\s*$")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^#\s*as\s+(?<name>\w+)")]
    private static partial Regex Actor();
}
