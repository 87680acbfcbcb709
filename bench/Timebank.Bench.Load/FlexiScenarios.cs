using System.Text.Json;
using System.Text.Json.Nodes;

namespace Timebank.Bench.Load;

/// <summary>
/// The flexi read path over <c>generate-flexi</c>'s store (100 services, 2,000 customers): the bench manager, who
/// manages every generated provider, asks for a random service's report over the last year.
/// </summary>
public sealed class FlexiScenarios(GraphQLScenarios api)
{
    private const string Report = """
        query($serviceId: ID!, $from: Date!, $to: Date!) { serviceReport(serviceId: $serviceId, from: $from, to: $to) {
          minutes { allocated booked delivered lapsed carriedOver } cash { allocated spent saved awaitingApproval spentByCategory { category pence } }
          receiptsMissing deliveredPerWorker { minutes sessions } chosenWorkerShare contract { contractedMinutes deliveredMinutes authorisedDeviations } } }
        """;

    /// <summary>Signs in and finds the services of the bench manager's providers (through <c>flexiServices</c>).</summary>
    public async Task<(string Token, IReadOnlyList<string> Services)> SignInAsync(string email, string password)
    {
        var (token, providers) = await SignInToProvidersAsync(email, password);
        var services = new List<string>();
        foreach (var provider in providers)
        {
            var listed = (await api.PostAsync(token, "query($p:ID!){flexiServices(providerId:$p){id}}", new { p = provider }))["data"]!["flexiServices"]!.AsArray();
            services.AddRange(listed.Select(s => s!["id"]!.GetValue<string>()));
        }
        return (token, services);
    }

    /// <summary>Signs in and lists the organisations the bench manager belongs to: every generated provider.</summary>
    public async Task<(string Token, IReadOnlyList<string> Providers)> SignInToProvidersAsync(string email, string password)
    {
        var token = (await api.PostAsync(null, "mutation($i:SignInInput!){signIn(input:$i){token}}", new { i = new { email, password } }))["data"]!["signIn"]!["token"]!.GetValue<string>();
        var providers = new List<string>();
        string? after = null;
        do
        {
            var page = (await api.PostAsync(token, "query($a:String){me{memberships(first:50,after:$a){nodes{organisation{id}} pageInfo{hasNextPage endCursor}}}}", new { a = after }))["data"]!["me"]!["memberships"]!;
            providers.AddRange(page["nodes"]!.AsArray().Select(n => n!["organisation"]!["id"]!.GetValue<string>()));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);
        return (token, providers);
    }

    public Task<bool> ReportAsync(string token, IReadOnlyList<string> services, Random random)
    {
        var to = DateOnly.FromDateTime(DateTime.UtcNow);
        var variables = new { serviceId = services[random.Next(services.Count)], from = to.AddDays(-364).ToString("yyyy-MM-dd", null), to = to.ToString("yyyy-MM-dd", null) };
        return api.SendAsync(token, Report, JsonSerializer.Serialize(variables), mutation: false);
    }
}
