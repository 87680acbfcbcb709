using System.Globalization;
using Timebank.Bench.Load;

// The load tool: figures side by side with their ceilings on the same machine. See docs/performance.md.
var options = Options.Parse(args);
var figures = new List<Figure>();
var duration = TimeSpan.FromSeconds(options.Number("seconds", 20));
var warmup = TimeSpan.FromSeconds(options.Number("warmup", 3));
var clients = (int)options.Number("clients", 64);

switch (options.Command)
{
    case "sqlite":
        var path = options.Text("path", Path.Combine(Path.GetTempPath(), "timebank-raw.db"));
        foreach (var batch in options.Text("batches", "1,100").Split(',').Select(b => int.Parse(b, CultureInfo.InvariantCulture)))
            figures.Add(RawSqlite.Run(path, batch, duration));
        break;
    case "bare":
        using (var http = GraphQLScenarios.Client(options.Text("url", "http://127.0.0.1:5090"), clients))
        {
            var body = """{"query":"{ __typename }"}""";
            figures.Add(await LoadRun.RunAsync("bare endpoint", clients, duration, warmup, _ => 0, async (_, _) =>
            {
                using var response = await http.PostAsync("/echo", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
                await response.Content.ReadAsByteArrayAsync();
                return response.IsSuccessStatusCode;
            }));
        }
        break;
    case "statement":
        using (var http = GraphQLScenarios.Client(options.Text("url", "http://127.0.0.1:5080"), clients))
        {
            var api = new GraphQLScenarios(http);
            var (member, _, lines) = await api.SignInAsync(options.Text("email", "bench@timebank.example"), options.Text("password", "bench password 123"));
            Console.WriteLine($"statement of {lines} lines");
            // Every page is 50 lines from a random point in the second half of the history: deep, never near the start.
            figures.Add(await LoadRun.RunAsync($"statement(first: 50) deep", clients, duration, warmup, c => new Random(c), (random, _) =>
                api.StatementAsync(member, GraphQLScenarios.CursorAt(lines / 2 + random.NextInt64(Math.Max(1, lines / 2 - 50))))));
        }
        break;
    case "http":
        using (var http = GraphQLScenarios.Client(options.Text("url", "http://127.0.0.1:5080"), clients))
        {
            var api = new GraphQLScenarios(http);
            var timebank = await api.SetUpAsync((int)options.Number("members", 64));
            foreach (var scenario in options.Text("scenarios", "exchange,account,me").Split(','))
            {
                figures.Add(scenario switch
                {
                    "exchange" => await LoadRun.RunAsync("recordExchange", clients, duration, warmup, c => c, (c, n) => api.RecordExchangeAsync(timebank, c, n)),
                    "account" => await LoadRun.RunAsync("account { balance }", clients, duration, warmup, c => timebank.Members[c % timebank.Members.Count], (m, _) => api.AccountAsync(m)),
                    "me" => await LoadRun.RunAsync("me", clients, duration, warmup, c => timebank.Members[c % timebank.Members.Count], (m, _) => api.MeAsync(m)),
                    "typename" => await LoadRun.RunAsync("{ __typename }", clients, duration, warmup, _ => 0, (_, _) => api.TypenameAsync(null)),
                    "typename-signed-in" => await LoadRun.RunAsync("{ __typename } signed in", clients, duration, warmup, c => timebank.Members[c % timebank.Members.Count], (m, _) => api.TypenameAsync(m)),
                    _ => throw new ArgumentException($"unknown scenario {scenario}"),
                });
                Console.WriteLine(figures[^1]);
            }
        }
        break;
    case "directory":
        using (var http = GraphQLScenarios.Client(options.Text("url", "http://127.0.0.1:5080"), clients))
        {
            var directory = new DirectoryScenarios(http);
            var pages = (int)options.Number("pages", 2_000);
            figures.Add(await LoadRun.RunAsync("localSupports search", clients, duration, warmup, c => new Random(c), (r, _) => directory.GraphQLSearchAsync(r)));
            figures.Add(await LoadRun.RunAsync("GET /oruk/services page", clients, duration, warmup, c => new Random(c), (r, _) => directory.OrukPageAsync(r, pages)));
            figures.Add(await LoadRun.RunAsync("GET /oruk/services search", clients, duration, warmup, c => new Random(c), (r, _) => directory.OrukSearchAsync(r)));
        }
        break;
    case "pages":
        using (var http = GraphQLScenarios.Client(options.Text("url", "http://127.0.0.1:5080"), clients))
        {
            var pages = new WebPageScenarios(http, new GraphQLScenarios(http));
            foreach (var scenario in options.Text("scenarios", "directory,statement").Split(','))
            {
                if (scenario == "directory")
                {
                    figures.Add(await LoadRun.RunAsync("page: directory search", clients, duration, warmup, c => new Random(c), (r, _) => pages.DirectorySearchAsync(r)));
                }
                else if (scenario == "statement")
                {
                    var (member, organisation, lines) = await pages.SignInAsync(options.Text("email", "bench@timebank.example"), options.Text("password", "bench password 123"));
                    figures.Add(await LoadRun.RunAsync($"page: statement of {lines} lines", clients, duration, warmup, c => new Random(c), (r, _) => pages.StatementAsync(member.Token, organisation, lines, r)));
                }
                else
                {
                    throw new ArgumentException($"unknown scenario {scenario}");
                }
                Console.WriteLine(figures[^1]);
            }
        }
        break;
    case "features":
        using (var http = GraphQLScenarios.Client(options.Text("url", "http://127.0.0.1:5080"), clients))
        {
            var features = new FeatureScenarios(new GraphQLScenarios(http));
            foreach (var scenario in options.Text("scenarios", "brokers,cohorts,overdue").Split(','))
            {
                var password = options.Text("password", "bench password 123");
                figures.Add(scenario switch
                {
                    "brokers" => await RunSignedInAsync(options.Text("brokers-email", "broker-bench@timebank.example"), "brokers(filter)", (m, r) => features.BrokersAsync(m, r)),
                    "cohorts" => await RunSignedInAsync(options.Text("courses-email", "course-bench@timebank.example"), "cohorts(filter) dashboard", (m, r) => features.DashboardAsync(m, r)),
                    "overdue" => await RunSignedInAsync(options.Text("courses-email", "course-bench@timebank.example"), "mentoringPairings overdue", (m, _) => features.OverdueAsync(m)),
                    _ => throw new ArgumentException($"unknown scenario {scenario}"),
                });
                Console.WriteLine(figures[^1]);

                async Task<Figure> RunSignedInAsync(string email, string name, Func<BenchOrganiser, Random, Task<bool>> call)
                {
                    var member = await features.SignInAsync(email, password);
                    return await LoadRun.RunAsync(name, clients, duration, warmup, c => new Random(c), (r, _) => call(member, r));
                }
            }
        }
        break;
    case "flexi":
        using (var http = GraphQLScenarios.Client(options.Text("url", "http://127.0.0.1:5080"), clients))
        {
            var flexi = new FlexiScenarios(new GraphQLScenarios(http));
            var (token, services) = await flexi.SignInAsync(options.Text("email", "flexi-bench@timebank.example"), options.Text("password", "bench password 123"));
            Console.WriteLine($"serviceReport over {services.Count} services");
            figures.Add(await LoadRun.RunAsync("serviceReport (a year)", clients, duration, warmup, c => new Random(c), (r, _) => flexi.ReportAsync(token, services, r)));
        }
        break;
    case "flexi-writes":
        // bookSupportSession beside recordExchange on the same API in the same run, one after the other, each with the machine to itself.
        using (var http = GraphQLScenarios.Client(options.Text("url", "http://127.0.0.1:5080"), clients))
        {
            var api = new GraphQLScenarios(http);
            var (token, providers) = await new FlexiScenarios(api).SignInToProvidersAsync(options.Text("email", "flexi-bench@timebank.example"), options.Text("password", "bench password 123"));
            var bookings = new FlexiBookings(http, api, (long)options.Number("session-minutes", 15));
            await bookings.PrepareAsync(token, providers, parallel: 8);
            Console.WriteLine($"bookSupportSession: {bookings.Tickets} sessions of {bookings.Minutes} minutes bookable in {providers.Count} providers' services");
            var timebank = await api.SetUpAsync((int)options.Number("members", 64));
            figures.Add(await LoadRun.RunAsync("recordExchange", clients, duration, warmup, c => c, (c, n) => api.RecordExchangeAsync(timebank, c, n)));
            Console.WriteLine(figures[^1]);
            figures.Add(await LoadRun.RunAsync("bookSupportSession", clients, duration, warmup, _ => token, (t, _) => bookings.BookNextAsync(t)));
            Console.WriteLine(figures[^1]);
            if (bookings.FirstError is { } first)
                Console.WriteLine($"bookSupportSession: first error: {first}");
            Console.WriteLine(FlexiBookings.Compare(figures[^1], figures[^2]));
        }
        break;
    default:
        Console.WriteLine("""
            usage: dotnet run -c Release --project bench/Timebank.Bench.Load -- <command> [--name value ...]
              http   --url http://127.0.0.1:5080 --scenarios exchange,account,me --clients 64 --seconds 20 --warmup 3 --members 64
              bare   --url http://127.0.0.1:5090 --clients 64 --seconds 20
              sqlite --batches 1,100 --seconds 10 --path /tmp/timebank-raw.db
              statement --url http://127.0.0.1:5080 --email bench@timebank.example --password "bench password 123" --clients 16
              directory --url http://127.0.0.1:5080 --clients 16 --pages 2000   (after generate-directory --services 100000)
              features --url http://127.0.0.1:5080 --scenarios brokers,cohorts,overdue --clients 16   (after generate-brokers and generate-courses)
              flexi --url http://127.0.0.1:5080 --clients 16   (serviceReport over a year, after generate-flexi)
              flexi-writes --url http://127.0.0.1:5080 --clients 16 --members 64 --session-minutes 15   (bookSupportSession beside recordExchange, after generate-flexi)
              pages --url http://127.0.0.1:5080 --scenarios directory,statement --clients 16   (web pages, after generate-data and generate-directory)
            """);
        return 2;
}

foreach (var figure in figures)
    Console.WriteLine(figure);
if (options.Text("out", string.Empty) is { Length: > 0 } output)
    await File.AppendAllLinesAsync(output, figures.Select(f => f.ToString()));
// A figure with failed calls, or with none at all, is no figure: say so in the exit code (the CI smoke relies on it).
return figures.All(f => f.Errors == 0 && f.Operations > 0) ? 0 : 1;

internal sealed record Options(string Command, Dictionary<string, string> Values)
{
    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (var i = 1; i + 1 < args.Length; i += 2)
            values[args[i].TrimStart('-')] = args[i + 1];
        return new Options(args.Length > 0 ? args[0] : "help", values);
    }

    public string Text(string name, string fallback) => Values.GetValueOrDefault(name, fallback);

    public double Number(string name, double fallback)
        => Values.TryGetValue(name, out var value) ? double.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
