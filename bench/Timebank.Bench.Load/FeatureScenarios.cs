using System.Text.Json;

namespace Timebank.Bench.Load;

/// <summary>A signed-in bench member and the organisation the generator gave them (their first membership).</summary>
public sealed record BenchOrganiser(string Token, string OrganisationId);

/// <summary>
/// The brokerage and courses read paths, signed in as the members the generators make: <c>brokers(filter)</c> over
/// <c>generate-brokers</c> (5,000 brokers), the organiser's cohort dashboard and the overdue pairings over
/// <c>generate-courses</c> (1,000 cohorts, 20,000 enrolments, 5,000 pairings).
/// </summary>
public sealed class FeatureScenarios(GraphQLScenarios api)
{
    private static readonly string[] Skills = ["benefits", "housing", "direct payments", "respite", "advocacy", "transport"];
    private static readonly string[] Languages = ["en", "pa", "ur", "pl", "cy"];
    private static readonly string[] Phases = ["UPCOMING", "RUNNING", "FINISHED"];

    private const string Brokers = """
        query($id: ID!, $filter: BrokerFilter) { brokers(organisationId: $id, filter: $filter, first: 20) {
          totalCount nodes { id member { displayName } skills languages areasServed formats checkInDate accreditations { name source } } } }
        """;

    private const string Dashboard = """
        query($id: ID!, $phase: CohortPhase) { cohorts(filter: { organisationId: $id, phase: $phase }, first: 20) {
          nodes { id phase startsAt course { title grants } sessions { title start attendance { present } } counts { enrolled waiting completed withdrawn completionRate } } } }
        """;

    private const string Overdue = """
        query($id: ID!) { mentoringPairings(filter: { organisationId: $id, overdue: true }, first: 20) {
          nodes { id nextDue overdue cadence mentor { displayName } mentees { displayName } } } }
        """;

    public async Task<BenchOrganiser> SignInAsync(string email, string password)
    {
        var signedIn = (await api.PostAsync(null, "mutation($i:SignInInput!){signIn(input:$i){token errors{code}}}", new { i = new { email, password } }))["data"]!["signIn"]!;
        var token = signedIn["token"]!.GetValue<string>();
        var organisation = (await api.PostAsync(token, "{me{memberships(first:1){nodes{organisation{id}}}}}", new { }))["data"]!["me"]!["memberships"]!["nodes"]![0]!["organisation"]!["id"]!.GetValue<string>();
        return new BenchOrganiser(token, organisation);
    }

    /// <summary>One or two criteria drawn from the generator's pools, as a person looking for a broker would give them.</summary>
    public Task<bool> BrokersAsync(BenchOrganiser member, Random random)
    {
        object filter = random.Next(4) switch
        {
            0 => new { skill = Skills[random.Next(Skills.Length)] },
            1 => new { area = $"CV{1 + random.Next(40)}", available = true },
            2 => new { language = Languages[random.Next(Languages.Length)], accreditation = "peer" },
            _ => new { skill = Skills[random.Next(Skills.Length)], area = $"CV{1 + random.Next(40)}" },
        };
        return api.SendAsync(member.Token, Brokers, JsonSerializer.Serialize(new { id = member.OrganisationId, filter }), mutation: false);
    }

    public Task<bool> DashboardAsync(BenchOrganiser organiser, Random random)
        => api.SendAsync(organiser.Token, Dashboard, JsonSerializer.Serialize(new { id = organiser.OrganisationId, phase = Phases[random.Next(Phases.Length)] }), mutation: false);

    public Task<bool> OverdueAsync(BenchOrganiser organiser)
        => api.SendAsync(organiser.Token, Overdue, JsonSerializer.Serialize(new { id = organiser.OrganisationId }), mutation: false);
}
