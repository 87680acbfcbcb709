using NodaTime;
using NodaTime.Text;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Timebank;

/// <summary>
/// Statements are read by when the help happened: a period holds the lines dated in it (the day of the help), whenever
/// they were recorded; its opening balance counts every line dated before it, its closing balance every line dated up
/// to its last day. The same rule for statement(from, to), printableStatement and timebankReport.
/// </summary>
public sealed class ValueDateStatementTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;
    private static readonly LocalDatePattern Printed = LocalDatePattern.CreateWithInvariantCulture("d MMMM yyyy");

    private LocalDate Today => api.Clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/London"]).Date;

    [Fact]
    public async Task A_printed_statement_shows_help_recorded_late_in_the_period_it_was_given()
    {
        var (timebank, ada, account) = await AssistedMemberWithLateHelpAsync();

        var printed = (await timebank.Coordinator.Client.PostAsync("query($id: ID!, $from: Date!, $to: Date!) { account(id: $id) { printableStatement(from: $from, to: $to) } }",
            new { id = account, from = Iso.Format(Today.PlusDays(-30)), to = Iso.Format(Today.PlusDays(-10)) })).ShouldSucceed().Text("account.printableStatement")!;

        Assert.Contains("Shopping: Member 0 gave to Mrs Ada Jones", printed, StringComparison.Ordinal);
        Assert.Contains("Knitting: Mrs Ada Jones gave to Member 0", printed, StringComparison.Ordinal);
        Assert.Contains(Printed.Format(Today.PlusDays(-21)), printed, StringComparison.Ordinal);
        Assert.Contains("recorded " + Printed.Format(Today), printed, StringComparison.Ordinal);
        Assert.Contains("Balance at the start: <strong>0h 00m</strong>", printed, StringComparison.Ordinal);
        Assert.Contains("Balance at the end: <strong>-0h 45m</strong>", printed, StringComparison.Ordinal);
        Assert.Contains("by the day the help was given", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_next_period_opens_with_the_late_recorded_help_and_lists_only_its_own()
    {
        var (timebank, _, account) = await AssistedMemberWithLateHelpAsync();

        var printed = (await timebank.Coordinator.Client.PostAsync("query($id: ID!, $from: Date!, $to: Date!) { account(id: $id) { printableStatement(from: $from, to: $to) } }",
            new { id = account, from = Iso.Format(Today.PlusDays(-9)), to = Iso.Format(Today) })).ShouldSucceed().Text("account.printableStatement")!;

        Assert.Contains("Balance at the start: <strong>-0h 45m</strong>", printed, StringComparison.Ordinal);
        Assert.Contains("Tea: Member 0 gave to Mrs Ada Jones", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("Knitting", printed, StringComparison.Ordinal);
        Assert.Contains("Balance at the end: <strong>-1h 00m</strong>", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Statement_lines_carry_the_day_of_the_help_and_a_period_selects_by_it()
    {
        var (timebank, _, account) = await AssistedMemberWithLateHelpAsync();

        var statement = (await timebank.Coordinator.Client.PostAsync("query($id: ID!, $from: Date, $to: Date) { statement(accountId: $id, from: $from, to: $to) { totalCount nodes { date at change } } }",
            new { id = account, from = Iso.Format(Today.PlusDays(-30)), to = Iso.Format(Today.PlusDays(-10)) })).ShouldSucceed();
        var report = (await timebank.Coordinator.Client.RunAsync("timebankReport",
            new { organisationId = timebank.Id, from = Iso.Format(Today.PlusDays(-30)), to = Iso.Format(Today.PlusDays(-10)) })).ShouldSucceed();

        Assert.Equal(3, statement.At("statement.totalCount").GetInt32());
        Assert.Equal([Iso.Format(Today.PlusDays(-21)), Iso.Format(Today.PlusDays(-20)), Iso.Format(Today.PlusDays(-19))],
            statement.At("statement.nodes").EnumerateArray().Select(n => n.GetProperty("date").GetString()));
        Assert.Equal([-60L, -30L, 45L], statement.At("statement.nodes").EnumerateArray().Select(n => n.GetProperty("change").GetInt64()));
        Assert.Equal(3, report.At("timebankReport.exchangeCount").GetInt32());
        Assert.Equal(135, report.At("timebankReport.minutesExchanged").GetInt64());
    }

    [Fact]
    public async Task A_confirmed_exchange_is_dated_by_its_help_not_by_its_confirmation()
    {
        var timebank = await api.TimebankAsync();
        var (giver, receiver) = (timebank.Members[0], timebank.Members[1]);
        var helped = Today.PlusDays(-5);
        var exchangeId = (await giver.RecordAsync(api, timebank, giver, receiver, 40, date: Iso.Format(helped))).Text("recordExchange.exchange.id");
        api.Clock.Advance(Duration.FromDays(2));
        await receiver.RefreshTokenAsync();
        (await receiver.Client.RunAsync("confirmExchange", new { input = new { exchangeId, idempotencyKey = "c" } })).ShouldSucceed();

        var statement = (await receiver.Client.PostAsync("query($id: ID!, $day: Date) { statement(accountId: $id, from: $day, to: $day) { nodes { date change } } }",
            new { id = await receiver.AccountIdAsync(timebank), day = Iso.Format(helped) })).ShouldSucceed();

        Assert.Equal(Iso.Format(helped), statement.Text("statement.nodes.0.date"));
        Assert.Equal(-40, statement.At("statement.nodes.0.change").GetInt64());
    }

    /// <summary>Ada is helped 21 and 20 days ago and helps 19 days ago, all recorded today; and is helped again today.</summary>
    private async Task<(TestTimebank Timebank, string Ada, string Account)> AssistedMemberWithLateHelpAsync()
    {
        var timebank = await api.TimebankAsync(1);
        var coordinator = timebank.Coordinator;
        var helper = timebank.Members[0].Id;
        var ada = (await coordinator.Client.RunAsync("addAssistedMember", new { input = new { organisationId = timebank.Id, displayName = "Mrs Ada Jones" } }))
            .ShouldSucceed().Text("addAssistedMember.member.id")!;
        await coordinator.RecordAsync(api, timebank, helper, ada, 60, description: "Shopping", date: Iso.Format(Today.PlusDays(-21)));
        await coordinator.RecordAsync(api, timebank, helper, ada, 30, description: "Shopping", date: Iso.Format(Today.PlusDays(-20)));
        await coordinator.RecordAsync(api, timebank, ada, helper, 45, description: "Knitting", date: Iso.Format(Today.PlusDays(-19)));
        await coordinator.RecordAsync(api, timebank, helper, ada, 15, description: "Tea");
        var accounts = (await coordinator.Client.PostAsync("query($id: ID!) { timebank(organisationId: $id) { memberAccounts(first: 10) { nodes { id member { id } } } } }", new { id = timebank.Id })).ShouldSucceed();
        var account = accounts.At("timebank.memberAccounts.nodes").EnumerateArray().Single(a => a.GetProperty("member").GetProperty("id").GetString() == ada).GetProperty("id").GetString()!;
        return (timebank, ada, account);
    }
}
