using System.Text.Json;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Timebank;

/// <summary>Who reads which account, statement and exchange: by role, over HTTP.</summary>
public sealed class TimebankAccessTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    [Fact]
    public async Task A_member_reads_their_own_account_and_statement_but_not_another_members()
    {
        var timebank = await api.TimebankAsync();
        var (ann, bob) = (timebank.Members[0], timebank.Members[1]);
        await bob.RecordAsync(api, timebank, ann, bob, 30);
        var annsAccount = await ann.AccountIdAsync(timebank);

        var own = (await ann.Client.RunAsync("account", new { id = annsAccount })).ShouldSucceed();
        var other = (await bob.Client.RunAsync("account", new { id = annsAccount })).ShouldSucceed();
        var otherStatement = (await bob.Client.RunAsync("statement", new { accountId = annsAccount })).ShouldSucceed();
        var viaNode = (await bob.Client.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = annsAccount })).ShouldSucceed();

        Assert.Equal(30, own.At("account.posted").GetInt64());
        Assert.Equal(JsonValueKind.Null, other.At("account").ValueKind);
        Assert.Equal(JsonValueKind.Null, otherStatement.At("statement").ValueKind);
        Assert.Equal(JsonValueKind.Null, viaNode.At("node").ValueKind);
    }

    [Fact]
    public async Task A_statement_line_shows_the_counterpartys_account_only_to_whom_may_read_it()
    {
        var timebank = await api.TimebankAsync();
        var (ann, bob) = (timebank.Members[0], timebank.Members[1]);
        await bob.RecordAsync(api, timebank, ann, bob, 30);
        const string query = "query($id: ID!) { statement(accountId: $id) { nodes { transfer { debitAccount { id } creditAccount { id } } } } }";

        var seenByAnn = (await ann.Client.PostAsync(query, new { id = await ann.AccountIdAsync(timebank) })).ShouldSucceed();
        var seenByCoordinator = (await timebank.Coordinator.Client.PostAsync(query, new { id = await ann.AccountIdAsync(timebank) })).ShouldSucceed();

        Assert.Equal(JsonValueKind.Null, seenByAnn.At("statement.nodes.0.transfer.debitAccount").ValueKind);
        Assert.Equal(await bob.AccountIdAsync(timebank), seenByCoordinator.Text("statement.nodes.0.transfer.debitAccount.id"));
    }

    [Fact]
    public async Task A_coordinator_reads_every_account_of_their_timebank_and_none_of_another()
    {
        var timebank = await api.TimebankAsync();
        var other = await api.TimebankAsync();
        var annsAccount = await timebank.Members[0].AccountIdAsync(timebank);

        var own = (await timebank.Coordinator.Client.RunAsync("account", new { id = annsAccount })).ShouldSucceed();
        var foreign = (await other.Coordinator.Client.RunAsync("account", new { id = annsAccount })).ShouldSucceed();
        var foreignTimebank = (await other.Coordinator.Client.RunAsync("timebank", new { organisationId = timebank.Id })).ShouldSucceed();
        var accounts = (await timebank.Coordinator.Client.PostAsync("query($id: ID!) { timebank(organisationId: $id) { memberAccounts { totalCount } } }", new { id = timebank.Id })).ShouldSucceed();

        Assert.Equal(annsAccount, own.Text("account.id"));
        Assert.Equal(JsonValueKind.Null, foreign.At("account").ValueKind);
        Assert.Equal(JsonValueKind.Null, foreignTimebank.At("timebank").ValueKind);
        // The coordinator and both members: every active member has an account from approval on.
        Assert.Equal(3, accounts.At("timebank.memberAccounts.totalCount").GetInt32());
    }

    [Fact]
    public async Task Members_see_the_exchanges_they_are_part_of_and_coordinators_see_all()
    {
        var timebank = await api.TimebankAsync(3);
        var (ann, bob, cath) = (timebank.Members[0], timebank.Members[1], timebank.Members[2]);
        await bob.RecordAsync(api, timebank, ann, bob, 30);
        var pending = await cath.RecordAsync(api, timebank, cath, ann, 20);

        var seenByCath = (await cath.Client.RunAsync("timebank", new { organisationId = timebank.Id })).ShouldSucceed();
        var seenByCoordinator = (await timebank.Coordinator.Client.RunAsync("timebank", new { organisationId = timebank.Id })).ShouldSucceed();
        var awaitingAnn = (await ann.Client.RunAsync("timebank", new { organisationId = timebank.Id, awaitingConfirmation = true })).ShouldSucceed();

        Assert.Equal(1, seenByCath.At("timebank.exchanges.totalCount").GetInt32());
        Assert.Equal(2, seenByCoordinator.At("timebank.exchanges.totalCount").GetInt32());
        Assert.Equal(pending.Text("recordExchange.exchange.id"), awaitingAnn.Text("timebank.exchanges.nodes.0.id"));
        Assert.Equal(1, awaitingAnn.At("timebank.exchanges.totalCount").GetInt32());
    }

    [Fact]
    public async Task The_report_is_for_coordinators()
    {
        var timebank = await api.TimebankAsync();

        var result = await timebank.Members[0].Client.RunAsync("timebankReport", new { organisationId = timebank.Id, from = api.Today(), to = api.Today() });

        Assert.Contains("NOT_ALLOWED", result.ErrorCodes);
    }

    [Fact]
    public async Task Anonymous_callers_are_refused_every_timebank_operation()
    {
        var timebank = await api.TimebankAsync();
        var anonymous = api.CreateGraphQLClient();

        var account = await anonymous.RunAsync("account", new { id = await timebank.Members[0].AccountIdAsync(timebank) });
        var record = await anonymous.RunAsync("recordExchange", new { input = new { organisationId = timebank.Id, giverId = timebank.Members[0].Id, receiverId = timebank.Members[1].Id, minutes = 10, description = "x", date = api.Today(), idempotencyKey = "a" } });

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, account.Status);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, record.Status);
    }
}
