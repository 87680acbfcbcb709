using System.Text.Json;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Timebank;

public sealed class PoolAndCorrectionTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    [Fact]
    public async Task Hours_donated_to_the_pool_can_be_granted_and_the_pool_never_goes_below_zero()
    {
        var timebank = await api.TimebankAsync(3);
        var (ann, bob, cath) = (timebank.Members[0], timebank.Members[1], timebank.Members[2]);
        await bob.RecordAsync(api, timebank, ann, bob, 120);

        var tooEarly = await GrantAsync(timebank, cath, 60);
        var donated = (await ann.Client.RunAsync("donateHours", new { input = new { organisationId = timebank.Id, minutes = 90, idempotencyKey = "d" } })).ShouldSucceed();
        var granted = await GrantAsync(timebank, cath, 60);

        Assert.Equal(["LIMIT_EXCEEDED"], tooEarly.PayloadErrorCodes("grantHours"));
        Assert.Empty(donated.PayloadErrorCodes("donateHours"));
        Assert.Empty(granted.PayloadErrorCodes("grantHours"));
        Assert.Equal(30, await ann.PostedAsync(timebank));
        Assert.Equal(60, await cath.PostedAsync(timebank));
        var pool = (await cath.Client.RunAsync("timebank", new { organisationId = timebank.Id })).ShouldSucceed().At("timebank.poolAccount");
        Assert.Equal(30, pool.GetProperty("posted").GetInt64());
    }

    [Fact]
    public async Task Only_coordinators_grant_hours()
    {
        var timebank = await api.TimebankAsync();

        var result = (await timebank.Members[0].Client.RunAsync("grantHours", new { input = new { organisationId = timebank.Id, memberId = timebank.Members[1].Id, minutes = 60, reason = "Welcome", idempotencyKey = "g" } })).ShouldSucceed();

        Assert.Equal(["NOT_ALLOWED"], result.PayloadErrorCodes("grantHours"));
    }

    [Fact]
    public async Task A_coordinator_reverses_an_exchange_once_with_a_transfer_that_points_back()
    {
        var timebank = await api.TimebankAsync();
        var (giver, receiver) = (timebank.Members[0], timebank.Members[1]);
        var recorded = await receiver.RecordAsync(api, timebank, giver, receiver, 75);
        var transferId = recorded.Text("recordExchange.exchange.postedTransfer.id");

        var reversed = (await Reverse(timebank.Coordinator, transferId!, "Recorded twice")).ShouldSucceed();
        var again = (await Reverse(timebank.Coordinator, transferId!, "Again")).ShouldSucceed();

        Assert.Empty(reversed.PayloadErrorCodes("reverseTransfer"));
        Assert.Equal(transferId, reversed.Text("reverseTransfer.exchange.transfer.reversesId"));
        Assert.Equal("REVERSED", reversed.Text("reverseTransfer.exchange.reverses.status"));
        Assert.Equal(["ALREADY_REVERSED"], again.PayloadErrorCodes("reverseTransfer"));
        Assert.Equal(0, await giver.PostedAsync(timebank));
        Assert.Equal(0, await receiver.PostedAsync(timebank));
        var statement = (await giver.Client.RunAsync("statement", new { accountId = await giver.AccountIdAsync(timebank) })).ShouldSucceed();
        Assert.Equal([75L, 0L], statement.At("statement.edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("balanceAfter").GetInt64()));
    }

    [Fact]
    public async Task A_reversal_past_a_floor_is_refused_naming_whose_balance_and_nothing_moves()
    {
        var timebank = await api.TimebankAsync();
        var (giver, receiver) = (timebank.Members[0], timebank.Members[1]);
        var transferId = (await receiver.RecordAsync(api, timebank, giver, receiver, 75)).Text("recordExchange.exchange.postedTransfer.id")!;
        (await timebank.Coordinator.Client.RunAsync("setBalanceLimits", new { input = new { accountId = await giver.AccountIdAsync(timebank), floor = 0 } })).ShouldSucceed();
        await giver.RecordAsync(api, timebank, receiver, giver, 60);

        var refused = (await Reverse(timebank.Coordinator, transferId, "Recorded twice")).ShouldSucceed();

        Assert.Equal(["LIMIT_EXCEEDED"], refused.PayloadErrorCodes("reverseTransfer"));
        Assert.Equal("That would take Member 0's balance to -1h 00m, past the floor of 0h 00m.", refused.Text("reverseTransfer.errors.0.message"));
        Assert.Equal(15, await giver.PostedAsync(timebank));
    }

    [Fact]
    public async Task A_confirmed_hold_is_reversed_through_its_posted_transfer_and_members_cannot_reverse()
    {
        var timebank = await api.TimebankAsync();
        var (giver, receiver) = (timebank.Members[0], timebank.Members[1]);
        var exchangeId = (await giver.RecordAsync(api, timebank, giver, receiver, 40)).Text("recordExchange.exchange.id");
        var confirmed = (await receiver.Client.RunAsync("confirmExchange", new { input = new { exchangeId, idempotencyKey = "c" } })).ShouldSucceed();
        var posted = confirmed.Text("confirmExchange.exchange.postedTransfer.id")!;

        var byMember = (await Reverse(giver, posted, "Mine")).ShouldSucceed();
        var byCoordinator = (await Reverse(timebank.Coordinator, posted, "Mistake")).ShouldSucceed();

        Assert.Equal(["NOT_ALLOWED"], byMember.PayloadErrorCodes("reverseTransfer"));
        Assert.Empty(byCoordinator.PayloadErrorCodes("reverseTransfer"));
        Assert.Equal(0, await giver.PostedAsync(timebank));
    }

    [Fact]
    public async Task Limits_are_set_by_coordinators_and_refused_when_the_balance_already_lies_outside()
    {
        var timebank = await api.TimebankAsync();
        var (giver, receiver) = (timebank.Members[0], timebank.Members[1]);
        await receiver.RecordAsync(api, timebank, giver, receiver, 300);
        var account = await receiver.AccountIdAsync(timebank);

        var byMember = (await receiver.Client.RunAsync("setBalanceLimits", new { input = new { accountId = account, floor = -6000 } })).ShouldSucceed();
        var conflicting = (await timebank.Coordinator.Client.RunAsync("setBalanceLimits", new { input = new { accountId = account, floor = -120 } })).ShouldSucceed();
        var set = (await timebank.Coordinator.Client.RunAsync("setBalanceLimits", new { input = new { accountId = account, floor = -360, ceiling = 600, warnBelow = -320 } })).ShouldSucceed();
        var refused = await receiver.RecordAsync(api, timebank, giver, receiver, 61);

        Assert.Equal(["NOT_ALLOWED"], byMember.PayloadErrorCodes("setBalanceLimits"));
        Assert.Equal(["LIMITS_CONFLICT"], conflicting.PayloadErrorCodes("setBalanceLimits"));
        Assert.Equal(-360, set.At("setBalanceLimits.account.floor").GetInt64());
        Assert.Equal(["LIMIT_EXCEEDED"], refused.PayloadErrorCodes("recordExchange"));
    }

    [Fact]
    public async Task A_ceiling_refuses_hours_coming_in()
    {
        var timebank = await api.TimebankAsync();
        var (giver, receiver) = (timebank.Members[0], timebank.Members[1]);
        await timebank.Coordinator.Client.RunAsync("setBalanceLimits", new { input = new { accountId = await giver.AccountIdAsync(timebank), floor = -600, ceiling = 100 } });

        var refused = await receiver.RecordAsync(api, timebank, giver, receiver, 101);

        Assert.Equal("CEILING", refused.Text("recordExchange.errors.0.limit"));
    }

    [Fact]
    public async Task New_accounts_take_the_timebank_defaults_a_coordinator_configures()
    {
        var timebank = await api.TimebankAsync(0);

        var configured = (await timebank.Coordinator.Client.RunAsync("configureTimebank", new { input = new { organisationId = timebank.Id, memberFloor = -300, memberWarnBelow = -240, confirmationDays = 7, timeZone = "Europe/Dublin" } })).ShouldSucceed();
        var newcomer = await api.SignUpAsync("Newcomer");
        await newcomer.JoinApprovedAsync(timebank.Organisation, timebank.Coordinator);
        var account = await newcomer.AccountAsync(timebank);

        Assert.Equal(7, configured.At("configureTimebank.timebank.confirmationDays").GetInt32());
        Assert.Equal("Europe/Dublin", configured.Text("configureTimebank.timebank.timeZone"));
        Assert.Equal(-300, account.GetProperty("floor").GetInt64());
        Assert.Equal(-240, account.GetProperty("warnBelow").GetInt64());
    }

    private static Task<GraphQLResult> GrantAsync(TestTimebank timebank, TestMember member, long minutes)
        => timebank.Coordinator.Client.RunAsync("grantHours", new { input = new { organisationId = timebank.Id, memberId = member.Id, minutes, reason = "Welcome hours", idempotencyKey = Guid.NewGuid().ToString() } });

    private static Task<GraphQLResult> Reverse(TestMember by, string transferId, string reason)
        => by.Client.RunAsync("reverseTransfer", new { input = new { transferId, reason, idempotencyKey = Guid.NewGuid().ToString() } });
}
