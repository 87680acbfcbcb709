using System.Text.Json;
using NodaTime;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Timebank;

public sealed class ExchangeTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    [Fact]
    public async Task An_exchange_the_receiver_records_moves_the_hours_at_once()
    {
        var timebank = await api.TimebankAsync();
        var (giver, receiver) = (timebank.Members[0], timebank.Members[1]);

        var result = await receiver.RecordAsync(api, timebank, giver, receiver, 90);

        Assert.Empty(result.PayloadErrorCodes("recordExchange"));
        Assert.Equal("CONFIRMED", result.Text("recordExchange.exchange.status"));
        Assert.Equal(90, await giver.PostedAsync(timebank));
        Assert.Equal(-90, await receiver.PostedAsync(timebank));
    }

    [Fact]
    public async Task An_exchange_the_giver_records_holds_the_hours_until_the_receiver_confirms()
    {
        var timebank = await api.TimebankAsync();
        var (giver, receiver) = (timebank.Members[0], timebank.Members[1]);

        var recorded = await giver.RecordAsync(api, timebank, giver, receiver, 60);
        var held = await receiver.AccountAsync(timebank);
        var confirmed = (await receiver.Client.RunAsync("confirmExchange", new { input = new { exchangeId = recorded.Text("recordExchange.exchange.id"), idempotencyKey = "c1" } })).ShouldSucceed();

        Assert.Equal("AWAITING_CONFIRMATION", recorded.Text("recordExchange.exchange.status"));
        Assert.NotNull(recorded.Text("recordExchange.exchange.expiresAt"));
        Assert.Equal(0, held.GetProperty("posted").GetInt64());
        Assert.Equal(-60, held.GetProperty("available").GetInt64());
        Assert.Equal(60, held.GetProperty("pendingDebits").GetInt64());
        Assert.Equal("CONFIRMED", confirmed.Text("confirmExchange.exchange.status"));
        Assert.Equal(60, await giver.PostedAsync(timebank));
        Assert.Equal(0, (await receiver.AccountAsync(timebank)).GetProperty("pendingDebits").GetInt64());
    }

    [Fact]
    public async Task The_receiver_may_confirm_fewer_minutes_and_the_rest_is_released()
    {
        var timebank = await api.TimebankAsync();
        var (giver, receiver) = (timebank.Members[0], timebank.Members[1]);
        var recorded = await giver.RecordAsync(api, timebank, giver, receiver, 120);

        var confirmed = (await receiver.Client.RunAsync("confirmExchange", new { input = new { exchangeId = recorded.Text("recordExchange.exchange.id"), minutes = 45, idempotencyKey = "c" } })).ShouldSucceed();

        Assert.Equal(45, confirmed.At("confirmExchange.exchange.postedMinutes").GetInt64());
        Assert.Equal(-45, await receiver.PostedAsync(timebank));
        Assert.Equal(-45, (await receiver.AccountAsync(timebank)).GetProperty("available").GetInt64());
    }

    [Fact]
    public async Task Declining_releases_the_held_hours_and_a_declined_exchange_cannot_be_confirmed()
    {
        var timebank = await api.TimebankAsync();
        var (giver, receiver) = (timebank.Members[0], timebank.Members[1]);
        var exchangeId = (await giver.RecordAsync(api, timebank, giver, receiver, 60)).Text("recordExchange.exchange.id");

        var declined = (await receiver.Client.RunAsync("declineExchange", new { input = new { exchangeId, idempotencyKey = "d" } })).ShouldSucceed();
        var confirm = (await receiver.Client.RunAsync("confirmExchange", new { input = new { exchangeId, idempotencyKey = "c" } })).ShouldSucceed();

        Assert.Equal("DECLINED", declined.Text("declineExchange.exchange.status"));
        Assert.Equal(0, (await receiver.AccountAsync(timebank)).GetProperty("available").GetInt64());
        Assert.Equal(["HOLD_RESOLVED"], confirm.PayloadErrorCodes("confirmExchange"));
    }

    [Fact]
    public async Task An_unconfirmed_exchange_expires_at_its_deadline_without_anyone_looking()
    {
        var timebank = await api.TimebankAsync();
        var (giver, receiver) = (timebank.Members[0], timebank.Members[1]);
        var exchangeId = (await giver.RecordAsync(api, timebank, giver, receiver, 60)).Text("recordExchange.exchange.id");

        api.Clock.Advance(Duration.FromDays(14));
        await giver.RefreshTokenAsync();
        await receiver.RefreshTokenAsync();
        await WaitUntilAsync(async () => (await receiver.AccountAsync(timebank)).GetProperty("pendingDebits").GetInt64() == 0);
        var status = (await giver.Client.PostAsync("query($id: ID!) { node(id: $id) { ... on Exchange { status } } }", new { id = exchangeId })).ShouldSucceed();
        var late = (await receiver.Client.RunAsync("confirmExchange", new { input = new { exchangeId, idempotencyKey = "late" } })).ShouldSucceed();

        Assert.Equal("EXPIRED", status.Text("node.status"));
        Assert.Equal(["HOLD_RESOLVED"], late.PayloadErrorCodes("confirmExchange"));
        Assert.Equal(0, await giver.PostedAsync(timebank));
    }

    [Fact]
    public async Task Nobody_else_records_an_exchange_between_two_members()
    {
        var timebank = await api.TimebankAsync(3);

        var result = await timebank.Members[2].RecordAsync(api, timebank, timebank.Members[0], timebank.Members[1], 60);

        Assert.Equal(["NOT_ALLOWED"], result.PayloadErrorCodes("recordExchange"));
    }

    [Fact]
    public async Task Someone_outside_the_timebank_cannot_be_named_in_an_exchange()
    {
        var timebank = await api.TimebankAsync(1);
        var outsider = await api.SignUpAsync();

        var result = await timebank.Coordinator.RecordAsync(api, timebank, outsider.Id, timebank.Members[0].Id, 30);

        Assert.Equal("ValidationError", result.Text("recordExchange.errors.0.__typename"));
        Assert.Equal("giverId", result.Text("recordExchange.errors.0.field"));
        Assert.Equal(0, await timebank.Members[0].PostedAsync(timebank));
    }

    [Fact]
    public async Task A_coordinator_records_exchanges_for_an_assisted_member_who_cannot_sign_in()
    {
        var timebank = await api.TimebankAsync(1);
        var assisted = (await timebank.Coordinator.Client.RunAsync("addAssistedMember", new { input = new { organisationId = timebank.Id, displayName = "Mrs Ada Jones" } })).ShouldSucceed();
        var adaId = assisted.Text("addAssistedMember.member.id")!;

        var result = await timebank.Coordinator.RecordAsync(api, timebank, adaId, timebank.Members[0].Id, 120, description: "Knitting lesson");

        Assert.Equal("CONFIRMED", result.Text("recordExchange.exchange.status"));
        Assert.Equal("Mrs Ada Jones", result.Text("recordExchange.exchange.giver.displayName"));
        Assert.Equal(-120, await timebank.Members[0].PostedAsync(timebank));
    }

    [Fact]
    public async Task A_transfer_past_the_floor_is_refused_with_nothing_written()
    {
        var timebank = await api.TimebankAsync();
        var (giver, receiver) = (timebank.Members[0], timebank.Members[1]);
        await receiver.RecordAsync(api, timebank, giver, receiver, 600);

        var refused = await receiver.RecordAsync(api, timebank, giver, receiver, 1);

        Assert.Equal(["LIMIT_EXCEEDED"], refused.PayloadErrorCodes("recordExchange"));
        Assert.Equal("FLOOR", refused.Text("recordExchange.errors.0.limit"));
        Assert.Equal(-601, refused.At("recordExchange.errors.0.balanceWouldBe").GetInt64());
        Assert.Equal(await receiver.AccountIdAsync(timebank), refused.Text("recordExchange.errors.0.accountId"));
        Assert.Equal(-600, await receiver.PostedAsync(timebank));
        Assert.Equal(600, await giver.PostedAsync(timebank));
        var statement = (await receiver.Client.RunAsync("statement", new { accountId = await receiver.AccountIdAsync(timebank) })).ShouldSucceed();
        Assert.Equal(1, statement.At("statement.totalCount").GetInt32());
    }

    [Fact]
    public async Task Passing_the_soft_floor_is_allowed_with_a_warning_for_the_member_concerned()
    {
        var timebank = await api.TimebankAsync();
        var (giver, receiver) = (timebank.Members[0], timebank.Members[1]);

        var result = await receiver.RecordAsync(api, timebank, giver, receiver, 550);

        var warning = Assert.Single(result.At("recordExchange.warnings").EnumerateArray());
        Assert.Equal("BELOW_SOFT_FLOOR", warning.GetProperty("code").GetString());
        Assert.Equal(-550, warning.GetProperty("balance").GetInt64());
        Assert.Equal(-540, warning.GetProperty("threshold").GetInt64());
        Assert.Equal(await receiver.AccountIdAsync(timebank), warning.GetProperty("accountId").GetString());
    }

    [Theory]
    [InlineData(0, "minutes")]
    [InlineData(-5, "minutes")]
    [InlineData(1_000_000_000_001, "minutes")]
    public async Task Amounts_must_be_positive_and_bounded(long minutes, string field)
    {
        var timebank = await api.TimebankAsync();

        var result = await timebank.Members[1].RecordAsync(api, timebank, timebank.Members[0], timebank.Members[1], minutes);

        Assert.Equal("ValidationError", result.Text("recordExchange.errors.0.__typename"));
        Assert.Equal(field, result.Text("recordExchange.errors.0.field"));
    }

    [Fact]
    public async Task Exchanges_cannot_be_dated_in_the_future_or_be_with_oneself()
    {
        var timebank = await api.TimebankAsync();
        var member = timebank.Members[0];
        var tomorrow = api.Clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/London"]).Date.PlusDays(1).ToString("yyyy-MM-dd", null);

        var future = await member.RecordAsync(api, timebank, timebank.Members[1], member, 30, date: tomorrow);
        var self = await member.RecordAsync(api, timebank, member, member, 30);

        Assert.Equal("date", future.Text("recordExchange.errors.0.field"));
        Assert.Equal("receiverId", self.Text("recordExchange.errors.0.field"));
    }

    [Fact]
    public async Task A_statement_lists_each_movement_with_the_running_balance_and_filters_by_date()
    {
        var timebank = await api.TimebankAsync();
        var (ann, bob) = (timebank.Members[0], timebank.Members[1]);
        await bob.RecordAsync(api, timebank, ann, bob, 60);
        api.Clock.Advance(Duration.FromDays(2));
        await ann.RefreshTokenAsync();
        await bob.RefreshTokenAsync();
        await ann.RecordAsync(api, timebank, bob, ann, 15);
        await bob.RecordAsync(api, timebank, ann, bob, 30);

        var all = (await ann.Client.RunAsync("statement", new { accountId = await ann.AccountIdAsync(timebank) })).ShouldSucceed();
        var lastTwoDays = (await ann.Client.RunAsync("statement", new { accountId = await ann.AccountIdAsync(timebank), from = api.Today() })).ShouldSucceed();

        var lines = all.At("statement.edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.Equal([60L, -15L, 30L], lines.Select(l => l.GetProperty("change").GetInt64()));
        Assert.Equal([60L, 45L, 75L], lines.Select(l => l.GetProperty("balanceAfter").GetInt64()));
        Assert.Equal([1L, 2L, 3L], lines.Select(l => l.GetProperty("sequence").GetInt64()));
        Assert.Equal(2, lastTwoDays.At("statement.totalCount").GetInt32());
    }

    [Fact]
    public async Task A_group_session_credits_the_giver_once_per_receiver_or_moves_nothing()
    {
        var timebank = await api.TimebankAsync(4);
        var trainer = timebank.Members[0];
        var learners = timebank.Members.Skip(1).ToList();
        // One learner is already at the floor, so the whole session is refused.
        await learners[2].RecordAsync(api, timebank, trainer, learners[2], 600);

        var refused = await GroupAsync(timebank, [trainer.Id], learners.Select(l => l.Id).ToArray(), 60);
        var trainerAfterRefusal = await trainer.PostedAsync(timebank);
        var posted = await GroupAsync(timebank, [trainer.Id], learners.Take(2).Select(l => l.Id).ToArray(), 60);

        Assert.Equal(["LIMIT_EXCEEDED"], refused.PayloadErrorCodes("recordGroupExchange"));
        Assert.Equal(600, trainerAfterRefusal);
        Assert.Equal(2, posted.At("recordGroupExchange.exchanges").GetArrayLength());
        Assert.Equal(720, await trainer.PostedAsync(timebank));
        Assert.Equal(-60, await learners[0].PostedAsync(timebank));
    }

    [Fact]
    public async Task Only_coordinators_record_a_session_given_to_many()
    {
        var timebank = await api.TimebankAsync(3);

        var result = (await timebank.Members[0].Client.RunAsync("recordGroupExchange", new
        {
            input = new { organisationId = timebank.Id, giverIds = new[] { timebank.Members[0].Id }, receiverIds = timebank.Members.Skip(1).Select(m => m.Id).ToArray(), minutes = 30, description = "Talk", date = api.Today(), idempotencyKey = "g" },
        })).ShouldSucceed();

        Assert.Equal(["NOT_ALLOWED"], result.PayloadErrorCodes("recordGroupExchange"));
    }

    private async Task<GraphQLResult> GroupAsync(TestTimebank timebank, string[] givers, string[] receivers, long minutes)
        => (await timebank.Coordinator.Client.RunAsync("recordGroupExchange", new
        {
            input = new { organisationId = timebank.Id, giverIds = givers, receiverIds = receivers, minutes, description = "Cooking class", date = api.Today(), idempotencyKey = Guid.NewGuid().ToString() },
        })).ShouldSucceed();

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await condition())
                return;
            await Task.Delay(50);
        }
        Assert.Fail("condition not met within 5 seconds");
    }
}
