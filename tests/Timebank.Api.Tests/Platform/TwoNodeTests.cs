using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Platform;

/// <summary>
/// Two API processes on one database (see <see cref="TwoNodes"/>), driven over HTTP: what one node does, the other
/// must honour, and requests racing each other on the two nodes get the answers a single node would give.
/// </summary>
public sealed class TwoNodeTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    private const string RaceNeedsPostgres = "On SQLite the file's single writer already puts the two nodes' commits one after the other; this race is PostgreSQL's.";
    private const int Races = 12;

    [Fact]
    public async Task Two_nodes_started_together_on_a_fresh_database_both_serve()
    {
        nodes.RequireBothServing();

        foreach (var node in new[] { nodes.A, nodes.B })
            Assert.False(string.IsNullOrEmpty((await SignUpAsync(node, "Starter")).Id));
    }

    [Fact]
    public async Task A_token_issued_by_one_node_is_accepted_by_the_other()
    {
        nodes.RequireBothServing();
        var ann = await SignUpAsync(nodes.A, "Ann");

        var me = (await nodes.B.Client(ann.Token).RunAsync("me")).ShouldSucceed();

        Assert.Equal(ann.Id, me.Text("me.id"));
    }

    [PostgresFact(RaceNeedsPostgres)]
    public async Task The_same_idempotency_key_sent_to_both_nodes_at_once_moves_hours_once_and_both_answer_alike()
    {
        nodes.RequireBothServing();
        var timebank = await TimebankAsync(members: 2);
        var (giver, receiver) = (timebank.Members[0], timebank.Members[1]);

        for (var race = 0; race < Races; race++)
        {
            var input = new
            {
                input = new
                {
                    organisationId = timebank.Id,
                    giverId = giver.Id,
                    receiverId = receiver.Id,
                    minutes = 10,
                    description = "Shopping",
                    date = LondonToday(),
                    idempotencyKey = $"race-{race}-{Guid.NewGuid():N}",
                },
            };
            var answers = await Task.WhenAll(
                nodes.A.Client(receiver.Token).RunAsync("recordExchange", input),
                nodes.B.Client(receiver.Token).RunAsync("recordExchange", input));

            foreach (var answer in answers)
                Assert.Empty(answer.ShouldSucceed().PayloadErrorCodes("recordExchange"));
            Assert.Equal(answers[0].Text("recordExchange.exchange.id"), answers[1].Text("recordExchange.exchange.id"));
        }
        Assert.Equal(Races * 10, await giver.PostedAsync(timebank));
    }

    [PostgresFact(RaceNeedsPostgres)]
    public async Task A_hold_confirmed_on_one_node_and_declined_on_the_other_at_once_resolves_once_and_the_other_is_told_so()
    {
        nodes.RequireBothServing();
        var timebank = await TimebankAsync(members: 2);
        var (giver, receiver) = (timebank.Members[0], timebank.Members[1]);
        var confirmed = 0;

        for (var race = 0; race < Races; race++)
        {
            var recorded = (await giver.Client.RunAsync("recordExchange", ExchangeInput(timebank, giver, receiver, 10))).ShouldSucceed();
            var exchangeId = recorded.Text("recordExchange.exchange.id");
            var (confirmOn, declineOn) = race % 2 == 0 ? (nodes.A, nodes.B) : (nodes.B, nodes.A);
            var confirm = confirmOn.Client(receiver.Token).RunAsync("confirmExchange", new { input = new { exchangeId, idempotencyKey = Guid.NewGuid().ToString() } });
            var decline = declineOn.Client(receiver.Token).RunAsync("declineExchange", new { input = new { exchangeId, idempotencyKey = Guid.NewGuid().ToString() } });
            var answers = await Task.WhenAll(confirm, decline);

            var errors = answers.Zip(["confirmExchange", "declineExchange"], (answer, payload) => ErrorTypes(answer.ShouldSucceed(), payload)).ToList();
            Assert.Single(errors, e => e.Count == 0);
            // The exchange-level answer to a resolved hold (it says how the exchange stands).
            Assert.Single(errors, e => e.SequenceEqual(["ExchangeResolvedError"]));
            confirmed += errors[0].Count == 0 ? 1 : 0;
        }
        var account = await receiver.AccountAsync(timebank);
        Assert.Equal(0, account.GetProperty("pendingDebits").GetInt64());
        Assert.Equal(-10 * confirmed, account.GetProperty("posted").GetInt64());
    }

    [PostgresFact(RaceNeedsPostgres)]
    public async Task A_transfer_reversed_on_both_nodes_at_once_is_reversed_once_and_the_other_is_told_so()
    {
        nodes.RequireBothServing();
        var timebank = await TimebankAsync(members: 2);
        var (giver, receiver, coordinator) = (timebank.Members[0], timebank.Members[1], timebank.Coordinator);

        for (var race = 0; race < Races / 2; race++)
        {
            var recorded = (await receiver.Client.RunAsync("recordExchange", ExchangeInput(timebank, giver, receiver, 10))).ShouldSucceed();
            var transferId = recorded.Text("recordExchange.exchange.transfer.id");
            var answers = await Task.WhenAll(new[] { nodes.A, nodes.B }.Select(node => node.Client(coordinator.Token).RunAsync("reverseTransfer",
                new { input = new { transferId, reason = "Recorded twice", idempotencyKey = Guid.NewGuid().ToString() } })));

            var errors = answers.Select(answer => ErrorTypes(answer.ShouldSucceed(), "reverseTransfer")).ToList();
            Assert.Single(errors, e => e.Count == 0);
            Assert.Single(errors, e => e.SequenceEqual(["AlreadyReversedError"]));
        }
        Assert.Equal(0, await giver.PostedAsync(timebank));
    }

    // Each settings test lets node B read the settings, changes them on node A, then has node B write at once.

    [Fact]
    public async Task An_account_opened_on_one_node_just_after_the_floor_changed_on_the_other_gets_the_new_floor()
    {
        nodes.RequireBothServing();
        var timebank = await TimebankAsync(members: 1);
        var newcomer = await SignUpAsync(nodes.A, "Newcomer");
        var membership = await newcomer.JoinAsync(timebank.Organisation);
        await ReadOnBThenConfigureOnAAsync(timebank, floor: -300, confirmationDays: 14, timeZone: "Europe/London");

        var approved = (await nodes.B.Client(timebank.Coordinator.Token).RunAsync("approveMembership", new { input = new { membershipId = membership } })).ShouldSucceed();

        Assert.Empty(approved.PayloadErrorCodes("approveMembership"));
        Assert.Equal(-300, (await newcomer.AccountAsync(timebank)).GetProperty("floor").GetInt64());
    }

    [Fact]
    public async Task A_hold_recorded_on_one_node_just_after_the_confirmation_days_changed_on_the_other_gets_the_new_deadline()
    {
        nodes.RequireBothServing();
        var timebank = await TimebankAsync(members: 1);
        var (giver, receiver) = (timebank.Members[0], timebank.Coordinator);
        await ReadOnBThenConfigureOnAAsync(timebank, floor: -600, confirmationDays: 3, timeZone: "Europe/London");

        var held = (await nodes.B.Client(giver.Token).RunAsync("recordExchange", ExchangeInput(timebank, giver, receiver, 10))).ShouldSucceed();

        Assert.Empty(held.PayloadErrorCodes("recordExchange"));
        var expiresAt = InstantPattern.ExtendedIso.Parse(held.Text("recordExchange.exchange.expiresAt")!).Value;
        Assert.True(expiresAt < SystemClock.Instance.GetCurrentInstant() + Duration.FromDays(4), $"The hold expires at {expiresAt}, not three days on.");
    }

    [Fact]
    public async Task Hours_donated_on_one_node_just_after_the_time_zone_changed_on_the_other_are_dated_in_the_new_zone()
    {
        nodes.RequireBothServing();
        var timebank = await TimebankAsync(members: 1);
        var member = timebank.Members[0];
        // Pago Pago and Kiritimati are 25 hours apart: their calendar dates always differ.
        await ConfigureAsync(timebank, floor: -600, confirmationDays: 14, timeZone: "Pacific/Pago_Pago");
        await ReadOnBThenConfigureOnAAsync(timebank, floor: -600, confirmationDays: 14, timeZone: "Pacific/Kiritimati");

        var donated = (await nodes.B.Client(member.Token).RunAsync("donateHours", new { input = new { organisationId = timebank.Id, minutes = 5, idempotencyKey = Guid.NewGuid().ToString() } })).ShouldSucceed();

        Assert.Empty(donated.PayloadErrorCodes("donateHours"));
        var donation = await ExchangeAsync(member, timebank, donated.Text("donateHours.exchange.id")!);
        Assert.Contains(donation.GetProperty("date").GetString(), new[] { KiritimatiToday(), KiritimatiToday(Duration.FromMinutes(-1)) });
    }

    private static async Task<TestMember> SignUpAsync(ApiProcess node, string displayName)
    {
        var email = $"{displayName.ToLowerInvariant()}.{Guid.NewGuid():N}@example.org";
        var client = node.Client();
        var result = (await client.RunAsync("signUp", new { input = new { email, displayName, password = Scenario.Password } })).ShouldSucceed();
        Assert.Empty(result.PayloadErrorCodes("signUp"));
        client.Token = result.Text("signUp.token");
        return new TestMember(result.Text("signUp.member.id")!, email, Scenario.Password, displayName, client);
    }

    /// <summary>A timebank set up through node A; node B has not seen it.</summary>
    private async Task<TestTimebank> TimebankAsync(int members)
    {
        var coordinator = await SignUpAsync(nodes.A, "Coordinator");
        var organisation = await coordinator.CreateOrganisationAsync();
        var joined = new List<TestMember>();
        for (var i = 0; i < members; i++)
        {
            var member = await SignUpAsync(nodes.A, $"Member{i}");
            await member.JoinApprovedAsync(organisation, coordinator);
            joined.Add(member);
        }
        return new TestTimebank(organisation, coordinator, joined);
    }

    /// <summary>Node B reads the timebank's settings (and keeps them, as it may); then node A changes them.</summary>
    private async Task ReadOnBThenConfigureOnAAsync(TestTimebank timebank, long floor, int confirmationDays, string timeZone)
    {
        (await nodes.B.Client(timebank.Members[0].Token).RunAsync("timebank", new { organisationId = timebank.Id })).ShouldSucceed();
        await ConfigureAsync(timebank, floor, confirmationDays, timeZone);
    }

    private static async Task ConfigureAsync(TestTimebank timebank, long floor, int confirmationDays, string timeZone)
    {
        var result = (await timebank.Coordinator.Client.RunAsync("configureTimebank", new
        {
            input = new { organisationId = timebank.Id, memberFloor = floor, memberWarnBelow = floor + 60, confirmationDays, timeZone },
        })).ShouldSucceed();
        Assert.Empty(result.PayloadErrorCodes("configureTimebank"));
    }

    private static object ExchangeInput(TestTimebank timebank, TestMember giver, TestMember receiver, long minutes, string? date = null)
        => new
        {
            input = new
            {
                organisationId = timebank.Id,
                giverId = giver.Id,
                receiverId = receiver.Id,
                minutes,
                description = "Gardening",
                date = date ?? LondonToday(),
                idempotencyKey = Guid.NewGuid().ToString(),
            },
        };

    private static async Task<JsonElement> ExchangeAsync(TestMember member, TestTimebank timebank, string exchangeId)
    {
        var page = (await member.Client.RunAsync("timebank", new { organisationId = timebank.Id, first = 50 })).ShouldSucceed();
        return page.At("timebank.exchanges.nodes").EnumerateArray().Single(e => e.GetProperty("id").GetString() == exchangeId);
    }

    private static List<string> ErrorTypes(GraphQLResult answer, string payload)
        => answer.At(payload + ".errors").EnumerateArray().Select(e => e.GetProperty("__typename").GetString()!).ToList();

    private static string LondonToday() => Today("Europe/London", Duration.Zero);

    private static string KiritimatiToday(Duration? shift = null) => Today("Pacific/Kiritimati", shift ?? Duration.Zero);

    private static string Today(string zone, Duration shift)
        => LocalDatePattern.Iso.Format((SystemClock.Instance.GetCurrentInstant() + shift).InZone(DateTimeZoneProviders.Tzdb[zone]).Date);
}
