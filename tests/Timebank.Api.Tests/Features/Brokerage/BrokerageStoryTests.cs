using System.Text.Json;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Brokerage;

[Collection(BrokerageHost.Name)]
public sealed class BrokerageStoryTests(TimebankApiFactory api)
{
    [Fact]
    public async Task A_person_judged_ineligible_chooses_from_brokers_who_accepted_and_the_chosen_broker_sees_the_hours_in_their_statement()
    {
        var timebank = await api.TimebankAsync(1);
        var person = timebank.Members[0];
        var ann = await api.BrokerAsync(timebank, "Ann", formats: ["EASY_READ"], skills: ["personal assistant"]);
        var bob = await api.BrokerAsync(timebank, "Bob", formats: ["EASY_READ", "LARGE_PRINT"]);
        var cath = await api.BrokerAsync(timebank, "Cath", formats: ["EASY_READ"]);
        await api.BrokerAsync(timebank, "Dev", formats: ["BRAILLE"]);

        var request = await person.RequestAsync(timebank, "Find a personal assistant for mornings", "CV1 3AB", format: "EASY_READ", ineligible: true);
        var offered = await person.Client.ReadRequestAsync(request);
        var invited = await person.StepAsync("inviteBrokers", new { requestId = request, brokerProfileIds = new[] { ann.ProfileId, bob.ProfileId, cath.ProfileId } });
        await ann.Member.StepAsync("respondToBrokerageInvite", new { requestId = request, accept = true, note = "Happy to help" });
        await bob.Member.StepAsync("respondToBrokerageInvite", new { requestId = request, accept = true });
        await cath.Member.StepAsync("respondToBrokerageInvite", new { requestId = request, accept = false, note = "Away in March" });
        var chosen = await person.StepAsync("chooseBroker", new { requestId = request, brokerProfileId = ann.ProfileId });
        await ann.Member.StepAsync("logBrokerageSession", new { requestId = request, date = api.Today(), minutes = 90, note = "First meeting" });
        await ann.Member.StepAsync("logBrokerageSession", new { requestId = request, date = api.Today(), minutes = 60 });
        var closed = await person.CloseAsync(request, 150);

        Assert.True(offered.GetProperty("judgedIneligible").GetBoolean());
        Assert.Equal("EASY_READ", offered.GetProperty("preferredFormat").GetString());
        Assert.Equal("CV1", offered.GetProperty("area").GetString());
        // Ann's skill appears in what was asked, so she is offered first; Dev offers no easy read.
        Assert.Equal([ann.Member.Id, bob.Member.Id, cath.Member.Id], Members(offered.GetProperty("matchingBrokers")));
        Assert.Empty(invited.PayloadErrorCodes("inviteBrokers"));
        Assert.Equal("ARRANGED", chosen.Text("chooseBroker.brokerageRequest.state"));
        var bobSees = await bob.Member.Client.ReadRequestAsync(request);
        Assert.Equal(["ARRANGED_WITH_ANOTHER"], bobSees.GetProperty("invites").EnumerateArray().Select(i => i.GetProperty("status").GetString()));
        Assert.Empty(closed.PayloadErrorCodes("closeBrokerageRequest"));
        Assert.Equal("CLOSED", closed.Text("closeBrokerageRequest.brokerageRequest.state"));
        Assert.Equal(150, closed.At("closeBrokerageRequest.brokerageRequest.minutesGiven").GetInt64());
        Assert.Equal(ann.Member.Id, closed.Text("closeBrokerageRequest.exchange.giver.id"));
        Assert.Equal(person.Id, closed.Text("closeBrokerageRequest.exchange.receiver.id"));
        Assert.StartsWith("Peer brokerage: ", closed.Text("closeBrokerageRequest.exchange.description"), StringComparison.Ordinal);
        var statement = (await ann.Member.Client.RunAsync("statement", new { accountId = await ann.Member.AccountIdAsync(timebank) })).ShouldSucceed();
        Assert.Equal([150L], statement.At("statement.edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("change").GetInt64()));
        Assert.Equal(150, await ann.Member.PostedAsync(timebank));
        Assert.Equal(-150, await person.PostedAsync(timebank));
    }

    [Fact]
    public async Task A_broker_whose_check_lapsed_yesterday_is_not_offered_an_adult_at_risk_request()
    {
        var timebank = await api.TimebankAsync(1);
        var person = timebank.Members[0];
        var lapsed = await api.BrokerAsync(timebank, "Lapsed");
        var current = await api.BrokerAsync(timebank, "Current");
        var today = NodaTime.Text.LocalDatePattern.Iso.Parse(api.Today()).Value;
        await timebank.RecordCheckAsync(lapsed, today.PlusYears(-3).ToString("yyyy-MM-dd", null), today.PlusDays(-1).ToString("yyyy-MM-dd", null));
        await timebank.RecordCheckAsync(current, today.PlusYears(-1).ToString("yyyy-MM-dd", null), today.PlusYears(2).ToString("yyyy-MM-dd", null));

        var request = await person.RequestAsync(timebank, adultAtRisk: true);
        var offered = await person.Client.ReadRequestAsync(request);
        var refused = await person.StepAsync("inviteBrokers", new { requestId = request, brokerProfileIds = new[] { lapsed.ProfileId } });

        Assert.Equal([current.Member.Id], Members(offered.GetProperty("matchingBrokers")));
        Assert.Equal(["BROKER_DOES_NOT_MATCH"], refused.PayloadErrorCodes("inviteBrokers"));
        Assert.Equal("SAFEGUARDING_CHECK_NOT_IN_DATE", refused.Text("inviteBrokers.errors.0.reason"));
        Assert.Empty((await person.Client.ReadRequestAsync(request)).GetProperty("invites").EnumerateArray());
    }

    private static List<string> Members(JsonElement connection)
        => connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("member").GetProperty("id").GetString()!).ToList();
}
