using System.Globalization;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Tools;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Timebank;

public sealed class ImportExchangesCommand : ICommandLineCommand
{
    public string Name => "import-exchanges";

    public string Usage => """
        import-exchanges --organisation <id> --file <csv> [--lift-limits true]
                                                              a timebank's history from another system
        """;

    public Task<int> RunAsync(IServiceProvider services, CommandOptions options, CancellationToken cancellationToken)
        => LedgerCommandLine.WithWriterAsync(services, async scope =>
        {
            var organisation = GlobalId.TryParse<Organisation>(options["organisation"], "Organisation")
                ?? Id<Organisation>.From(Guid.Parse(options["organisation"]));
            await using var file = File.OpenRead(options["file"]);
            var fingerprint = ExchangeImporter.Fingerprint(file);
            file.Position = 0;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var history = ExchangeImporter.Parse(new StreamReader(file));
            var summary = await ActivatorUtilities.CreateInstance<ExchangeImporter>(scope)
                .ImportAsync(organisation, history, fingerprint, options.Optional("lift-limits") == "true", Console.WriteLine, cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"imported {summary.Exchanges} exchanges ({summary.NewMembers} new assisted members) in {clock.Elapsed.TotalSeconds:F1} s"));
            return 0;
        });
}
