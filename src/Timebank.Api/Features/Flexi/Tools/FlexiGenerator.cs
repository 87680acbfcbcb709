using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Flexi.Allowances;
using Timebank.Domain.Flexi.Services;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Flexi.Tools;

public sealed record GeneratedFlexi(int Services, int Customers, int Staff, int Weeks, int BudgetsAccrued, FlexiYearCounts Year, string BenchEmail, string BenchPassword, TimeSpan Elapsed);

/// <summary>
/// <c>generate-flexi</c>: providers with one field-shaped service each (£40 and 3 hours 30 minutes a week), their
/// staff and customers enrolled <c>weeks</c> + 1 weeks ago, and every week up to last week accrued and settled through
/// the ledger writer (the same commands as accrual on read, many budgets per batch), so accounts, transfers and
/// balances are the ledger's own and the invariant checker passes. With <c>bookings</c>, each service's year is lived
/// week by week instead (<see cref="FlexiYearGenerator"/>): accrual, sessions and purchases in their order. The current
/// week is left for <c>accrue-flexi</c>.
/// </summary>
public sealed class FlexiGenerator(IDbContextFactory<TimebankDbContext> databases, IPasswordHasher<Member> hasher, FlexiAccess access, IServiceProvider services, IClock clock)
{
    public const string BenchEmail = "flexi-bench@timebank.example";
    public const string BenchPassword = "bench password 123";
    private const int StaffPerService = 5;
    private const int ServicesAtOnce = 4;

    // A service's week is a few rounds of tens of commands; enough services at once keep the writer's batches full.
    private const int YearsAtOnce = 12;

    public async Task<GeneratedFlexi> GenerateAsync(int serviceCount, int customerCount, int weeks, int seed, CancellationToken cancellationToken, bool bookings = true)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var now = clock.GetCurrentInstant();
        var enrolled = now - Duration.FromDays(7 * (weeks + 1));
        var bench = Member.SignUp(EmailAddress.Parse(BenchEmail), DisplayName.Parse("Flexi bench manager"), hasher.HashPassword(null!, BenchPassword), enrolled);
        await SaveAsync([bench], cancellationToken);
        var serviceIds = new List<Id<FlexiService>>();
        var perService = Math.Max(1, customerCount / Math.Max(1, serviceCount));
        for (var s = 0; s < serviceCount; s++)
        {
            var (provider, manager) = Organisation.Create(OrganisationName.Parse($"Provider {seed}-{s + 1}"), OrganisationKind.Provider, bench.Id, enrolled);
            manager.Grant(Roles.Manager, manager);
            var (service, policy) = FlexiService.Create(provider, manager, $"Supported living {s + 1}", 1_000_000, ContractSplit.Of(7400, 800, 1800),
                FlexiPolicy.Create(210, 4000, 5000), enrolled);
            var rows = new List<object> { provider, manager, service, policy };
            rows.AddRange(FlexiBooks.Open(service, enrolled).Rows);
            rows.AddRange(People(provider, manager, "Worker", s, StaffPerService, Roles.Staff, enrolled));
            var customers = People(provider, manager, "Customer", s, perService, Roles.Customer, enrolled);
            rows.AddRange(customers);
            rows.AddRange(customers.OfType<Membership>().Select(c => CustomerBudget.Enrol(service, c, manager, CashHolding.PrepaidCard, [], enrolled)));
            await SaveAsync(rows, cancellationToken);
            serviceIds.Add(service.Id);
        }

        // Accrued as of a week ago: what accrue-flexi then times is one new week for everyone.
        var until = now - Duration.FromDays(7);
        var contexts = new List<ServiceContext>();
        foreach (var id in serviceIds)
            contexts.Add(await access.LoadAsync(id, cancellationToken) ?? throw new InvalidOperationException("A generated service is missing."));
        var year = new FlexiYearCounts();
        if (bookings)
        {
            var years = ActivatorUtilities.CreateInstance<FlexiYearGenerator>(services);
            await Parallel.ForEachAsync(contexts.Select((context, index) => (context, index)),
                new ParallelOptions { MaxDegreeOfParallelism = YearsAtOnce, CancellationToken = cancellationToken },
                async (service, ct) => await years.RunAsync(service.context, until, (seed * 7919) + service.index, year, ct));
            return new GeneratedFlexi(serviceCount, perService * serviceCount, StaffPerService * serviceCount, weeks, perService * serviceCount, year, BenchEmail, BenchPassword, started.Elapsed);
        }
        var allowances = ActivatorUtilities.CreateInstance<AllowanceRunner>(services, (IClock)new ShiftedClock(clock, until - now));
        var accrued = 0;
        await Parallel.ForEachAsync(contexts, new ParallelOptions { MaxDegreeOfParallelism = ServicesAtOnce, CancellationToken = cancellationToken },
            async (context, ct) => Interlocked.Add(ref accrued, await allowances.AccrueServiceAsync(context, ct)));
        return new GeneratedFlexi(serviceCount, perService * serviceCount, StaffPerService * serviceCount, weeks, accrued, year, BenchEmail, BenchPassword, started.Elapsed);
    }

    /// <summary>Assisted members (no sign-in) added to the provider with one role: each member, then their membership.</summary>
    private static List<object> People(Organisation provider, Membership manager, string kind, int service, int count, Roles role, Instant at)
    {
        var rows = new List<object>(count * 2);
        for (var i = 0; i < count; i++)
        {
            var member = Member.Assisted(DisplayName.Parse($"{kind} {service + 1}-{i + 1}"), at);
            var membership = provider.Enrol(member.Id, manager, at);
            membership.Grant(role, manager);
            rows.Add(member);
            rows.Add(membership);
        }
        return rows;
    }

    private async Task SaveAsync(IEnumerable<object> rows, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>The clock moved by a fixed amount, for accruing as of another moment.</summary>
internal sealed class ShiftedClock(IClock inner, Duration by) : IClock
{
    public Instant GetCurrentInstant() => inner.GetCurrentInstant() + by;
}
