using Timebank.Api.Platform.Tools;

namespace Timebank.Api.Features.Timebank;

public sealed class GenerateCsvCommand : ICommandLineCommand
{
    public string Name => "generate-csv";

    public string Usage => """
        generate-csv --file <csv> [--lines 1000000] [--people 2000] [--seed 1]
                                                              a history file for import-exchanges
        """;

    public async Task<int> RunAsync(IServiceProvider services, CommandOptions options, CancellationToken cancellationToken)
    {
        await DataGenerator.WriteCsvAsync(options["file"], options.Number("lines", 1_000_000), (int)options.Number("people", 2_000), (int)options.Number("seed", 1));
        return 0;
    }
}
