using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using Timebank.Api.Features.Flexi;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Api.Tests.Infrastructure;
using Timebank.Domain.Ledger;
using Timebank.Domain.Organisations;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Tests.Features.Ledger;

/// <summary>
/// The writer keeps committed account states in memory (SQLite) and balance reads use them: a change made by any
/// other connection must still be seen, by the writer's next batch at once and by reads shortly after.
/// </summary>
public sealed class CommittedStateTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    [Fact]
    public async Task Limits_changed_by_another_connection_are_used_by_the_next_exchange_and_then_shown()
    {
        var timebank = await api.TimebankAsync();
        var (giver, receiver) = (timebank.Members[0], timebank.Members[1]);
        await receiver.RecordAsync(api, timebank, giver, receiver, 30);
        // Giving earns hours; receiving spends them, so it is the receiver's floor that counts.
        var before = await receiver.AccountAsync(timebank);
        var accountId = GlobalId.Parse<Account>(before.GetProperty("id").GetString(), "Account", "id").Value;

        await using (var other = await api.Services.GetRequiredService<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync())
            await other.Database.ExecuteSqlRawAsync("UPDATE accounts SET floor = -100000 WHERE id = {0}", accountId);
        // Past the old floor (-600), within the new one: only a writer that noticed the other connection allows it.
        var recorded = (await receiver.RecordAsync(api, timebank, giver, receiver, 1_000)).ShouldSucceed();

        Assert.Equal(-600, before.GetProperty("floor").GetInt64());
        Assert.Empty(recorded.PayloadErrorCodes("recordExchange"));
        var shown = await Eventually(async () => await receiver.AccountAsync(timebank), a => a.GetProperty("floor").GetInt64() == -100_000);
        Assert.Equal(-1_030, shown.GetProperty("posted").GetInt64());
    }

    [Fact]
    public void A_read_that_raced_a_commit_never_replaces_the_committed_state_and_a_dropped_set_refuses_old_offers()
    {
        var states = new CommittedAccounts(Options.Create(new LedgerOptions()));
        var ledger = Domain.Ledger.Ledger.Open(Id<Organisation>.New(), TimebankLedger.Hours, TimebankLedger.Unit, Instant.FromUnixTimeSeconds(0));
        var committed = ledger.OpenAccount(TimebankLedger.MemberHours, Guid.NewGuid(), BalanceLimits.None, Instant.FromUnixTimeSeconds(0));
        var readEarlier = committed.Copy();
        var other = ledger.OpenAccount(TimebankLedger.MemberHours, Guid.NewGuid(), BalanceLimits.None, Instant.FromUnixTimeSeconds(0));

        var beforeAnyCheck = states.TryGet(committed.Id, out _);
        states.Checked();
        var generation = states.Generation;
        states.Publish([committed]);
        states.Offer(committed.Id, readEarlier, generation);
        states.Forget();
        states.Offer(other.Id, other, generation);

        Assert.False(beforeAnyCheck);
        Assert.False(states.TryGet(committed.Id, out _));
        Assert.False(states.TryGet(other.Id, out _));
        states.Publish([committed]);
        Assert.True(states.TryGet(committed.Id, out var found));
        Assert.Same(committed, found);
    }

    [Fact]
    public async Task A_batch_the_database_refuses_is_rolled_back_and_the_writer_takes_the_next_one()
    {
        var timebank = await api.TimebankAsync();
        var (giver, receiver) = (timebank.Members[0], timebank.Members[1]);
        var writer = api.Services.GetRequiredService<ILedgerWriter>();
        // A row naming a service that does not exist: the database refuses the batch's commit.
        var broken = new LedgerCommand<string>(new LedgerNeeds([]), (_, _, inserts) =>
        {
            inserts.Add(new FlexiMovement("refused:" + Guid.NewGuid(), Id<Domain.Flexi.Services.FlexiService>.New(),
                Domain.Flexi.Movements.FlexiUnit.Minutes, Id<Transfer>.New(), "refused"));
            return "written";
        });

        await Assert.ThrowsAnyAsync<Exception>(() => writer.SubmitAsync(broken, null, CancellationToken.None));
        var recorded = (await receiver.RecordAsync(api, timebank, giver, receiver, 30)).ShouldSucceed();

        Assert.Empty(recorded.PayloadErrorCodes("recordExchange"));
        Assert.Equal(30, (await giver.AccountAsync(timebank)).GetProperty("posted").GetInt64());
    }

    private static async Task<T> Eventually<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        for (var attempt = 0; ; attempt++)
        {
            var value = await read();
            if (done(value) || attempt == 50)
                return value;
            await Task.Delay(100);
        }
    }
}
