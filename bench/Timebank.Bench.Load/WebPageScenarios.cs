using System.Globalization;

namespace Timebank.Bench.Load;

/// <summary>
/// The web's pages as a browser asks for them: the directory search anonymous (on a store filled by
/// <c>generate-directory</c>) and a member's statement with the session cookie (the <c>generate-data</c> bench member).
/// A page counts as served only when it is the page asked for, not a sign-in redirect or an error page.
/// </summary>
public sealed class WebPageScenarios(HttpClient http, GraphQLScenarios api)
{
    public async Task<bool> DirectorySearchAsync(Random random)
    {
        var url = string.Create(CultureInfo.InvariantCulture,
            $"/?q={Uri.EscapeDataString(DirectoryScenarios.Words[random.Next(DirectoryScenarios.Words.Length)])}&area={DirectoryScenarios.Areas[random.Next(DirectoryScenarios.Areas.Length)]}&free={random.Next(2) == 0}");
        using var response = await http.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode && body.Contains("Find local support", StringComparison.Ordinal);
    }

    /// <summary>The member (their API token is the session the sign-in page sets) and the timebank whose statement they read.</summary>
    public Task<(BenchMember Member, string OrganisationId, long Lines)> SignInAsync(string email, string password) => api.SignInAsync(email, password);

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
