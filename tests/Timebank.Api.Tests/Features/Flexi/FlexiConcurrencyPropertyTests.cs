using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Timebank.Api.Features.Flexi;
using Timebank.Api.Platform.Persistence;
using Timebank.Api.Tests.Infrastructure;
using Timebank.Domain.Flexi.Allowances;
using Timebank.Domain.Flexi.Bookings;
using Timebank.Domain.Flexi.Movements;

namespace Timebank.Api.Tests.Features.Flexi;

/// <summary>
/// Random rounds of concurrent accrual reads, overlapping bookings, completions, cancellations, purchases and receipts
/// from several clients over HTTP. After each run: no balance below its floor, each (customer, period, unit) accrued
/// once, no worker or customer in two sessions at once, and the ledger's invariant checker finds nothing. The seed is
/// in the failure message; TIMEBANK_FLEXI_SEED replays one.
/// </summary>
public sealed class FlexiConcurrencyPropertyTests(FlexiFactory api) : IClassFixture<FlexiFactory>
{
    private const int Rounds = 8;
    private const int OperationsPerRound = 14;
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    private static string Key() => Guid.NewGuid().ToString("N");

    public static TheoryData<int> Seeds()
        => Environment.GetEnvironmentVariable("TIMEBANK_FLEXI_SEED") is { Length: > 0 } seed ? [int.Parse(seed, System.Globalization.CultureInfo.InvariantCulture)] : [1, 2, 3];

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Random_concurrent_sequences_never_overspend_accrue_twice_or_double_book(int seed)
    {
        var random = new Random(seed);
        var monday = new LocalDate(2028, 1, 3).PlusWeeks(seed * 3);
        api.Clock.Reset(monday.At(new LocalTime(9, 0)).InZoneLeniently(London).ToInstant());
        var provider = await api.ProviderAsync();
        var serviceId = await provider.ServiceAsync();
        var customers = new List<TestMember>();
        for (var i = 0; i < 4; i++)
        {
            customers.Add(await api.MemberAsync(provider, $"Customer {i}", "CUSTOMER"));
            await provider.EnrolAsync(serviceId, customers[i]);
        }
        var workers = new List<TestMember>();
        for (var i = 0; i < 3; i++)
            workers.Add(await api.MemberAsync(provider, $"Worker {i}", "STAFF"));
        var sessions = new ConcurrentBag<string>();
        var spent = new ConcurrentBag<(TestMember Customer, string Id, long Pence)>();

        for (var round = 0; round < Rounds; round++)
        {
            var now = api.Clock.GetCurrentInstant();
            var operations = new List<Func<Task>>();
            for (var i = 0; i < OperationsPerRound; i++)
            {
                var customer = customers[random.Next(customers.Count)];
                var worker = workers[random.Next(workers.Count)];
                // Half-hour steps over the next day, an hour long: many overlap on purpose.
                var start = now + Duration.FromHours(2) + Duration.FromMinutes(30 * random.Next(12));
                var pence = 500L + random.Next(30) * 100;
                var known = sessions.ToArray();
                var session = known.Length == 0 ? null : known[random.Next(known.Length)];
                var bought = spent.ToArray();
                var purchase = bought.Length == 0 ? ((TestMember, string, long)?)null : bought[random.Next(bought.Length)];
                var delivered = 10L + random.Next(50);
                async Task Book()
                {
                    var booked = await RunAsync(customer, "bookSupportSession", ConcurrentBookingTests.Booking(serviceId, worker.Id, start));
                    if (booked is { } payload)
                        sessions.Add(payload.GetProperty("supportSession").GetProperty("id").GetString()!);
                }
                async Task Buy()
                {
                    var paid = await RunAsync(customer, "requestPurchase",
                        new { input = new { idempotencyKey = Key(), serviceId, pence, supplier = "Shop", category = "Music", description = "Strings" } });
                    if (paid is { } payload && payload.GetProperty("purchase").GetProperty("status").GetString() == "SPENT")
                        spent.Add((customer, payload.GetProperty("purchase").GetProperty("id").GetString()!, pence));
                }
                operations.Add(random.Next(6) switch
                {
                    0 => () => customer.BudgetAsync(serviceId),
                    1 or 2 => Book,
                    3 when session is not null => random.Next(2) == 0
                        ? () => RunAsync(provider.Manager, "completeSupportSession", new { input = new { idempotencyKey = Key(), sessionId = session, deliveredMinutes = delivered } })
                        : () => RunAsync(provider.Manager, "cancelSupportSession", new { input = new { idempotencyKey = Key(), sessionId = session, reason = "Changed plans" } }),
                    4 when purchase is { } p => () => RunAsync(p.Item1, "attachReceipt",
                        new { input = new { idempotencyKey = Key(), purchaseId = p.Item2, pence = p.Item3 - 100, reference = "R" + Key()[..6], date = now.InZone(London).Date.ToString("yyyy-MM-dd", null) } }),
                    _ => Buy,
                });
            }
            await Task.WhenAll(operations.Select(o => Task.Run(o)));
            api.Clock.Advance(Duration.FromHours(11));
        }

        foreach (var customer in customers)
        {
            var budget = await customer.BudgetAsync(serviceId);
            foreach (var account in new[] { "supportMinutes", "cash" })
            {
                Assert.True(budget.Available(account) >= 0, $"seed {seed}: {account} below its floor");
                Assert.True(budget.GetProperty(account).GetProperty("posted").GetInt64() >= 0, $"seed {seed}: {account} posted below its floor");
            }
        }
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync();
        await AssertAccruedOnceAsync(db, seed);
        await AssertNobodyDoubleBookedAsync(db, seed);
        Assert.True((await api.LedgerViolationsAsync()).Count == 0, $"seed {seed}: " + string.Join("; ", await api.LedgerViolationsAsync()));
    }

    /// <summary>A payload with no errors, or null; a refusal is an expected outcome of a race, never a failure.</summary>
    private static async Task<JsonElement?> RunAsync(TestMember member, string operation, object variables)
    {
        var result = (await member.Client.RunAsync(operation, variables)).ShouldSucceed();
        return result.PayloadErrorCodes(operation).Count == 0 ? result.At(operation) : null;
    }

    private static async Task AssertAccruedOnceAsync(TimebankDbContext db, int seed)
    {
        // One accrual transfer per movement key; the accrual rows agree with the movements they were written with.
        var accruals = await db.Set<AllowanceAccrual>().AsNoTracking().ToListAsync();
        var twice = accruals.GroupBy(a => (a.BudgetId, a.PeriodStart, a.Unit)).Where(g => g.Count() > 1).ToList();
        Assert.True(twice.Count == 0, $"seed {seed}: accrued twice");
        var transfers = accruals.Select(a => a.TransferId).ToHashSet();
        Assert.Equal(accruals.Count, transfers.Count);
        var keys = await db.Set<FlexiMovement>().AsNoTracking().Where(m => m.Key.StartsWith("flexi:accrue:")).Select(m => m.Key).ToListAsync();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.True(keys.Count >= accruals.Count, $"seed {seed}: accruals without their movement");
    }

    private static async Task AssertNobodyDoubleBookedAsync(TimebankDbContext db, int seed)
    {
        var live = (await SessionStore.LoadAsync(db, db.Set<SupportSession>(), default)).Where(s => s.HoldsTime).ToList();
        foreach (var group in live.GroupBy(s => s.WorkerId).Concat(live.GroupBy(s => s.CustomerId)))
        {
            var ordered = group.OrderBy(s => s.Start).ToList();
            for (var i = 1; i < ordered.Count; i++)
                Assert.True(ordered[i - 1].End <= ordered[i].Start, $"seed {seed}: two sessions at once at {ordered[i].Start}");
        }
    }
}
