using System.Globalization;

namespace Timebank.Bench.Load;

/// <summary>
/// The web's pages as a browser asks for them: the directory search anonymous (on a store filled by
/// <c>generate-directory</c>) and a member's statement with the session cookie (the <c>generate-data</c> bench member).
/// A page counts as served only when it is the page asked for, not a sign-in redirect or an error page.
/// </summary>
public sealed class WebPageScenarios(HttpClient http, GraphQLScenarios api)
{
    private static readonly string[] Words = ["peer support", "walking", "advice", "carers", "craft", "befriending", "gardening", "reading", "wellbeing", "drop-in"];
    private static readonly string[] Areas = ["CV1", "B1", "LE1", "NG1", "LS1", "M1", "BS1", "NR1", "YO1", "EX1", "DE1", "OX1"];

    public async Task<bool> DirectorySearchAsync(Random random)
    {
        var url = string.Create(CultureInfo.InvariantCulture,
            $"/?q={Uri.EscapeDataString(Words[random.Next(Words.Length)])}&area={Areas[random.Next(Areas.Length)]}&free={random.Next(2) == 0}");
        using var response = await http.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode && body.Contains("Find local support", StringComparison.Ordinal);
    }

    /// <summary>The member's session (their API token, as the sign-in page sets it) and the timebank whose statement they read.</summary>
    public async Task<(string Token, string OrganisationId, long Lines)> SignInAsync(string email, string password)
    {
        var (member, lines) = await api.SignInAsync(email, password);
        var organisation = (await api.PostAsync(member.Token, "{me{memberships(first:1){nodes{organisation{id}}}}}", new { }))
            ["data"]!["me"]!["memberships"]!["nodes"]![0]!["organisation"]!["id"]!.GetValue<string>();
        return (member.Token, organisation, lines);
    }

    /// <summary>A page of 50 statement lines ending at a random point of the history, as following "Older" links reaches.</summary>
    public async Task<bool> StatementAsync(string token, string organisationId, long lines, Random random)
    {
        var before = GraphQLScenarios.CursorAt(50 + random.NextInt64(Math.Max(1, lines - 50)));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/timebanks/{Uri.EscapeDataString(organisationId)}/statement?before={Uri.EscapeDataString(before)}");
        request.Headers.Add("Cookie", "timebank_session=" + token);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode && body.Contains("<h1 class=\"govuk-heading-l\">Your statement</h1>", StringComparison.Ordinal);
    }
}
