using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Timebank;

public sealed class IdempotencyTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    [Fact]
    public async Task Replaying_a_key_with_the_same_input_returns_the_first_exchange_and_moves_nothing_again()
    {
        var timebank = await api.TimebankAsync();
        var (giver, receiver) = (timebank.Members[0], timebank.Members[1]);

        var first = await receiver.RecordAsync(api, timebank, giver, receiver, 30, key: "lunch-7");
        var replay = await receiver.RecordAsync(api, timebank, giver, receiver, 30, key: "lunch-7");

        Assert.Equal(first.Text("recordExchange.exchange.id"), replay.Text("recordExchange.exchange.id"));
        Assert.Empty(replay.PayloadErrorCodes("recordExchange"));
        Assert.Equal(30, await giver.PostedAsync(timebank));
    }

    [Fact]
    public async Task The_same_key_with_different_input_is_a_typed_error()
    {
        var timebank = await api.TimebankAsync();
        var (giver, receiver) = (timebank.Members[0], timebank.Members[1]);
        await receiver.RecordAsync(api, timebank, giver, receiver, 30, key: "k");

        var other = await receiver.RecordAsync(api, timebank, giver, receiver, 45, key: "k");

        Assert.Equal(["IDEMPOTENCY_KEY_REUSED"], other.PayloadErrorCodes("recordExchange"));
        Assert.Equal(30, await giver.PostedAsync(timebank));
    }

    [Fact]
    public async Task A_refusal_stays_a_refusal_on_replay_even_after_the_cause_is_gone()
    {
        var timebank = await api.TimebankAsync();
        var (giver, receiver) = (timebank.Members[0], timebank.Members[1]);
        await receiver.RecordAsync(api, timebank, giver, receiver, 600);
        var refused = await receiver.RecordAsync(api, timebank, giver, receiver, 60, key: "too-much");
        await timebank.Coordinator.Client.RunAsync("setBalanceLimits", new { input = new { accountId = await receiver.AccountIdAsync(timebank), floor = -6000 } });

        var replay = await receiver.RecordAsync(api, timebank, giver, receiver, 60, key: "too-much");
        var fresh = await receiver.RecordAsync(api, timebank, giver, receiver, 60, key: "fresh");

        Assert.Equal(["LIMIT_EXCEEDED"], refused.PayloadErrorCodes("recordExchange"));
        Assert.Equal(refused.At("recordExchange.errors").ToString(), replay.At("recordExchange.errors").ToString());
        Assert.Empty(fresh.PayloadErrorCodes("recordExchange"));
    }

    [Fact]
    public async Task Keys_belong_to_the_member_who_sends_them()
    {
        var timebank = await api.TimebankAsync(3);
        var (ann, bob, cath) = (timebank.Members[0], timebank.Members[1], timebank.Members[2]);

        var byBob = await bob.RecordAsync(api, timebank, ann, bob, 30, key: "shared-key");
        var byCath = await cath.RecordAsync(api, timebank, ann, cath, 30, key: "shared-key");

        Assert.Empty(byCath.PayloadErrorCodes("recordExchange"));
        Assert.NotEqual(byBob.Text("recordExchange.exchange.id"), byCath.Text("recordExchange.exchange.id"));
        Assert.Equal(60, await ann.PostedAsync(timebank));
    }

    [Fact]
    public async Task Concurrent_requests_with_one_key_move_the_hours_once()
    {
        var timebank = await api.TimebankAsync();
        var (giver, receiver) = (timebank.Members[0], timebank.Members[1]);

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => receiver.RecordAsync(api, timebank, giver, receiver, 15, key: "same-moment")));

        Assert.Single(results.Select(r => r.Text("recordExchange.exchange.id")).Distinct());
        Assert.Equal(15, await giver.PostedAsync(timebank));
    }

    [Fact]
    public async Task A_key_is_required_for_moving_hours()
    {
        var timebank = await api.TimebankAsync();

        var result = await timebank.Members[1].RecordAsync(api, timebank, timebank.Members[0], timebank.Members[1], 15, key: "   ");

        Assert.Equal("idempotencyKey", result.Text("recordExchange.errors.0.field"));
    }
}
