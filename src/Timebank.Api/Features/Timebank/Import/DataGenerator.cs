using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

/// <summary>What the generator made, and the member whose long statement the load tool reads.</summary>
public sealed record GeneratedData(int Timebanks, int Members, long Transfers, string BenchEmail, string BenchPassword, TimeSpan Elapsed);

/// <summary>
/// Fills a store for benchmarks: timebanks with members (assisted members, who need no password) and random exchanges
/// between members of the same timebank, written through the ledger writer in large commands. One member, with the
/// email and password returned, can sign in; a share of the exchanges involve them so their statement is long.
/// Member accounts get no limits, so no random exchange is refused.
/// </summary>
public sealed class DataGenerator(IDbContextFactory<TimebankDbContext> databases, ILedgerWriter writer, IPasswordHasher<Member> hasher, IClock clock)
{
    private static readonly ExchangeDescription Generated = ExchangeDescription.Parse("Generated exchange");

    public const string BenchEmail = "bench@timebank.example";
    public const string BenchPassword = "bench password 123";
    private const int Chunk = 2_000;

    public async Task<GeneratedData> GenerateAsync(int timebanks, int members, long transfers, int seed, Action<string> progress, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var random = new Random(seed);
        var now = clock.GetCurrentInstant();
        var books = new List<GeneratedTimebank>();
        var perTimebank = Math.Max(2, members / timebanks);
        for (var t = 0; t < timebanks; t++)
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            var founder = Member.Assisted(DisplayName.Parse($"Coordinator {t}"), now);
            var (organisation, founding) = Organisation.Create(OrganisationName.Parse($"Generated timebank {t}"), OrganisationKind.Timebank, founder.Id, now);
            var (settings, ledger, pool, general) = TimebankSettings.Open(organisation, now);
            settings.Configure(BalanceLimits.None, TimebankSettings.DefaultConfirmationDays, settings.TimeZone);
            var people = new List<Member>();
            for (var m = 0; m < perTimebank; m++)
            {
                people.Add(t == 0 && m == 0
                    ? Member.SignUp(EmailAddress.Parse(BenchEmail), DisplayName.Parse("Bench member"), hasher.HashPassword(null!, BenchPassword), now)
                    : Member.Assisted(DisplayName.Parse($"Member {t}-{m}"), now));
            }
            var memberships = people.Select(p => organisation.Enrol(p.Id, founding, now)).ToList();
            var accounts = people.Select(p => settings.OpenMemberAccount(ledger, p.Id, now)).ToList();
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                await BulkWriter.InsertAsync(db, [founder, organisation, founding, ledger, pool, general, settings], cancellationToken);
                await BulkWriter.InsertAsync(db, [.. people, .. memberships, .. accounts], cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            books.Add(new GeneratedTimebank(settings, people.Zip(accounts, (p, a) => new Participant(p.Id, a.Id)).ToList()));
        }
        progress($"{timebanks} timebanks and {perTimebank * timebanks} members in {started.Elapsed.TotalSeconds:F1} s");

        var bench = books[0].People[0];
        long written = 0;
        while (written < transfers)
        {
            var size = (int)Math.Min(Chunk, transfers - written);
            var timebank = books[random.Next(books.Count)];
            var pairs = new List<(TimebankSettings Timebank, Participant Giver, Participant Receiver, long Minutes)>(size);
            for (var i = 0; i < size; i++)
            {
                // One exchange in twenty is the bench member's, so their statement runs to tens of thousands of lines.
                var benchTurn = random.Next(20) == 0;
                var place = benchTurn ? books[0] : timebank;
                var chosen = benchTurn ? bench : place.People[random.Next(place.People.Count)];
                var otherIndex = random.Next(place.People.Count);
                var other = place.People[otherIndex] == chosen ? place.People[(otherIndex + 1) % place.People.Count] : place.People[otherIndex];
                pairs.Add(random.Next(2) == 0 ? (place.Settings, chosen, other, random.Next(15, 240)) : (place.Settings, other, chosen, random.Next(15, 240)));
            }
            await writer.SubmitAsync(new LedgerCommand<object>(
                new LedgerNeeds(pairs.SelectMany(p => new[] { p.Giver.Account, p.Receiver.Account }).Distinct().ToList()),
                (book, at, inserts) =>
                {
                    foreach (var pair in pairs)
                    {
                        inserts.Add(ExchangeBooking.Book(book, pair.Timebank, Recording.PostNow, pair.Giver, pair.Receiver, Amount.Of(pair.Minutes, "minutes"),
                            Generated, pair.Timebank.DefaultCategoryId, ExchangeDate.Today(pair.Timebank.Today(at)), pair.Giver.Member, at));
                    }
                    return pairs.Count;
                }), idempotency: null, cancellationToken);
            written += size;
            if (written % 100_000 < Chunk)
                progress(string.Create(CultureInfo.InvariantCulture, $"{written:N0} transfers in {started.Elapsed.TotalSeconds:F1} s"));
        }
        return new GeneratedData(timebanks, perTimebank * timebanks, written, BenchEmail, BenchPassword, started.Elapsed);
    }

    /// <summary>A history file for the importer: lines between <paramref name="people"/> named people, in date order.</summary>
    public static async Task WriteCsvAsync(string path, long lines, int people, int seed)
    {
        var random = new Random(seed);
        var start = new LocalDate(2015, 1, 1);
        await using var file = new StreamWriter(path);
        await file.WriteLineAsync("date,giver,receiver,minutes,description");
        for (long i = 0; i < lines; i++)
        {
            var giver = random.Next(people);
            var receiver = (giver + 1 + random.Next(people - 1)) % people;
            var date = start.PlusDays((int)(i * 3_650 / lines));
            await file.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{date:yyyy-MM-dd},Person {giver},Person {receiver},{random.Next(15, 240)},\"Help, given\""));
        }
    }

    private sealed record GeneratedTimebank(TimebankSettings Settings, List<Participant> People);
}
