using System.Globalization;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.Tools;

namespace Timebank.Api.Features.Brokerage.Tools;

/// <summary><c>generate-brokers</c>: one timebank of brokers for the brokers(filter) bench.</summary>
public sealed class GenerateBrokersCommand : ICommandLineCommand
{
    public string Name => "generate-brokers";

    public string Usage => """
        generate-brokers [--brokers 5000] [--seed 1]          one timebank of brokers for the brokers(filter) bench
        """;

    public Task<int> RunAsync(IServiceProvider services, CommandOptions options, CancellationToken cancellationToken)
        => LedgerCommandLine.WithWriterAsync(services, async scope =>
        {
            var brokers = await ActivatorUtilities.CreateInstance<BrokerGenerator>(scope)
                .GenerateAsync((int)options.Number("brokers", 5_000), (int)options.Number("seed", 1), cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"generated {brokers.Brokers} brokers in timebank {brokers.OrganisationId} in {brokers.Elapsed.TotalSeconds:F1} s; sign in as {brokers.BenchEmail} / {brokers.BenchPassword}"));
            return 0;
        });
}
