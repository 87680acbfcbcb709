using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.Persistence;
using Timebank.Api.Platform.Tools;

namespace Timebank.Api.Features.Flexi.Tools;

/// <summary><c>generate-flexi</c>: the flexi bench's store, written through the ledger writer.</summary>
public sealed class GenerateFlexiCommand : ICommandLineCommand
{
    public string Name => "generate-flexi";

    public string Usage => """
        generate-flexi [--services 100] [--customers 2000] [--weeks 52] [--seed 1] [--bookings true] [--check false]
                                                              flexi services, staff and customers with a year of weekly accrual, sessions and purchases
                                                              for the flexi bench (--bookings false: accrual only; --check true: run the ledger's
                                                              invariant checker afterwards, exit 1 on any violation)
        """;

    public Task<int> RunAsync(IServiceProvider services, CommandOptions options, CancellationToken cancellationToken)
        => LedgerCommandLine.WithWriterAsync(services, async scoped =>
        {
            var made = await ActivatorUtilities.CreateInstance<FlexiGenerator>(scoped).GenerateAsync(
                (int)options.Number("services", 100), (int)options.Number("customers", 2_000), (int)options.Number("weeks", 52), (int)options.Number("seed", 1), cancellationToken,
                bookings: Flag(options, "bookings", true));
            var year = made.Year;
            if (year.Sessions > 0 || year.Purchases > 0)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"sessions {year.Sessions} ({year.Cancelled} cancelled, {year.NoSlot} asked for with no free slot), purchases {year.Purchases} ({year.SignOffs} signed off, {year.Receipts} receipts back)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"generated {made.Services} services, {made.Customers} customers and {made.Staff} staff with {made.Weeks} weeks accrued ({made.BudgetsAccrued} budgets) in {made.Elapsed.TotalSeconds:F1} s; sign in as {made.BenchEmail} / {made.BenchPassword}"));
            if (!Flag(options, "check", false))
                return 0;
            await using var db = await scoped.GetRequiredService<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync(cancellationToken);
            var violations = await LedgerInvariants.CheckAsync(db, cancellationToken);
            foreach (var violation in violations)
                Console.WriteLine(violation);
            Console.WriteLine(violations.Count == 0 ? "ledger invariants hold" : $"{violations.Count} ledger invariant violations");
            return violations.Count == 0 ? 0 : 1;
        });

    private static bool Flag(CommandOptions options, string name, bool fallback)
        => options.Optional(name) is { } value ? bool.Parse(value) : fallback;
}
