namespace Timebank.Api.Platform.Tools;

/// <summary>
/// Commands run instead of the web server: <c>dotnet run --project src/Timebank.Api -- &lt;command&gt; [--name value …]</c>.
/// Each is an <see cref="ICommandLineCommand"/> registered by its owner; they use the configured store, serve no HTTP.
/// </summary>
public static class CommandLine
{
    public static bool IsCommand(WebApplication app, string[] args)
        => args.Length > 0 && app.Services.GetServices<ICommandLineCommand>().Any(c => c.Name == args[0]);

    public static string Usage(IServiceProvider services)
        => string.Join(Environment.NewLine, services.GetServices<ICommandLineCommand>().Select(c => c.Usage));

    public static Task<int> RunAsync(WebApplication app, string[] args)
        => app.Services.GetServices<ICommandLineCommand>().Single(c => c.Name == args[0])
            .RunAsync(app.Services, new CommandOptions(args), CancellationToken.None);
}
