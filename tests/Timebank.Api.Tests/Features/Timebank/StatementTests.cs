using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Timebank;

public sealed class StatementTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    [Fact]
    public async Task Statement_lines_say_what_each_movement_was()
    {
        var timebank = await api.TimebankAsync();
        var (ann, bob) = (timebank.Members[0], timebank.Members[1]);
        await bob.RecordAsync(api, timebank, ann, bob, 60, description: "Gardening");

        var statement = (await ann.Client.PostAsync("query($id: ID!) { statement(accountId: $id) { nodes { description } } }", new { id = await ann.AccountIdAsync(timebank) })).ShouldSucceed();

        Assert.Equal("Gardening: Member 0 gave to Member 1", statement.Text("statement.nodes.0.description"));
    }

    [Fact]
    public async Task An_assisted_members_statement_prints_in_large_print_with_opening_and_closing_balances()
    {
        var timebank = await api.TimebankAsync(1);
        var added = (await timebank.Coordinator.Client.RunAsync("addAssistedMember", new { input = new { organisationId = timebank.Id, displayName = "Mrs Ada <Jones>" } })).ShouldSucceed();
        var ada = added.Text("addAssistedMember.member.id")!;
        await timebank.Coordinator.RecordAsync(api, timebank, ada, timebank.Members[0].Id, 90, description: "Knitting");
        await timebank.Coordinator.RecordAsync(api, timebank, timebank.Members[0].Id, ada, 30, description: "Shopping");
        var accounts = (await timebank.Coordinator.Client.PostAsync("query($id: ID!) { timebank(organisationId: $id) { memberAccounts(first: 10) { nodes { id member { id } } } } }", new { id = timebank.Id })).ShouldSucceed();
        var adasAccount = accounts.At("timebank.memberAccounts.nodes").EnumerateArray().Single(a => a.GetProperty("member").GetProperty("id").GetString() == ada).GetProperty("id").GetString();

        var printed = (await timebank.Coordinator.Client.PostAsync("query($id: ID!, $from: Date!, $to: Date!) { account(id: $id) { printableStatement(from: $from, to: $to) } }",
            new { id = adasAccount, from = api.Today(), to = api.Today() })).ShouldSucceed().Text("account.printableStatement")!;

        Assert.Contains("Statement for Mrs Ada &lt;Jones&gt;", printed, StringComparison.Ordinal);
        Assert.Contains("font-size:18pt", printed, StringComparison.Ordinal);
        Assert.Contains("Knitting: Mrs Ada &lt;Jones&gt; gave to Member 0", printed, StringComparison.Ordinal);
        Assert.Contains("Balance at the start: <strong>0h 00m</strong>", printed, StringComparison.Ordinal);
        Assert.Contains("Balance at the end: <strong>1h 00m</strong>", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_backwards_date_range_is_a_coded_error_not_a_crash()
    {
        var timebank = await api.TimebankAsync();

        var result = await timebank.Members[0].Client.PostAsync("query($id: ID!) { account(id: $id) { printableStatement(from: \"2026-02-02\", to: \"2026-02-01\") } }",
            new { id = await timebank.Members[0].AccountIdAsync(timebank) });

        Assert.Equal(["VALIDATION_FAILED"], result.ErrorCodes);
    }

    [Fact]
    public async Task Every_exchange_has_a_category_the_timebanks_default_when_none_is_chosen()
    {
        var timebank = await api.TimebankAsync();

        var result = await timebank.Members[1].RecordAsync(api, timebank, timebank.Members[0], timebank.Members[1], 30);

        Assert.Equal("General", result.Text("recordExchange.exchange.category.name"));
    }

    [Fact]
    public async Task A_statement_pages_forwards_and_backwards_by_cursor_with_its_count()
    {
        var timebank = await api.TimebankAsync();
        var (ann, bob) = (timebank.Members[0], timebank.Members[1]);
        foreach (var minutes in new[] { 10, 20, 30, 40, 50 })
            await bob.RecordAsync(api, timebank, ann, bob, minutes);
        var id = await ann.AccountIdAsync(timebank);
        const string Page = "query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) { statement(accountId: $id, first: $first, after: $after, last: $last, before: $before) "
            + "{ totalCount pageInfo { hasNextPage hasPreviousPage endCursor startCursor } nodes { change balanceAfter } } }";

        var first = (await ann.Client.PostAsync(Page, new { id, first = 2 })).ShouldSucceed();
        var second = (await ann.Client.PostAsync(Page, new { id, first = 2, after = first.Text("statement.pageInfo.endCursor") })).ShouldSucceed();
        var last = (await ann.Client.PostAsync(Page, new { id, last = 2 })).ShouldSucceed();
        var beforeLast = (await ann.Client.PostAsync(Page, new { id, last = 2, before = last.Text("statement.pageInfo.startCursor") })).ShouldSucceed();

        Assert.Equal(5, first.At("statement.totalCount").GetInt32());
        Assert.Equal([10, 20], Changes(first));
        Assert.True(first.At("statement.pageInfo.hasNextPage").GetBoolean());
        Assert.Equal([30, 40], Changes(second));
        Assert.Equal([40, 50], Changes(last));
        Assert.True(last.At("statement.pageInfo.hasPreviousPage").GetBoolean());
        Assert.False(last.At("statement.pageInfo.hasNextPage").GetBoolean());
        Assert.Equal([20, 30], Changes(beforeLast));
        Assert.Equal(150, last.At("statement.nodes.1.balanceAfter").GetInt64());
    }

    private static long[] Changes(GraphQLResult page)
        => [.. page.At("statement.nodes").EnumerateArray().Select(n => n.GetProperty("change").GetInt64())];
}
