using System.Text.Json;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Timebank;

/// <summary>configureTimebank changes what it is sent: a field left out keeps its value, an explicit null clears it.</summary>
public sealed class ConfigureTimebankTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    [Fact]
    public async Task Sending_only_the_confirmation_window_keeps_the_limits()
    {
        var timebank = await api.TimebankAsync(0);

        var configured = (await timebank.Coordinator.Client.RunAsync("configureTimebank", new { input = new { organisationId = timebank.Id, confirmationDays = 7 } })).ShouldSucceed();

        Assert.Empty(configured.PayloadErrorCodes("configureTimebank"));
        Assert.Equal(7, configured.At("configureTimebank.timebank.confirmationDays").GetInt32());
        Assert.Equal(-600, configured.At("configureTimebank.timebank.memberFloor").GetInt64());
        Assert.Equal(-540, configured.At("configureTimebank.timebank.memberWarnBelow").GetInt64());
        Assert.Equal("Europe/London", configured.Text("configureTimebank.timebank.timeZone"));
    }

    [Fact]
    public async Task Sending_only_a_limit_keeps_the_confirmation_window_and_the_other_limits()
    {
        var timebank = await api.TimebankAsync(0);
        await timebank.Coordinator.Client.RunAsync("configureTimebank", new { input = new { organisationId = timebank.Id, confirmationDays = 9, memberCeiling = 6000 } });

        var configured = (await timebank.Coordinator.Client.RunAsync("configureTimebank", new { input = new { organisationId = timebank.Id, memberFloor = -900 } })).ShouldSucceed();

        Assert.Empty(configured.PayloadErrorCodes("configureTimebank"));
        Assert.Equal(-900, configured.At("configureTimebank.timebank.memberFloor").GetInt64());
        Assert.Equal(6000, configured.At("configureTimebank.timebank.memberCeiling").GetInt64());
        Assert.Equal(-540, configured.At("configureTimebank.timebank.memberWarnBelow").GetInt64());
        Assert.Equal(9, configured.At("configureTimebank.timebank.confirmationDays").GetInt32());
    }

    [Fact]
    public async Task An_explicit_null_clears_a_limit_and_only_that_one()
    {
        var timebank = await api.TimebankAsync(0);

        var configured = (await timebank.Coordinator.Client.PostAsync(
            "mutation($id: ID!) { configureTimebank(input: { organisationId: $id, memberWarnBelow: null }) { timebank { memberFloor memberWarnBelow confirmationDays } errors { code message } } }",
            new { id = timebank.Id })).ShouldSucceed();
        var newcomer = await api.SignUpAsync("Newcomer");
        await newcomer.JoinApprovedAsync(timebank.Organisation, timebank.Coordinator);
        var account = await newcomer.AccountAsync(timebank);

        Assert.Empty(configured.PayloadErrorCodes("configureTimebank"));
        Assert.Equal(JsonValueKind.Null, configured.At("configureTimebank.timebank.memberWarnBelow").ValueKind);
        Assert.Equal(-600, configured.At("configureTimebank.timebank.memberFloor").GetInt64());
        Assert.Equal(14, configured.At("configureTimebank.timebank.confirmationDays").GetInt32());
        Assert.Equal(-600, account.GetProperty("floor").GetInt64());
        Assert.Equal(JsonValueKind.Null, account.GetProperty("warnBelow").ValueKind);
    }
}
