using System.Text.Json;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Brokerage;

[CollectionDefinition(Name)]
public sealed class BrokerageHost : ICollectionFixture<TimebankApiFactory>
{
    public const string Name = "Brokerage";
}

public sealed record TestBroker(TestMember Member, string ProfileId);

/// <summary>Brokerage steps done through the public operations.</summary>
public static class BrokerageScenario
{
    /// <summary>A member of the timebank given the BROKER role, with a profile.</summary>
    public static async Task<TestBroker> BrokerAsync(this TimebankApiFactory api, TestTimebank timebank, string name, string[]? areas = null, string[]? formats = null,
        string[]? skills = null, string[]? languages = null, string? livedExperience = null)
    {
        var member = await api.SignUpAsync(name);
        var membership = await member.JoinApprovedAsync(timebank.Organisation, timebank.Coordinator);
        await timebank.Coordinator.GrantAsync(membership, "BROKER");
        var result = await member.UpsertProfileAsync(timebank, areas ?? ["CV1"], formats ?? [], skills ?? ["benefits"], languages ?? ["en"], livedExperience);
        Assert.Empty(result.PayloadErrorCodes("upsertBrokerProfile"));
        return new TestBroker(member, result.Text("upsertBrokerProfile.brokerProfile.id")!);
    }

    public static async Task<GraphQLResult> UpsertProfileAsync(this TestMember member, TestTimebank timebank, string[] areas, string[] formats, string[] skills,
        string[] languages, string? livedExperience = null, bool acceptingRequests = true)
        => (await member.Client.RunAsync("upsertBrokerProfile", new
        {
            input = new
            {
                organisationId = timebank.Id,
                bio = "I know the system from the inside.",
                skills,
                languages,
                areasServed = areas,
                formats,
                availability = "Weekday mornings",
                acceptingRequests,
                livedExperience,
            },
        })).ShouldSucceed();

    public static async Task RecordCheckAsync(this TestTimebank timebank, TestBroker broker, string checkedOn, string expiresOn)
    {
        var result = (await timebank.Coordinator.Client.RunAsync("recordSafeguardingCheck",
            new { input = new { brokerProfileId = broker.ProfileId, checkedOn, expiresOn } })).ShouldSucceed();
        Assert.Empty(result.PayloadErrorCodes("recordSafeguardingCheck"));
    }

    public static async Task<string> RequestAsync(this TestMember person, TestTimebank timebank, string what = "Find a personal assistant for mornings",
        string area = "CV1 3AB", string? format = null, bool adultAtRisk = false, bool ineligible = true)
    {
        var result = (await person.Client.RunAsync("requestBrokerage", new
        {
            input = new { organisationId = timebank.Id, whatToArrange = what, area, preferredFormat = format, judgedIneligible = ineligible, involvesAdultAtRisk = adultAtRisk },
        })).ShouldSucceed();
        Assert.Empty(result.PayloadErrorCodes("requestBrokerage"));
        return result.Text("requestBrokerage.brokerageRequest.id")!;
    }

    public static async Task<GraphQLResult> StepAsync(this TestMember actor, string operation, object input)
        => (await actor.Client.RunAsync(operation, new { input })).ShouldSucceed();

    /// <summary>Invited, accepted and chosen, with sessions of the given minutes logged.</summary>
    public static async Task<string> ArrangedAsync(this TestMember person, TestTimebank timebank, TestBroker broker, TimebankApiFactory api, params long[] sessions)
    {
        var request = await person.RequestAsync(timebank);
        Assert.Empty((await person.StepAsync("inviteBrokers", new { requestId = request, brokerProfileIds = new[] { broker.ProfileId } })).PayloadErrorCodes("inviteBrokers"));
        Assert.Empty((await broker.Member.StepAsync("respondToBrokerageInvite", new { requestId = request, accept = true })).PayloadErrorCodes("respondToBrokerageInvite"));
        Assert.Empty((await person.StepAsync("chooseBroker", new { requestId = request, brokerProfileId = broker.ProfileId })).PayloadErrorCodes("chooseBroker"));
        foreach (var minutes in sessions)
            Assert.Empty((await broker.Member.StepAsync("logBrokerageSession", new { requestId = request, date = api.Today(), minutes })).PayloadErrorCodes("logBrokerageSession"));
        return request;
    }

    public static Task<GraphQLResult> CloseAsync(this TestMember closer, string request, long minutesGiven, string? key = null)
        => closer.StepAsync("closeBrokerageRequest", new { requestId = request, outcome = "ARRANGED", note = "PA starts Monday", minutesGiven, idempotencyKey = key });

    /// <summary>The request as this reader sees it through node(id:); Null when they may not read it.</summary>
    public static async Task<JsonElement> ReadRequestAsync(this GraphQLClient client, string request)
        => (await client.RunAsync("brokerageRequest", new { id = request, first = 20 })).ShouldSucceed().At("node");
}
