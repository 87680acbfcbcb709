using Timebank.Api.Platform.Persistence;
using Timebank.Api.Platform.Tools;

namespace Timebank.Api.Features.Directory.Import;

/// <summary><c>import-oruk</c> and <c>generate-directory</c> as the directory's own registered commands.</summary>
public sealed class DirectoryCommand(string name, string usage) : ICommandLineCommand
{
    public string Name => name;

    public string Usage => usage;

    public async Task<int> RunAsync(IServiceProvider services, CommandOptions options, CancellationToken cancellationToken)
    {
        // import-oruk takes its file first, so its named options start one place later.
        var args = options.Args.ToArray();
        var own = name == "import-oruk" ? new CommandOptions(args[1..]) : options;
        // The directory moves no hours, so no command of it needs the ledger writer; writing a file needs no store either.
        if (name != "generate-directory" || own.Optional("file") is null)
            await services.PrepareDatabaseAsync(cancellationToken);
        return await DirectoryCommands.RunAsync(services, args, own);
    }
}

public static class DirectoryCommandRegistration
{
    public static IServiceCollection AddDirectoryCommands(this IServiceCollection services)
    {
        services.AddSingleton<ICommandLineCommand>(new DirectoryCommand("import-oruk",
            "import-oruk <file> --organisation <id or slug>         an ORUK 3.0 export into a group's directory entries"));
        services.AddSingleton<ICommandLineCommand>(new DirectoryCommand("generate-directory", """
            generate-directory [--services 100000] [--seed 1] [--file <json>]
                                                                  directory benchmark data (or an ORUK file for import-oruk)
            """));
        return services;
    }
}
