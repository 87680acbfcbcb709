using System.Text.Json;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Brokerage;

/// <summary>Who reads lived experience and requests; each refusal looks the same as something that does not exist.</summary>
[Collection(BrokerageHost.Name)]
public sealed class BrokeragePrivacyTests(TimebankApiFactory api)
{
    [Fact]
    public async Task Lived_experience_is_read_only_by_the_broker_and_signed_in_members_of_the_same_timebank()
    {
        var timebank = await api.TimebankAsync(1);
        var broker = await api.BrokerAsync(timebank, "Sharer", livedExperience: "I used direct payments for ten years.");
        var silent = await api.BrokerAsync(timebank, "Silent");
        // Shares another organisation with the broker, so may see the member, but is not in this timebank.
        var group = await timebank.Coordinator.CreateOrganisationAsync("Riverside User-Led Group", "USER_LED_GROUP");
        var neighbour = await api.SignUpAsync("Neighbour");
        await neighbour.JoinApprovedAsync(group, timebank.Coordinator);
        await broker.Member.JoinApprovedAsync(group, timebank.Coordinator);

        var own = await Lived(broker.Member.Client, broker, timebank);
        var member = await Lived(timebank.Members[0].Client, broker, timebank);
        var outsider = (await neighbour.Client.RunAsync("memberBrokerProfile", new { memberId = broker.Member.Id, organisationId = timebank.Id })).ShouldSucceed();
        var outsiderList = (await neighbour.Client.RunAsync("brokers", new { organisationId = timebank.Id })).ShouldSucceed();
        var anonymous = await api.CreateGraphQLClient().RunAsync("brokers", new { organisationId = timebank.Id });
        var anonymousMember = (await api.CreateGraphQLClient().RunAsync("memberBrokerProfile", new { memberId = broker.Member.Id, organisationId = timebank.Id })).ShouldSucceed();
        var notShared = await Lived(timebank.Members[0].Client, silent, timebank);

        Assert.Equal("I used direct payments for ten years.", own);
        Assert.Equal("I used direct payments for ten years.", member);
        Assert.Equal(JsonValueKind.Null, outsider.At("node.brokerProfile.livedExperience").ValueKind);
        Assert.Equal(["benefits"], outsider.At("node.brokerProfile.skills").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(0, outsiderList.At("brokers.totalCount").GetInt32());
        Assert.False(anonymous.HasData && anonymous.Body.GetProperty("data").ValueKind == JsonValueKind.Object);
        Assert.Contains("NOT_AUTHENTICATED", anonymous.ErrorCodes);
        Assert.Equal(JsonValueKind.Null, anonymousMember.At("node").ValueKind);
        Assert.Null(notShared);
    }

    [Fact]
    public async Task A_request_is_read_by_the_person_the_member_acting_for_them_invited_brokers_and_coordinators_and_nobody_else()
    {
        var timebank = await api.TimebankAsync(3);
        var (helper, person, otherMember) = (timebank.Members[0], timebank.Members[1], timebank.Members[2]);
        var invited = await api.BrokerAsync(timebank, "Invited");
        var uninvited = await api.BrokerAsync(timebank, "Uninvited");
        var elsewhere = await api.TimebankAsync(0);
        var made = (await helper.Client.RunAsync("requestBrokerage", new
        {
            input = new
            {
                organisationId = timebank.Id,
                whatToArrange = "Day opportunities",
                area = "CV1",
                judgedIneligible = true,
                involvesAdultAtRisk = false,
                onBehalfOf = new { name = "Rita", memberId = person.Id, consentGiven = true, consentGivenOn = api.Today(), howConsentWasGiven = "Agreed at home" },
            },
        })).ShouldSucceed();
        var request = made.Text("requestBrokerage.brokerageRequest.id")!;
        await helper.StepAsync("inviteBrokers", new { requestId = request, brokerProfileIds = new[] { invited.ProfileId } });

        foreach (var reader in new[] { helper, person, invited.Member, timebank.Coordinator })
        {
            var seen = await reader.Client.ReadRequestAsync(request);
            Assert.Equal("Day opportunities", seen.GetProperty("whatToArrange").GetString());
            Assert.Equal("Agreed at home", seen.GetProperty("onBehalfOf").GetProperty("howConsentWasGiven").GetString());
        }
        Assert.Equal(JsonValueKind.Null, (await invited.Member.Client.ReadRequestAsync(request)).GetProperty("matchingBrokers").ValueKind);
        foreach (var client in new[] { uninvited.Member.Client, otherMember.Client, elsewhere.Coordinator.Client, api.CreateGraphQLClient() })
            Assert.Equal(JsonValueKind.Null, (await client.ReadRequestAsync(request)).ValueKind);
        foreach (var stranger in new[] { uninvited.Member, otherMember, elsewhere.Coordinator })
        {
            var step = await stranger.StepAsync("respondToBrokerageInvite", new { requestId = request, accept = true });
            Assert.Equal(["NOT_FOUND"], step.PayloadErrorCodes("respondToBrokerageInvite"));
            var list = (await stranger.Client.RunAsync("brokerageRequests", new { organisationId = timebank.Id })).ShouldSucceed();
            Assert.Equal(0, list.At("brokerageRequests.totalCount").GetInt32());
        }
        var anonymousList = await api.CreateGraphQLClient().RunAsync("brokerageRequests", new { organisationId = timebank.Id });
        Assert.Contains("NOT_AUTHENTICATED", anonymousList.ErrorCodes);
        Assert.Equal(1, (await invited.Member.Client.RunAsync("brokerageRequests", new { organisationId = timebank.Id })).ShouldSucceed().At("brokerageRequests.totalCount").GetInt32());
    }

    [Fact]
    public async Task Asking_on_someones_behalf_without_their_consent_records_nothing()
    {
        var timebank = await api.TimebankAsync(1);
        var refused = (await timebank.Members[0].Client.RunAsync("requestBrokerage", new
        {
            input = new
            {
                organisationId = timebank.Id,
                whatToArrange = "Respite",
                area = "CV1",
                judgedIneligible = false,
                involvesAdultAtRisk = false,
                onBehalfOf = new { name = "Rita", consentGiven = false, consentGivenOn = api.Today(), howConsentWasGiven = "-" },
            },
        })).ShouldSucceed();

        Assert.Equal(["CONSENT_NOT_RECORDED"], refused.PayloadErrorCodes("requestBrokerage"));
        Assert.Equal(0, (await timebank.Coordinator.Client.RunAsync("brokerageRequests", new { organisationId = timebank.Id })).ShouldSucceed().At("brokerageRequests.totalCount").GetInt32());
    }

    private static async Task<string?> Lived(GraphQLClient client, TestBroker broker, TestTimebank timebank)
    {
        var list = (await client.RunAsync("brokers", new { organisationId = timebank.Id, filter = new { skill = "benefits" }, first = 20 })).ShouldSucceed();
        var node = list.At("brokers.nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == broker.ProfileId);
        return node.GetProperty("livedExperience").GetString();
    }
}
