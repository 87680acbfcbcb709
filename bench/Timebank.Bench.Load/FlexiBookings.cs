using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Timebank.Bench.Load;

/// <summary>One booking the run may make: whose, with whom, when (the same ticket is never handed out twice).</summary>
public sealed record BookingTicket(string ServiceId, string CustomerId, string WorkerId, DateTimeOffset Start);

/// <summary>
/// <c>bookSupportSession</c> over <c>generate-flexi</c>'s store: the bench manager, who manages every generated
/// provider, books short sessions (15 minutes unless told) on customers' behalf. Every booking is one the API accepts: each customer is
/// given only as many as the minutes they have left, and each service's sessions are laid out ahead so no worker or
/// customer is booked twice at once (a service's workers each take one of its customers every two hours, later than
/// anything already in its diary). A refusal with a typed error (NOT_ENOUGH_MINUTES once the tickets run out) is an error.
/// </summary>
public sealed class FlexiBookings(HttpClient http, GraphQLScenarios api, long minutes)
{

    private static readonly TimeSpan Step = TimeSpan.FromHours(2);

    private const string Book = "mutation($i:BookSupportSessionInput!){bookSupportSession(input:$i){supportSession{id} errors{code}}}";

    private BookingTicket[] _tickets = [];
    private long _next = -1;
    private string? _firstError;

    public int Tickets => _tickets.Length;

    /// <summary>Each session's length: a customer's week holds 3 hours 30 minutes, so 15 minutes gives 14 bookings each.</summary>
    public long Minutes => minutes;

    /// <summary>The first refusal or failure the run met, to say why errors is not zero.</summary>
    public string? FirstError => _firstError;

    /// <summary>Finds every service's customers, staff and diary and how many minutes each customer has left, and lays out the tickets.</summary>
    public async Task PrepareAsync(string token, IReadOnlyList<string> providers, int parallel)
    {
        var services = new List<(string Service, List<string> Customers, List<string> Workers, DateTimeOffset Base)>();
        await Parallel.ForEachAsync(providers, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (provider, _) =>
        {
            var (customers, workers) = await MembersAsync(token, provider);
            var listed = (await api.PostAsync(token, "query($p:ID!){flexiServices(providerId:$p){id}}", new { p = provider }))["data"]!["flexiServices"]!.AsArray();
            foreach (var service in listed.Select(s => s!["id"]!.GetValue<string>()))
            {
                var start = await FirstFreeAsync(token, service);
                lock (services)
                    services.Add((service, customers, workers, start));
            }
        });
        services.Sort((a, b) => string.CompareOrdinal(a.Service, b.Service));

        var left = new Dictionary<(string, string), long>();
        var pairs = services.SelectMany(s => s.Customers.Select(c => (s.Service, Customer: c))).ToList();
        await Parallel.ForEachAsync(pairs, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (pair, _) =>
        {
            var budget = (await api.PostAsync(token, "query($s:ID!,$c:ID){customerBudget(serviceId:$s,customerId:$c){supportMinutes{available}}}", new { s = pair.Service, c = pair.Customer }))["data"]!["customerBudget"];
            var available = budget is null ? 0 : budget["supportMinutes"]!["available"]!.GetValue<long>();
            lock (left)
                left[pair] = available / minutes;
        });

        // Round by round, every service's customers in turn, so the writer sees many accounts at once as in the field.
        var tickets = new List<BookingTicket>();
        var rounds = left.Count == 0 ? 0 : left.Values.Max();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (service, customers, workers, start) in services)
            {
                var side = Math.Max(1, Math.Min(workers.Count, customers.Count));
                var rows = (customers.Count + side - 1) / side;
                for (var i = 0; i < customers.Count; i++)
                {
                    if (left[(service, customers[i])] > round)
                        tickets.Add(new BookingTicket(service, customers[i], workers[i % side], start + (Step * ((round * rows) + (i / side)))));
                }
            }
        }
        _tickets = [.. tickets];
    }

    /// <summary>Books the next ticket with a fresh idempotency key; false when the API refuses it or the tickets have run out.</summary>
    public async Task<bool> BookNextAsync(string token)
    {
        var index = Interlocked.Increment(ref _next);
        if (index >= _tickets.Length)
        {
            Interlocked.CompareExchange(ref _firstError, "the customers' minutes ran out: no ticket left", null);
            return false;
        }
        var ticket = _tickets[index];
        var variables = JsonSerializer.Serialize(new
        {
            i = new
            {
                serviceId = ticket.ServiceId,
                customerId = ticket.CustomerId,
                workerId = ticket.WorkerId,
                minutes,
                start = ticket.Start.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss'Z'", CultureInfo.InvariantCulture),
                where = "ON_SITE",
                formality = "INFORMAL",
                idempotencyKey = Guid.NewGuid().ToString("N"),
            },
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent($$"""{"query":{{JsonSerializer.Serialize(Book)}},"variables":{{variables}}}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var ok = response.IsSuccessStatusCode && body.Contains("\"errors\":[]", StringComparison.Ordinal);
        if (!ok)
            Interlocked.CompareExchange(ref _firstError, $"{(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}", null);
        return ok;
    }

    /// <summary>The provider's customers and staff (by their roles), through its member list.</summary>
    private async Task<(List<string> Customers, List<string> Workers)> MembersAsync(string token, string provider)
    {
        var (customers, workers) = (new List<string>(), new List<string>());
        string? after = null;
        do
        {
            var page = (await api.PostAsync(token, "query($o:ID!,$a:String){organisation(id:$o){members(first:50,after:$a){nodes{roles member{id}} pageInfo{hasNextPage endCursor}}}}",
                new { o = provider, a = after }))["data"]!["organisation"]!["members"]!;
            foreach (var node in page["nodes"]!.AsArray())
            {
                var roles = node!["roles"]!.AsArray().Select(r => r!.GetValue<string>()).ToList();
                var id = node["member"]!["id"]!.GetValue<string>();
                if (roles.Contains("CUSTOMER"))
                    customers.Add(id);
                else if (roles.Contains("STAFF"))
                    workers.Add(id);
            }
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);
        return (customers, workers);
    }

    /// <summary>On the hour, an hour from now or after the last session already booked (an earlier run's), whichever is later.</summary>
    private async Task<DateTimeOffset> FirstFreeAsync(string token, string service)
    {
        var now = DateTimeOffset.UtcNow;
        var sessions = (await api.PostAsync(token, "query($s:ID!,$f:DateTime!,$t:DateTime!){supportSessions(serviceId:$s,from:$f,to:$t){end}}",
            new { s = service, f = Iso(now.AddDays(-1)), t = Iso(now.AddDays(91)) }))["data"]!["supportSessions"]!.AsArray();
        var latest = sessions.Select(s => DateTimeOffset.Parse(s!["end"]!.GetValue<string>(), CultureInfo.InvariantCulture)).DefaultIfEmpty(now).Max();
        var from = latest > now ? latest : now;
        return new DateTimeOffset(from.Year, from.Month, from.Day, from.Hour, 0, 0, TimeSpan.Zero).AddHours(latest > now ? 1 : 2);
    }

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>For the figure's line: how the two compare.</summary>
    public static string Compare(Figure booking, Figure exchange)
        => string.Create(CultureInfo.InvariantCulture, $"bookSupportSession / recordExchange throughput: {booking.Rate / Math.Max(exchange.Rate, 1e-9):F2}");
}
