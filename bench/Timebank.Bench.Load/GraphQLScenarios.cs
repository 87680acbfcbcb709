using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Timebank.Bench.Load;

/// <summary>A member the load runs as: their token, ids and account.</summary>
public sealed record BenchMember(string Id, string Token, string AccountId);

/// <summary>A timebank made through the public API for a run: a coordinator and members whose floors allow any run length.</summary>
public sealed record BenchTimebank(string OrganisationId, BenchMember Coordinator, IReadOnlyList<BenchMember> Members);

/// <summary>The API's operations as the load drives them: real JSON over HTTP, one connection pool for all clients.</summary>
public sealed class GraphQLScenarios(HttpClient http)
{
    private const string RecordExchange = "mutation($i:RecordExchangeInput!){recordExchange(input:$i){exchange{id}errors{code}}}";
    private const string Account = "query($id:ID!){account(id:$id){posted available}}";
    private const string Me = "{me{id displayName}}";
    private const string Statement = "query($id:ID!,$after:String){statement(accountId:$id,first:50,after:$after){edges{cursor node{sequence change balanceAfter}}}}";

    private static readonly string Yesterday = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    // No cookie jar: a scenario that needs a session (the web pages) sends its cookie itself.
    public static HttpClient Client(string baseUrl, int clients)
        => new(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10), UseCookies = false })
        {
            BaseAddress = new Uri(baseUrl),
            Timeout = TimeSpan.FromSeconds(30),
        };

    public async Task<BenchTimebank> SetUpAsync(int members)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var coordinator = await SignUpAsync($"coordinator-{run}@bench.example");
        var organisation = (await PostAsync(coordinator.Token, "mutation($i:CreateOrganisationInput!){createOrganisation(input:$i){organisation{id}}}",
            new { i = new { name = $"Bench timebank {run}", kind = "TIMEBANK" } }))["data"]!["createOrganisation"]!["organisation"]!["id"]!.GetValue<string>();
        // A floor no run can reach, so every exchange in the load is one the engine posts.
        await PostAsync(coordinator.Token, "mutation($i:ConfigureTimebankInput!){configureTimebank(input:$i){errors{code}}}",
            new { i = new { organisationId = organisation, memberFloor = -1_000_000_000_000L, confirmationDays = 14 } });

        var joined = new BenchMember[members];
        await Parallel.ForAsync(0, members, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var member = await SignUpAsync($"member-{i}-{run}@bench.example");
            var membership = (await PostAsync(member.Token, "mutation($i:JoinOrganisationInput!){joinOrganisation(input:$i){membership{id}}}",
                new { i = new { organisationId = organisation } }))["data"]!["joinOrganisation"]!["membership"]!["id"]!.GetValue<string>();
            await PostAsync(coordinator.Token, "mutation($i:ApproveMembershipInput!){approveMembership(input:$i){errors{code}}}", new { i = new { membershipId = membership } });
            var account = (await PostAsync(member.Token, "query($id:ID!){timebank(organisationId:$id){viewerAccount{id}}}", new { id = organisation }))
                ["data"]!["timebank"]!["viewerAccount"]!["id"]!.GetValue<string>();
            joined[i] = member with { AccountId = account };
        });
        return new BenchTimebank(organisation, coordinator, joined);
    }

    /// <summary>The client's member receives a minute from another member and records it (so it is posted at once).</summary>
    public Task<bool> RecordExchangeAsync(BenchTimebank timebank, int client, long sequence)
    {
        var members = timebank.Members;
        var me = members[client % members.Count];
        var giver = members[(int)((client + 1 + (sequence % (members.Count - 1))) % members.Count)];
        var variables = $$$"""{"i":{"organisationId":"{{{timebank.OrganisationId}}}","giverId":"{{{giver.Id}}}","receiverId":"{{{me.Id}}}","minutes":1,"description":"Bench","date":"{{{Yesterday}}}","idempotencyKey":"{{{client}}}-{{{sequence}}}-{{{Guid.NewGuid():N}}}"}}""";
        return SendAsync(me.Token, RecordExchange, variables, mutation: true);
    }

    public Task<bool> AccountAsync(BenchMember member)
        => SendAsync(member.Token, Account, $$"""{"id":"{{member.AccountId}}"}""", mutation: false);

    public Task<bool> MeAsync(BenchMember member) => SendAsync(member.Token, Me, "{}", mutation: false);

    /// <summary>The GraphQL layer alone: no resolver work, no database; with a token when one is given.</summary>
    public Task<bool> TypenameAsync(BenchMember? member) => SendAsync(member?.Token, "{__typename}", "{}", mutation: false);

    public Task<bool> StatementAsync(BenchMember member, string? after)
        => SendAsync(member.Token, Statement, after is null ? $$"""{"id":"{{member.AccountId}}"}""" : $$"""{"id":"{{member.AccountId}}","after":"{{after}}"}""", mutation: false);

    /// <summary>Signs in an existing member (the generator's bench member) and finds their first timebank account and its length.</summary>
    public async Task<(BenchMember Member, string OrganisationId, long Lines)> SignInAsync(string email, string password)
    {
        var signedIn = (await PostAsync(null, "mutation($i:SignInInput!){signIn(input:$i){token member{id} errors{code}}}", new { i = new { email, password } }))["data"]!["signIn"]!;
        var token = signedIn["token"]!.GetValue<string>();
        var organisation = (await PostAsync(token, "{me{memberships(first:1){nodes{organisation{id}}}}}", new { }))["data"]!["me"]!["memberships"]!["nodes"]![0]!["organisation"]!["id"]!.GetValue<string>();
        var account = (await PostAsync(token, "query($id:ID!){timebank(organisationId:$id){viewerAccount{id statement(first:1){totalCount}}}}", new { id = organisation }))["data"]!["timebank"]!["viewerAccount"]!;
        return (new BenchMember(signedIn["member"]!["id"]!.GetValue<string>(), token, account["id"]!.GetValue<string>()), organisation, account["statement"]!["totalCount"]!.GetValue<long>());
    }

    /// <summary>
    /// A cursor <paramref name="lines"/> lines into a statement. The bench builds it the way the API does (base64 of
    /// "s:" and the line number) to jump straight there; clients treat cursors as opaque.
    /// </summary>
    public static string CursorAt(long lines) => Convert.ToBase64String(Encoding.ASCII.GetBytes("s:" + lines.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public async Task<bool> SendAsync(string? token, string query, string variablesJson, bool mutation)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent($$"""{"query":{{JsonSerializer.Serialize(query)}},"variables":{{variablesJson}}}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        // A mutation succeeded when its payload's errors list is empty; a query when the response has no errors.
        return response.IsSuccessStatusCode && (mutation ? body.Contains("\"errors\":[]", StringComparison.Ordinal) : !body.Contains("\"errors\"", StringComparison.Ordinal));
    }

    private async Task<BenchMember> SignUpAsync(string email)
    {
        var result = await PostAsync(null, "mutation($i:SignUpInput!){signUp(input:$i){token member{id}}}",
            new { i = new { email, displayName = email[..email.IndexOf('@', StringComparison.Ordinal)], password = "bench password 123" } });
        var payload = result["data"]!["signUp"]!;
        return new BenchMember(payload["member"]!["id"]!.GetValue<string>(), payload["token"]!.GetValue<string>(), string.Empty);
    }

    public async Task<JsonNode> PostAsync(string? token, string query, object variables)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        if (body["errors"] is JsonArray { Count: > 0 } errors)
            throw new InvalidOperationException($"set-up step failed: {errors.ToJsonString()}");
        return body;
    }
}
