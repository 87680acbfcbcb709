using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.Persistence;
using Timebank.Api.Platform.Tools;
using Timebank.Domain.Flexi.Services;

namespace Timebank.Api.Features.Flexi.Tools;

/// <summary>
/// <c>accrue-flexi</c>: accrues (and settles) every service's due periods now, as the background worker does, with
/// several services at once so their budgets share the writer's batches; prints the time taken and the counts.
/// </summary>
public sealed class AccrueFlexiCommand : ICommandLineCommand
{
    private const int ServicesAtOnce = 8;

    public string Name => "accrue-flexi";

    public string Usage => """
        accrue-flexi                                          accrue the periods now due for every flexi customer, timed
        """;

    public Task<int> RunAsync(IServiceProvider services, CommandOptions options, CancellationToken cancellationToken)
        => LedgerCommandLine.WithWriterAsync(services, async scoped =>
        {
            List<Id<FlexiService>> ids;
            await using (var db = await scoped.GetRequiredService<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync(cancellationToken))
                ids = await db.Set<FlexiService>().AsNoTracking().Select(s => s.Id).ToListAsync(cancellationToken);
            var (access, allowances) = (scoped.GetRequiredService<FlexiAccess>(), scoped.GetRequiredService<AllowanceRunner>());
            var started = System.Diagnostics.Stopwatch.StartNew();
            // Loaded one by one: FlexiAccess is a scoped service, not made for concurrent use.
            var contexts = new List<ServiceContext>();
            foreach (var id in ids)
            {
                if (await access.LoadAsync(id, cancellationToken) is { } context)
                    contexts.Add(context);
            }
            var budgets = 0;
            await Parallel.ForEachAsync(contexts, new ParallelOptions { MaxDegreeOfParallelism = ServicesAtOnce, CancellationToken = cancellationToken },
                async (context, ct) => Interlocked.Add(ref budgets, await allowances.AccrueServiceAsync(context, ct)));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"accrued {budgets} budgets in {ids.Count} services in {started.Elapsed.TotalSeconds:F2} s"));
            return 0;
        });
}
