using System.Globalization;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.Tools;

namespace Timebank.Api.Features.Timebank;

public sealed class GenerateDataCommand : ICommandLineCommand
{
    public string Name => "generate-data";

    public string Usage => """
        generate-data [--timebanks 50] [--members 100000] [--transfers 1000000] [--seed 1]
                                                              benchmark data (see docs/performance.md)
        """;

    public Task<int> RunAsync(IServiceProvider services, CommandOptions options, CancellationToken cancellationToken)
        => LedgerCommandLine.WithWriterAsync(services, async scope =>
        {
            var made = await ActivatorUtilities.CreateInstance<DataGenerator>(scope).GenerateAsync(
                (int)options.Number("timebanks", 50), (int)options.Number("members", 100_000), options.Number("transfers", 1_000_000),
                (int)options.Number("seed", 1), Console.WriteLine, cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"generated {made.Timebanks} timebanks, {made.Members} members, {made.Transfers} transfers in {made.Elapsed.TotalSeconds:F1} s; sign in as {made.BenchEmail} / {made.BenchPassword}"));
            return 0;
        });
}
