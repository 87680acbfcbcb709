using System.Globalization;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Features.Timebank;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Platform.Tools;

/// <summary>
/// Commands run instead of the web server: <c>dotnet run --project src/Timebank.Api -- &lt;command&gt; [--name value …]</c>.
/// They use the configured store and the same ledger writer as the API, but serve no HTTP.
/// </summary>
public static class CommandLine
{
    public const string Usage = """
        print-schema [file]                                   the SDL (to schema/schema.graphql)
        import-exchanges --organisation <id> --file <csv> [--lift-limits true]
                                                              a timebank's history from another system
        generate-data [--timebanks 50] [--members 100000] [--transfers 1000000] [--seed 1]
                                                              benchmark data (see docs/performance.md)
        generate-csv --file <csv> [--lines 1000000] [--people 2000] [--seed 1]
                                                              a history file for import-exchanges
        """ + "\n" + Features.Directory.Import.DirectoryCommands.Usage;

    private static readonly string[] Commands = ["print-schema", "import-exchanges", "generate-data", "generate-csv", .. Features.Directory.Import.DirectoryCommands.Names];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var options = Options(args);
        switch (args[0])
        {
            case "print-schema":
                await SchemaFile.PrintAsync(app.Services, args);
                return 0;
            case "generate-csv":
                await DataGenerator.WriteCsvAsync(options["file"], Long(options, "lines", 1_000_000), (int)Long(options, "people", 2_000), (int)Long(options, "seed", 1));
                return 0;
        }

        await app.Services.PrepareDatabaseAsync();
        var writer = app.Services.GetRequiredService<LedgerWriter>();
        await writer.StartAsync(CancellationToken.None);
        try
        {
            if (Features.Directory.Import.DirectoryCommands.Names.Contains(args[0]))
                return await Features.Directory.Import.DirectoryCommands.RunAsync(app.Services, args, args[0] == "import-oruk" ? Options(args[1..]) : options);
            using var scope = app.Services.CreateScope();
            if (args[0] == "generate-data")
            {
                var made = await ActivatorUtilities.CreateInstance<DataGenerator>(scope.ServiceProvider).GenerateAsync(
                    (int)Long(options, "timebanks", 50), (int)Long(options, "members", 100_000), Long(options, "transfers", 1_000_000),
                    (int)Long(options, "seed", 1), Console.WriteLine, CancellationToken.None);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"generated {made.Timebanks} timebanks, {made.Members} members, {made.Transfers} transfers in {made.Elapsed.TotalSeconds:F1} s; sign in as {made.BenchEmail} / {made.BenchPassword}"));
                return 0;
            }

            var organisation = GlobalId.TryParse<Organisation>(options["organisation"], "Organisation")
                ?? Id<Organisation>.From(Guid.Parse(options["organisation"]));
            await using var file = File.OpenRead(options["file"]);
            var fingerprint = ExchangeImporter.Fingerprint(file);
            file.Position = 0;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var history = ExchangeImporter.Parse(new StreamReader(file));
            var summary = await ActivatorUtilities.CreateInstance<ExchangeImporter>(scope.ServiceProvider)
                .ImportAsync(organisation, history, fingerprint, options.GetValueOrDefault("lift-limits") == "true", Console.WriteLine, CancellationToken.None);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"imported {summary.Exchanges} exchanges ({summary.NewMembers} new assisted members) in {clock.Elapsed.TotalSeconds:F1} s"));
            return 0;
        }
        finally
        {
            await writer.StopAsync(CancellationToken.None);
        }
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>();
        for (var i = 1; i + 1 < args.Length; i += 2)
            options[args[i].TrimStart('-')] = args[i + 1];
        return options;
    }

    private static long Long(Dictionary<string, string> options, string name, long fallback)
        => options.TryGetValue(name, out var value) ? long.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
