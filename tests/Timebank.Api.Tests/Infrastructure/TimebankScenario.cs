using System.Text.Json;
using NodaTime;

namespace Timebank.Api.Tests.Infrastructure;

public sealed record TestTimebank(TestOrganisation Organisation, TestMember Coordinator, IReadOnlyList<TestMember> Members)
{
    public string Id => Organisation.Id;
}

/// <summary>Timebank steps done through the public operations.</summary>
public static class TimebankScenario
{
    public static async Task<TestTimebank> TimebankAsync(this TimebankApiFactory api, int members = 2)
    {
        var coordinator = await api.SignUpAsync("Coordinator");
        var organisation = await coordinator.CreateOrganisationAsync();
        var joined = new List<TestMember>();
        for (var i = 0; i < members; i++)
        {
            var member = await api.SignUpAsync($"Member {i}");
            await member.JoinApprovedAsync(organisation, coordinator);
            joined.Add(member);
        }
        return new TestTimebank(organisation, coordinator, joined);
    }

    public static string Today(this TimebankApiFactory api)
        => api.Clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/London"]).Date.ToString("yyyy-MM-dd", null);

    public static Task<GraphQLResult> RecordAsync(this TestMember recorder, TimebankApiFactory api, TestTimebank timebank, TestMember giver, TestMember receiver,
        long minutes, string? key = null, string description = "Gardening", string? categoryId = null, string? date = null)
        => recorder.RecordAsync(api, timebank, giver.Id, receiver.Id, minutes, key, description, categoryId, date);

    public static async Task<GraphQLResult> RecordAsync(this TestMember recorder, TimebankApiFactory api, TestTimebank timebank, string giverId, string receiverId,
        long minutes, string? key = null, string description = "Gardening", string? categoryId = null, string? date = null)
        => (await recorder.Client.RunAsync("recordExchange", new
        {
            input = new
            {
                organisationId = timebank.Id,
                giverId,
                receiverId,
                minutes,
                description,
                categoryId,
                date = date ?? api.Today(),
                idempotencyKey = key ?? Guid.NewGuid().ToString(),
            },
        })).ShouldSucceed();

    /// <summary>The member's own hours account in the timebank, as they see it.</summary>
    public static async Task<JsonElement> AccountAsync(this TestMember member, TestTimebank timebank)
        => (await member.Client.RunAsync("timebank", new { organisationId = timebank.Id })).ShouldSucceed().At("timebank.viewerAccount");

    public static async Task<long> PostedAsync(this TestMember member, TestTimebank timebank)
        => (await member.AccountAsync(timebank)).GetProperty("posted").GetInt64();

    public static async Task<string> AccountIdAsync(this TestMember member, TestTimebank timebank)
        => (await member.AccountAsync(timebank)).GetProperty("id").GetString()!;
}
