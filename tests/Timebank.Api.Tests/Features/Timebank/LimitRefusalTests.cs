using System.Text.Json;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Timebank;

/// <summary>
/// A limit refusal names and quantifies only accounts the caller may read (their own, the pool, or any for a
/// coordinator), in hours and minutes, with the input field or list position whose account stopped it.
/// </summary>
public sealed class LimitRefusalTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    private const string Errors = "errors { __typename code message ... on LimitExceededError { accountId limit limitValue balanceWouldBe field } }";

    [Fact]
    public async Task A_giver_recording_too_much_hears_the_receivers_limit_but_not_their_balance()
    {
        var timebank = await api.TimebankAsync();
        var (giver, receiver) = (timebank.Members[0], timebank.Members[1]);

        var refused = await giver.RecordAsync(api, timebank, giver, receiver, 1_000_000_000);

        Assert.Equal(["LIMIT_EXCEEDED"], refused.PayloadErrorCodes("recordExchange"));
        Assert.Equal("FLOOR", refused.Text("recordExchange.errors.0.limit"));
        Assert.Equal(JsonValueKind.Null, refused.At("recordExchange.errors.0.balanceWouldBe").ValueKind);
        Assert.Equal(JsonValueKind.Null, refused.At("recordExchange.errors.0.limitValue").ValueKind);
        Assert.Equal(JsonValueKind.Null, refused.At("recordExchange.errors.0.accountId").ValueKind);
        Assert.Equal("That would take the receiver's balance past its limit.", refused.Text("recordExchange.errors.0.message"));
    }

    [Fact]
    public async Task The_same_refusal_replayed_under_its_key_still_hides_the_receivers_balance()
    {
        var timebank = await api.TimebankAsync();
        var (giver, receiver) = (timebank.Members[0], timebank.Members[1]);
        await giver.RecordAsync(api, timebank, giver, receiver, 1_000_000_000, key: "too-much");

        var replayed = await giver.RecordAsync(api, timebank, giver, receiver, 1_000_000_000, key: "too-much");

        Assert.Equal(["LIMIT_EXCEEDED"], replayed.PayloadErrorCodes("recordExchange"));
        Assert.Equal(JsonValueKind.Null, replayed.At("recordExchange.errors.0.balanceWouldBe").ValueKind);
        Assert.DoesNotContain("1000000", replayed.Text("recordExchange.errors.0.message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_receiver_past_their_own_floor_hears_it_in_hours_and_minutes()
    {
        var timebank = await api.TimebankAsync();
        var (giver, receiver) = (timebank.Members[0], timebank.Members[1]);

        var refused = await RecordAsync(receiver, timebank, giver.Id, receiver.Id, 601);

        Assert.Equal("LIMIT_EXCEEDED", refused.GetProperty("code").GetString());
        Assert.Equal("That would take your balance to -10h 01m, past your floor of -10h 00m.", refused.GetProperty("message").GetString());
        Assert.Equal(-601, refused.GetProperty("balanceWouldBe").GetInt64());
        Assert.Equal(-600, refused.GetProperty("limitValue").GetInt64());
        Assert.Equal(await receiver.AccountIdAsync(timebank), refused.GetProperty("accountId").GetString());
        Assert.Equal("receiverId", refused.GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_receiver_does_not_hear_how_close_the_giver_is_to_their_ceiling()
    {
        var timebank = await api.TimebankAsync();
        var (giver, receiver) = (timebank.Members[0], timebank.Members[1]);
        await SetLimitsAsync(timebank, giver, floor: -600, ceiling: 100);

        var refused = await RecordAsync(receiver, timebank, giver.Id, receiver.Id, 101);

        Assert.Equal("CEILING", refused.GetProperty("limit").GetString());
        Assert.Equal("That would take the giver's balance past its limit.", refused.GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, refused.GetProperty("balanceWouldBe").ValueKind);
        Assert.Equal(JsonValueKind.Null, refused.GetProperty("limitValue").ValueKind);
        Assert.Equal(JsonValueKind.Null, refused.GetProperty("accountId").ValueKind);
        Assert.Equal("giverId", refused.GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_giver_past_their_own_ceiling_hears_it_in_hours_and_minutes()
    {
        var timebank = await api.TimebankAsync();
        var (giver, receiver) = (timebank.Members[0], timebank.Members[1]);
        await SetLimitsAsync(timebank, giver, floor: -600, ceiling: 100);

        var refused = await RecordAsync(giver, timebank, giver.Id, receiver.Id, 101);

        Assert.Equal("That would take your balance to 1h 41m, past your ceiling of 1h 40m.", refused.GetProperty("message").GetString());
        Assert.Equal(101, refused.GetProperty("balanceWouldBe").GetInt64());
        Assert.Equal("giverId", refused.GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_coordinator_hears_whose_balance_and_by_how_much()
    {
        var timebank = await api.TimebankAsync();
        var (giver, receiver) = (timebank.Members[0], timebank.Members[1]);

        var refused = await RecordAsync(timebank.Coordinator, timebank, giver.Id, receiver.Id, 660);

        Assert.Equal("That would take Member 1's balance to -11h 00m, past the floor of -10h 00m.", refused.GetProperty("message").GetString());
        Assert.Equal(-660, refused.GetProperty("balanceWouldBe").GetInt64());
        Assert.Equal(await receiver.AccountIdAsync(timebank), refused.GetProperty("accountId").GetString());
        Assert.Equal("receiverId", refused.GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_refused_group_session_names_the_attendee_who_stopped_it_and_their_place_in_the_list()
    {
        var timebank = await api.TimebankAsync(4);
        var trainer = timebank.Members[0];
        var learners = timebank.Members.Skip(1).ToList();
        await learners[2].RecordAsync(api, timebank, trainer, learners[2], 600);

        var refused = await GroupAsync(timebank.Coordinator, timebank, [trainer.Id], learners.Select(l => l.Id).ToArray(), 60);

        Assert.Equal("LIMIT_EXCEEDED", refused.GetProperty("code").GetString());
        Assert.Equal("receiverIds[2]", refused.GetProperty("field").GetString());
        Assert.Equal("That would take Member 3's balance to -11h 00m, past the floor of -10h 00m.", refused.GetProperty("message").GetString());
    }

    [Fact]
    public async Task The_one_receiver_of_a_group_hears_which_giver_stopped_it_but_not_their_balance()
    {
        var timebank = await api.TimebankAsync(3);
        var (receiver, first, second) = (timebank.Members[0], timebank.Members[1], timebank.Members[2]);
        await SetLimitsAsync(timebank, second, floor: -600, ceiling: 30);

        var refused = await GroupAsync(receiver, timebank, [first.Id, second.Id], [receiver.Id], 60);

        Assert.Equal("giverIds[1]", refused.GetProperty("field").GetString());
        Assert.Equal("That would take the balance of giver 2 in the list past its limit.", refused.GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, refused.GetProperty("balanceWouldBe").ValueKind);
        Assert.Equal(JsonValueKind.Null, refused.GetProperty("accountId").ValueKind);
    }

    [Fact]
    public async Task Granting_from_an_empty_pool_says_so_in_hours_and_minutes()
    {
        var timebank = await api.TimebankAsync(1);

        var result = (await timebank.Coordinator.Client.PostAsync(
            $"mutation($input: GrantHoursInput!) {{ grantHours(input: $input) {{ {Errors} }} }}",
            new { input = new { organisationId = timebank.Id, memberId = timebank.Members[0].Id, minutes = 60, reason = "Welcome", idempotencyKey = "g" } })).ShouldSucceed();

        var refused = result.At("grantHours.errors.0");
        Assert.Equal("That would take the pool's balance to -1h 00m, past the floor of 0h 00m.", refused.GetProperty("message").GetString());
        Assert.Equal(-60, refused.GetProperty("balanceWouldBe").GetInt64());
    }

    [Fact]
    public async Task A_member_donating_past_their_floor_hears_it_about_their_own_balance()
    {
        var timebank = await api.TimebankAsync(1);

        var result = (await timebank.Members[0].Client.PostAsync(
            $"mutation($input: DonateHoursInput!) {{ donateHours(input: $input) {{ {Errors} }} }}",
            new { input = new { organisationId = timebank.Id, minutes = 601, idempotencyKey = "d" } })).ShouldSucceed();

        Assert.Equal("That would take your balance to -10h 01m, past your floor of -10h 00m.", result.Text("donateHours.errors.0.message"));
    }

    [Fact]
    public async Task Confirming_more_than_was_held_says_how_much_is_held_in_hours_and_minutes()
    {
        var timebank = await api.TimebankAsync();
        var (giver, receiver) = (timebank.Members[0], timebank.Members[1]);
        var exchangeId = (await giver.RecordAsync(api, timebank, giver, receiver, 60)).Text("recordExchange.exchange.id");

        var result = (await receiver.Client.RunAsync("confirmExchange", new { input = new { exchangeId, minutes = 61, idempotencyKey = "c" } })).ShouldSucceed();

        Assert.Equal(["AMOUNT_EXCEEDS_HOLD"], result.PayloadErrorCodes("confirmExchange"));
        Assert.Equal("Only 1h 00m is held; post that much or less.", result.Text("confirmExchange.errors.0.message"));
    }

    [Fact]
    public async Task Limits_that_conflict_with_the_balance_say_the_balance_in_hours_and_minutes()
    {
        var timebank = await api.TimebankAsync();
        var (giver, receiver) = (timebank.Members[0], timebank.Members[1]);
        await receiver.RecordAsync(api, timebank, giver, receiver, 300);

        var result = (await timebank.Coordinator.Client.RunAsync("setBalanceLimits", new { input = new { accountId = await receiver.AccountIdAsync(timebank), floor = -120 } })).ShouldSucceed();

        Assert.Equal("The account's balance (-5h 00m, -5h 00m available) already lies outside those limits.", result.Text("setBalanceLimits.errors.0.message"));
    }

    private async Task<JsonElement> RecordAsync(TestMember recorder, TestTimebank timebank, string giverId, string receiverId, long minutes)
        => (await recorder.Client.PostAsync($"mutation($input: RecordExchangeInput!) {{ recordExchange(input: $input) {{ {Errors} }} }}", new
        {
            input = new { organisationId = timebank.Id, giverId, receiverId, minutes, description = "Gardening", date = api.Today(), idempotencyKey = Guid.NewGuid().ToString() },
        })).ShouldSucceed().At("recordExchange.errors.0");

    private async Task<JsonElement> GroupAsync(TestMember recorder, TestTimebank timebank, string[] givers, string[] receivers, long minutes)
        => (await recorder.Client.PostAsync($"mutation($input: RecordGroupExchangeInput!) {{ recordGroupExchange(input: $input) {{ {Errors} }} }}", new
        {
            input = new { organisationId = timebank.Id, giverIds = givers, receiverIds = receivers, minutes, description = "Cooking class", date = api.Today(), idempotencyKey = Guid.NewGuid().ToString() },
        })).ShouldSucceed().At("recordGroupExchange.errors.0");

    private static async Task SetLimitsAsync(TestTimebank timebank, TestMember member, long floor, long ceiling)
    {
        var set = (await timebank.Coordinator.Client.RunAsync("setBalanceLimits", new { input = new { accountId = await member.AccountIdAsync(timebank), floor, ceiling } })).ShouldSucceed();
        Assert.Empty(set.PayloadErrorCodes("setBalanceLimits"));
    }
}
