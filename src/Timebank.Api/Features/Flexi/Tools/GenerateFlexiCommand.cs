using System.Globalization;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.Tools;

namespace Timebank.Api.Features.Flexi.Tools;

/// <summary><c>generate-flexi</c>: the flexi bench's store, written through the ledger writer.</summary>
public sealed class GenerateFlexiCommand : ICommandLineCommand
{
    public string Name => "generate-flexi";

    public string Usage => """
        generate-flexi [--services 100] [--customers 2000] [--weeks 52] [--seed 1]
                                                              flexi services, staff and customers with a year of weekly accrual for the flexi bench
        """;

    public Task<int> RunAsync(IServiceProvider services, CommandOptions options, CancellationToken cancellationToken)
        => LedgerCommandLine.WithWriterAsync(services, async scoped =>
        {
            var made = await ActivatorUtilities.CreateInstance<FlexiGenerator>(scoped).GenerateAsync(
                (int)options.Number("services", 100), (int)options.Number("customers", 2_000), (int)options.Number("weeks", 52), (int)options.Number("seed", 1), cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"generated {made.Services} services, {made.Customers} customers and {made.Staff} staff with {made.Weeks} weeks accrued ({made.BudgetsAccrued} budgets) in {made.Elapsed.TotalSeconds:F1} s; sign in as {made.BenchEmail} / {made.BenchPassword}"));
            return 0;
        });
}
