using System.Globalization;
using System.Net.Http.Json;

namespace Timebank.Bench.Load;

/// <summary>
/// The directory's read paths, anonymous, against a store filled by <c>generate-directory</c> (100,000 entries):
/// GraphQL text search with filters, ORUK <c>/services</c> pages, and ORUK search with an open-at filter.
/// </summary>
public sealed class DirectoryScenarios(HttpClient http)
{
    internal static readonly string[] Words = ["peer support", "walking", "advice", "carers", "craft", "befriending", "gardening", "reading", "wellbeing", "drop-in"];
    internal static readonly string[] Areas = ["CV1", "B1", "LE1", "NG1", "LS1", "M1", "BS1", "NR1", "YO1", "EX1", "DE1", "OX1"];
    private static readonly string[] Days = ["MO", "TU", "WE", "TH", "FR", "SA"];

    private const string Search = """
        query($filter: LocalSupportFilter) { localSupports(filter: $filter, first: 20) { nodes { id name isFree schedules { byDay opensAt closesAt } } } }
        """;

    public async Task<bool> GraphQLSearchAsync(Random random)
    {
        var filter = new { text = Words[random.Next(Words.Length)], area = Areas[random.Next(Areas.Length)], freeOnly = random.Next(2) == 0 };
        using var response = await http.PostAsJsonAsync("/graphql", new { query = Search, variables = new { filter } });
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode && !body.Contains("\"errors\"", StringComparison.Ordinal);
    }

    public async Task<bool> OrukPageAsync(Random random, int pages)
    {
        using var response = await http.GetAsync(new Uri(string.Create(CultureInfo.InvariantCulture, $"/oruk/services?page={1 + random.Next(pages)}&per_page=50"), UriKind.Relative));
        await response.Content.ReadAsByteArrayAsync();
        return response.IsSuccessStatusCode;
    }

    public async Task<bool> OrukSearchAsync(Random random)
    {
        var url = string.Create(CultureInfo.InvariantCulture,
            $"/oruk/services?search={Uri.EscapeDataString(Words[random.Next(Words.Length)])}&day={Days[random.Next(Days.Length)]}&start_time={9 + random.Next(8):00}:00&per_page=20");
        using var response = await http.GetAsync(new Uri(url, UriKind.Relative));
        await response.Content.ReadAsByteArrayAsync();
        return response.IsSuccessStatusCode;
    }
}
