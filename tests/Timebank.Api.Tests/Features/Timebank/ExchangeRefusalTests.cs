using System.Text.RegularExpressions;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Timebank;

/// <summary>Refusals people can act on: what happened to the exchange, which list position is wrong, never an internal id.</summary>
public sealed partial class ExchangeRefusalTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    [Theory]
    [InlineData("confirmExchange")]
    [InlineData("declineExchange")]
    public async Task An_exchange_posted_when_it_was_recorded_says_so_when_confirmed_or_declined(string operation)
    {
        var timebank = await api.TimebankAsync();
        var (giver, receiver) = (timebank.Members[0], timebank.Members[1]);
        var exchangeId = (await receiver.RecordAsync(api, timebank, giver, receiver, 60)).Text("recordExchange.exchange.id");

        var result = (await receiver.Client.RunAsync(operation, new { input = new { exchangeId, idempotencyKey = Guid.NewGuid().ToString() } })).ShouldSucceed();

        Assert.Equal(["HOLD_RESOLVED"], result.PayloadErrorCodes(operation));
        Assert.Equal("That exchange was posted when it was recorded: its hours have already moved.", result.Text(operation + ".errors.0.message"));
        Assert.Equal(-60, await receiver.PostedAsync(timebank));
    }

    [Fact]
    public async Task A_declined_exchange_says_it_was_declined_when_confirmed()
    {
        var timebank = await api.TimebankAsync();
        var (giver, receiver) = (timebank.Members[0], timebank.Members[1]);
        var exchangeId = (await giver.RecordAsync(api, timebank, giver, receiver, 60)).Text("recordExchange.exchange.id");
        await receiver.Client.RunAsync("declineExchange", new { input = new { exchangeId, idempotencyKey = "d" } });

        var result = (await receiver.Client.RunAsync("confirmExchange", new { input = new { exchangeId, idempotencyKey = "c" } })).ShouldSucceed();

        Assert.Equal(["HOLD_RESOLVED"], result.PayloadErrorCodes("confirmExchange"));
        Assert.Equal("That exchange has already been declined.", result.Text("confirmExchange.errors.0.message"));
    }

    [Theory]
    [InlineData("giverIds", true)]
    [InlineData("receiverIds", false)]
    public async Task A_group_naming_someone_twice_on_one_side_is_refused_at_the_repeat(string side, bool manyGivers)
    {
        var timebank = await api.TimebankAsync(3);
        var (one, other, third) = (timebank.Members[0], timebank.Members[1], timebank.Members[2]);
        string[] many = [other.Id, third.Id, other.Id];

        var result = (await timebank.Coordinator.Client.RunAsync("recordGroupExchange", new
        {
            input = new
            {
                organisationId = timebank.Id,
                giverIds = manyGivers ? many : [one.Id],
                receiverIds = manyGivers ? [one.Id] : many,
                minutes = 30,
                description = "Cooking class",
                date = api.Today(),
                idempotencyKey = Guid.NewGuid().ToString(),
            },
        })).ShouldSucceed();

        Assert.Equal("ValidationError", result.Text("recordGroupExchange.errors.0.__typename"));
        Assert.Equal($"{side}[2]", result.Text("recordGroupExchange.errors.0.field"));
        Assert.Equal(0, await one.PostedAsync(timebank));
    }

    [Fact]
    public async Task No_refusal_echoes_an_internal_id()
    {
        var timebank = await api.TimebankAsync();
        var (giver, receiver) = (timebank.Members[0], timebank.Members[1]);
        var posted = (await receiver.RecordAsync(api, timebank, giver, receiver, 60)).Text("recordExchange.exchange.id");
        var unknownExchange = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"Exchange:{Guid.NewGuid():N}"));
        var unknownTransfer = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"Transfer:{Guid.NewGuid():N}"));
        var coordinator = timebank.Coordinator.Client;

        var messages = new List<string?>
        {
            (await receiver.Client.RunAsync("confirmExchange", new { input = new { exchangeId = posted, idempotencyKey = "a" } })).Text("confirmExchange.errors.0.message"),
            (await receiver.Client.RunAsync("declineExchange", new { input = new { exchangeId = posted, idempotencyKey = "b" } })).Text("declineExchange.errors.0.message"),
            (await receiver.Client.RunAsync("confirmExchange", new { input = new { exchangeId = unknownExchange, idempotencyKey = "c" } })).Text("confirmExchange.errors.0.message"),
            (await coordinator.RunAsync("reverseTransfer", new { input = new { transferId = unknownTransfer, reason = "x", idempotencyKey = "d" } })).Text("reverseTransfer.errors.0.message"),
        };

        Assert.All(messages, message => Assert.False(message is null || RawGuid().IsMatch(message), message));
        Assert.Contains(unknownExchange, messages[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exchanges_come_in_the_order_the_schema_says()
    {
        var timebank = await api.TimebankAsync();
        var (giver, receiver) = (timebank.Members[0], timebank.Members[1]);
        var first = (await receiver.RecordAsync(api, timebank, giver, receiver, 10, description: "First")).Text("recordExchange.exchange.id");
        var second = (await receiver.RecordAsync(api, timebank, giver, receiver, 20, description: "Second")).Text("recordExchange.exchange.id");
        var third = (await receiver.RecordAsync(api, timebank, giver, receiver, 30, description: "Third")).Text("recordExchange.exchange.id");

        var described = (await receiver.Client.PostAsync("{ __type(name: \"Timebank\") { fields { name description } } }")).ShouldSucceed()
            .At("__type.fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "exchanges").GetProperty("description").GetString();
        var listed = (await receiver.Client.PostAsync("query($id: ID!) { timebank(organisationId: $id) { exchanges(first: 10) { nodes { id } } newest: exchanges(last: 1) { nodes { id } } } }",
            new { id = timebank.Id })).ShouldSucceed();

        Assert.StartsWith("Oldest first", described, StringComparison.Ordinal);
        Assert.Equal([first, second, third], listed.At("timebank.exchanges.nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        Assert.Equal(third, listed.Text("timebank.newest.nodes.0.id"));
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}")]
    private static partial Regex RawGuid();
}
