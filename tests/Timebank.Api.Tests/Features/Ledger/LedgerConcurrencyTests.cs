using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.Persistence;
using Timebank.Api.Tests.Infrastructure;
using Timebank.Domain.Ledger;
using Timebank.Domain.Timebank;
using Xunit.Abstractions;

namespace Timebank.Api.Tests.Features.Ledger;

/// <summary>Many clients at once over HTTP: exchanges, holds, confirmations and declines between a few members.</summary>
public static class ParallelWorkload
{
    public const int Clients = 32;

    public sealed record Result(int Requests, int Exchanges, int Refusals, IReadOnlyList<string> Unexpected);

    public static async Task<Result> RunAsync(TimebankApiFactory api, TestTimebank timebank, TimeSpan duration)
    {
        var deadline = Stopwatch.StartNew();
        var unexpected = new ConcurrentQueue<string>();
        int requests = 0, exchanges = 0, refusals = 0;
        var members = timebank.Members;

        async Task ClientAsync(int client)
        {
            var random = new Random(client);
            var me = members[client % members.Count];
            var client2 = api.CreateGraphQLClient(me.Token);
            var self = new TestMember(me.Id, me.Email, me.Password, me.DisplayName, client2);
            while (deadline.Elapsed < duration)
            {
                var other = members[(client + 1 + random.Next(members.Count - 1)) % members.Count];
                var roll = random.Next(100);
                GraphQLResult result;
                string payload;
                if (roll < 80)
                {
                    // Half are recorded by the receiver (posted at once), the rest by the giver (held for confirmation).
                    var (giver, receiver) = roll < 50 ? (other, self) : (self, other);
                    payload = "recordExchange";
                    result = await client2.RunAsync(payload, new
                    {
                        input = new { organisationId = timebank.Id, giverId = giver.Id, receiverId = receiver.Id, minutes = random.Next(1, 30), description = "Help", date = api.Today(), idempotencyKey = Guid.NewGuid().ToString() },
                    });
                }
                else
                {
                    var awaiting = await client2.RunAsync("timebank", new { organisationId = timebank.Id, awaitingConfirmation = true, first = 5 });
                    if (awaiting.Errors.Count > 0)
                    {
                        unexpected.Enqueue(awaiting.ToString());
                        continue;
                    }
                    var nodes = awaiting.At("timebank.exchanges.nodes").EnumerateArray().Where(n => n.GetProperty("receiver").GetProperty("id").GetString() == self.Id).ToList();
                    if (nodes.Count == 0)
                        continue;
                    var exchangeId = nodes[random.Next(nodes.Count)].GetProperty("id").GetString();
                    payload = random.Next(4) == 0 ? "declineExchange" : "confirmExchange";
                    result = await client2.RunAsync(payload, new { input = new { exchangeId, idempotencyKey = Guid.NewGuid().ToString() } });
                }
                Interlocked.Increment(ref requests);
                if (result.Status != System.Net.HttpStatusCode.OK || result.Errors.Count > 0)
                {
                    unexpected.Enqueue(result.ToString());
                    continue;
                }
                if (result.PayloadErrorCodes(payload).Count > 0)
                    Interlocked.Increment(ref refusals);
                else
                    Interlocked.Increment(ref exchanges);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Clients).Select(i => Task.Run(() => ClientAsync(i))));
        return new Result(requests, exchanges, refusals, unexpected.ToList());
    }

    public static async Task<IReadOnlyList<string>> ViolationsAsync(TimebankApiFactory api)
    {
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync();
        return await LedgerInvariants.CheckAsync(db);
    }
}

public sealed class LedgerConcurrencyTests(TimebankApiFactory api, ITestOutputHelper output) : IClassFixture<TimebankApiFactory>
{
    [Fact]
    public async Task Thirty_two_clients_exchanging_at_once_lose_nothing_and_break_no_invariant()
    {
        var timebank = await api.TimebankAsync(8);

        var result = await ParallelWorkload.RunAsync(api, timebank, TimeSpan.FromSeconds(4));
        var violations = await ParallelWorkload.ViolationsAsync(api);

        output.WriteLine($"{(TestStore.IsPostgres ? "PostgreSQL" : "SQLite")}: {ParallelWorkload.Clients} clients, {result.Requests} requests, {result.Exchanges} exchanges and confirmations, {result.Refusals} refusals");
        foreach (var failure in result.Unexpected.Take(3).Concat(violations.Take(3)))
            output.WriteLine("unexpected: " + failure);
        Assert.Empty(result.Unexpected);
        Assert.Empty(violations);
        Assert.True(result.Exchanges > 50, $"only {result.Exchanges} exchanges went through");
        // Every member stays within the timebank's default limits (the database would refuse otherwise, too).
        foreach (var member in timebank.Members)
            Assert.InRange((await member.AccountAsync(timebank)).GetProperty("available").GetInt64(), TimebankSettings.DefaultFloorMinutes, long.MaxValue);
    }

}

/// <summary>Its own database: it tampers with a balance, which no other test may see.</summary>
public sealed class InvariantCheckerTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    [Fact]
    public async Task The_invariant_checker_finds_nothing_wrong_in_sound_books_and_something_in_tampered_ones()
    {
        var timebank = await api.TimebankAsync(2);
        await timebank.Members[1].RecordAsync(api, timebank, timebank.Members[0], timebank.Members[1], 30);
        Assert.Empty(await ParallelWorkload.ViolationsAsync(api));

        // A balance changed behind the engine's back, as a lost update would leave it.
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync();
        var account = await db.Set<Account>().FirstAsync(a => a.Posted == 30);
        await db.Database.ExecuteSqlRawAsync("UPDATE accounts SET posted = posted + 1 WHERE id = {0}", account.Id.Value);

        Assert.NotEmpty(await ParallelWorkload.ViolationsAsync(api));
    }
}

/// <summary>The same parallel run with the engine's concurrency control switched off: the checker must catch it.</summary>
public sealed class BrokenEngineTests(ITestOutputHelper output) : IDisposable
{
    private readonly BrokenEngineFactory _api = new();

    [Fact]
    public async Task Without_concurrency_control_the_parallel_run_breaks_the_books_and_the_checker_says_so()
    {
        var timebank = await _api.TimebankAsync(8);

        var result = await ParallelWorkload.RunAsync(_api, timebank, TimeSpan.FromSeconds(4));
        var violations = await ParallelWorkload.ViolationsAsync(_api);

        output.WriteLine($"broken engine: {result.Requests} requests, {result.Unexpected.Count} failed outright, {violations.Count} invariant violations, e.g. {(violations.Count > 0 ? violations[0] : "none")}");
        Assert.NotEmpty(violations);
    }

    public void Dispose() => _api.Dispose();

    /// <summary>Every request reads and writes on its own: no single writer, no locks, no transaction around read-then-write.</summary>
    private sealed class BrokenEngineFactory : TimebankApiFactory
    {
        protected override void ConfigureServices(IServiceCollection services)
        {
            services.AddSingleton<ILedgerLocking, UnsafeLocking>();
            services.AddSingleton<ILedgerWriter, UnsafeLedgerWriter>();
        }
    }

    private sealed class UnsafeLocking : ILedgerLocking
    {
        public bool SharesSqliteWriter => false;

        public Task<IDbContextTransaction?> BeginAsync(TimebankDbContext db, CancellationToken cancellationToken) => Task.FromResult<IDbContextTransaction?>(null);
    }

    private sealed class UnsafeLedgerWriter(LedgerBatchRunner runner, OutcomeJson outcomes) : ILedgerWriter
    {
        public async Task<TResult> SubmitAsync<TResult>(ILedgerCommand<TResult> command, IdempotentRequest? idempotency, CancellationToken cancellationToken)
            where TResult : class
        {
            var submission = LedgerSubmission.Of(command, idempotency);
            await runner.RunAsync([submission], CancellationToken.None);
            return await submission.ResultAsync<TResult>(outcomes, cancellationToken);
        }
    }
}

/// <summary>The commit succeeds but the reply is lost; the client retries with the same key.</summary>
public sealed class LostReplyTests : IDisposable
{
    private readonly LostReplyFactory _api = new();

    [Fact]
    public async Task A_retry_after_a_reply_lost_past_the_commit_makes_exactly_one_transfer()
    {
        var timebank = await _api.TimebankAsync();
        var (giver, receiver) = (timebank.Members[0], timebank.Members[1]);

        _api.LoseNextReply();
        var lost = await receiver.Client.RunAsync("recordExchange", Input(timebank, giver, receiver));
        var retried = (await receiver.Client.RunAsync("recordExchange", Input(timebank, giver, receiver))).ShouldSucceed();

        Assert.Contains("INTERNAL_ERROR", lost.ErrorCodes);
        Assert.Empty(retried.PayloadErrorCodes("recordExchange"));
        Assert.Equal(45, await giver.PostedAsync(timebank));
        await using var db = await _api.Services.GetRequiredService<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.Set<Exchange>().CountAsync(e => e.Kind == ExchangeKind.Exchange));
        Assert.Equal(1, await db.Set<Transfer>().CountAsync(t => t.Code == (int)ExchangeKind.Exchange));
        Assert.True(Api.Platform.GraphQL.Relay.GlobalId.TryDecode(retried.Text("recordExchange.exchange.id"), out _, out var returned));
        Assert.Equal((await db.Set<Exchange>().SingleAsync(e => e.Kind == ExchangeKind.Exchange)).Id.Value, returned);
    }

    private object Input(TestTimebank timebank, TestMember giver, TestMember receiver)
        => new { input = new { organisationId = timebank.Id, giverId = giver.Id, receiverId = receiver.Id, minutes = 45, description = "Shopping", date = _api.Today(), idempotencyKey = "shopping-monday" } };

    public void Dispose() => _api.Dispose();

    /// <summary>Hooks the write seam's after-commit event, which the ledger writer calls before it replies.</summary>
    private sealed class LostReplyFactory : TimebankApiFactory, IWriteListener
    {
        private int _armed;

        public void LoseNextReply() => Volatile.Write(ref _armed, 1);

        public void Committed(WriteSet writes)
        {
            if (writes.Writes.Any(w => w.Entity is Transfer) && Interlocked.Exchange(ref _armed, 0) == 1)
                throw new IOException("connection reset after commit");
        }

        protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IWriteListener>(this);
    }
}
