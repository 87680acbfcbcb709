using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Brokerage;

[Collection(BrokerageHost.Name)]
public sealed class BrokerageCloseTests(TimebankApiFactory api)
{
    [Fact]
    public async Task Closing_twice_is_refused_and_a_retry_with_the_same_key_moves_the_hours_once()
    {
        var (timebank, person, broker, request) = await ArrangedAsync(120);

        var first = await person.CloseAsync(request, 120, key: "close-1");
        var retry = await person.CloseAsync(request, 120, key: "close-1");
        var again = await person.CloseAsync(request, 60, key: "close-2");
        var byCoordinator = await timebank.Coordinator.CloseAsync(request, 120);

        Assert.Empty(first.PayloadErrorCodes("closeBrokerageRequest"));
        Assert.Empty(retry.PayloadErrorCodes("closeBrokerageRequest"));
        Assert.Equal(first.Text("closeBrokerageRequest.exchange.id"), retry.Text("closeBrokerageRequest.exchange.id"));
        Assert.Equal(["ALREADY_CLOSED"], again.PayloadErrorCodes("closeBrokerageRequest"));
        Assert.Equal(["ALREADY_CLOSED"], byCoordinator.PayloadErrorCodes("closeBrokerageRequest"));
        Assert.Equal(120, await broker.Member.PostedAsync(timebank));
        Assert.Equal(-120, await person.PostedAsync(timebank));
    }

    [Fact]
    public async Task Closing_by_the_broker_or_by_someone_who_may_not_read_the_request_is_refused_and_nothing_is_written()
    {
        var (timebank, person, broker, request) = await ArrangedAsync(60);
        var stranger = await api.SignUpAsync("Stranger");
        await stranger.JoinApprovedAsync(timebank.Organisation, timebank.Coordinator);

        var byBroker = await broker.Member.CloseAsync(request, 60);
        var byStranger = await stranger.CloseAsync(request, 60);

        Assert.Equal(["NOT_ALLOWED"], byBroker.PayloadErrorCodes("closeBrokerageRequest"));
        Assert.Equal(["NOT_FOUND"], byStranger.PayloadErrorCodes("closeBrokerageRequest"));
        Assert.Equal("ARRANGED", (await person.Client.ReadRequestAsync(request)).GetProperty("state").GetString());
        Assert.Equal(0, await broker.Member.PostedAsync(timebank));
        Assert.Equal(0, await person.PostedAsync(timebank));
    }

    [Fact]
    public async Task Closing_with_more_hours_than_logged_is_refused_in_hours_and_minutes_and_nothing_is_written()
    {
        var (timebank, person, broker, request) = await ArrangedAsync(90, 60);

        var refused = await person.CloseAsync(request, 180);

        Assert.Equal(["MORE_HOURS_THAN_LOGGED"], refused.PayloadErrorCodes("closeBrokerageRequest"));
        Assert.Equal("3 hours is more than the 2 hours 30 minutes of sessions logged; log the rest first, or close with 2 hours 30 minutes or less.",
            refused.Text("closeBrokerageRequest.errors.0.message"));
        Assert.Equal("ARRANGED", (await person.Client.ReadRequestAsync(request)).GetProperty("state").GetString());
        Assert.Equal(0, await broker.Member.PostedAsync(timebank));
    }

    [Fact]
    public async Task A_person_who_cannot_go_further_into_debit_is_paid_for_by_the_pool_only_once_a_coordinator_sets_the_brokerage_grant()
    {
        var (timebank, person, broker, request) = await ArrangedAsync(60);
        var limits = await timebank.Coordinator.StepAsync("setBalanceLimits", new { accountId = await person.AccountIdAsync(timebank), floor = 0 });
        Assert.Empty(limits.PayloadErrorCodes("setBalanceLimits"));
        var donor = timebank.Members[1];
        await broker.Member.RecordAsync(api, timebank, donor, broker.Member, 60);
        await donor.Client.RunAsync("donateHours", new { input = new { organisationId = timebank.Id, minutes = 60, idempotencyKey = "donation" } });

        var withoutGrant = await person.CloseAsync(request, 60, key: "k1");
        var granted = await timebank.Coordinator.StepAsync("configureBrokerage", new { organisationId = timebank.Id, grantFromPool = true });
        var withGrant = await person.CloseAsync(request, 60, key: "k2");

        Assert.Equal(["NO_ONE_CAN_PAY"], withoutGrant.PayloadErrorCodes("closeBrokerageRequest"));
        Assert.Contains("the person's account would go past its lowest allowed balance", withoutGrant.Text("closeBrokerageRequest.errors.0.message"), StringComparison.Ordinal);
        Assert.True(granted.At("configureBrokerage.brokerageSettings.grantFromPool").GetBoolean());
        Assert.Empty(withGrant.PayloadErrorCodes("closeBrokerageRequest"));
        Assert.Equal("GRANT", withGrant.Text("closeBrokerageRequest.exchange.kind"));
        Assert.Equal(0, await person.PostedAsync(timebank));
        Assert.Equal(0, await broker.Member.PostedAsync(timebank)); // received 60 from the donor, then paid 60 by the pool
        var pool = (await timebank.Coordinator.Client.RunAsync("timebank", new { organisationId = timebank.Id })).ShouldSucceed().At("timebank.poolAccount");
        Assert.Equal(0, pool.GetProperty("posted").GetInt64());
    }

    [Fact]
    public async Task Closing_with_no_hours_moves_nothing_and_the_request_is_closed()
    {
        var (timebank, person, broker, request) = await ArrangedAsync(30);

        var closed = await person.CloseAsync(request, 0);

        Assert.Empty(closed.PayloadErrorCodes("closeBrokerageRequest"));
        Assert.Equal("CLOSED", closed.Text("closeBrokerageRequest.brokerageRequest.state"));
        Assert.Null(closed.Text("closeBrokerageRequest.exchange"));
        Assert.Equal(0, await broker.Member.PostedAsync(timebank));
    }

    private async Task<(TestTimebank Timebank, TestMember Person, TestBroker Broker, string Request)> ArrangedAsync(params long[] sessions)
    {
        var timebank = await api.TimebankAsync(2);
        var person = timebank.Members[0];
        var broker = await api.BrokerAsync(timebank, "Broker");
        return (timebank, person, broker, await person.ArrangedAsync(timebank, broker, api, sessions));
    }
}

[Collection(BrokerageHost.Name)]
public sealed class BrokerageInputTests(TimebankApiFactory api)
{
    [Fact]
    public async Task A_district_language_or_postcode_that_is_not_one_is_a_typed_error_naming_its_place_and_nothing_is_written()
    {
        var timebank = await api.TimebankAsync(1);
        var broker = await api.BrokerAsync(timebank, "Careful", areas: ["CV1"]);

        var badArea = await broker.Member.UpsertProfileAsync(timebank, ["CV1", "NOT A DISTRICT"], [], ["benefits"], ["en"]);
        var badLanguage = await broker.Member.UpsertProfileAsync(timebank, ["CV1"], [], ["benefits"], ["english please"]);
        var badRequestArea = (await timebank.Members[0].Client.RunAsync("requestBrokerage", new
        {
            input = new { organisationId = timebank.Id, whatToArrange = "Respite", area = "ZZZZ 99", judgedIneligible = false, involvesAdultAtRisk = false },
        })).ShouldSucceed();

        Assert.Equal(["NOT_A_POSTCODE_DISTRICT"], badArea.PayloadErrorCodes("upsertBrokerProfile"));
        Assert.Contains("areasServed[1]", badArea.Text("upsertBrokerProfile.errors.0.message"), StringComparison.Ordinal);
        Assert.Single(badLanguage.PayloadErrorCodes("upsertBrokerProfile"));
        Assert.Single(badRequestArea.PayloadErrorCodes("requestBrokerage"));
        var profile = (await broker.Member.Client.RunAsync("memberBrokerProfile", new { memberId = broker.Member.Id, organisationId = timebank.Id })).ShouldSucceed();
        Assert.Equal(["CV1"], profile.At("node.brokerProfile.areasServed").EnumerateArray().Select(a => a.GetString()));
    }
}
