namespace Timebank.Api.Platform.Tools;

/// <summary>A command run instead of the web server, registered by whoever owns it (a feature or the platform).</summary>
public interface ICommandLineCommand
{
    string Name { get; }

    /// <summary>Its line in the usage text: the name, the options and what it does.</summary>
    string Usage { get; }

    Task<int> RunAsync(IServiceProvider services, CommandOptions options, CancellationToken cancellationToken);
}

/// <summary>The command's <c>--name value</c> pairs, and its other arguments.</summary>
public sealed class CommandOptions(string[] args)
{
    private readonly Dictionary<string, string> _named = Named(args);

    public IReadOnlyList<string> Args => args;

    public string this[string name] => _named.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required.");

    public string? Optional(string name) => _named.GetValueOrDefault(name);

    public long Number(string name, long fallback)
        => _named.TryGetValue(name, out var value) ? long.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : fallback;

    private static Dictionary<string, string> Named(string[] args)
    {
        var options = new Dictionary<string, string>();
        for (var i = 1; i + 1 < args.Length; i += 2)
            options[args[i].TrimStart('-')] = args[i + 1];
        return options;
    }
}
