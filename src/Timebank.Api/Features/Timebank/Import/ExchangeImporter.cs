using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

/// <summary>One line of history from another system.</summary>
public sealed record HistoricalExchange(int Line, LocalDate Date, string Giver, string Receiver, long Minutes, string Description);

public sealed record ImportSummary(int Exchanges, int NewMembers);

/// <summary>
/// Imports a timebank's history from CSV (date, giver, receiver, minutes, description; a header line first), so a
/// timebank moving from another system keeps it. People are matched by email when the column holds one, else by
/// display name; anyone not found becomes an assisted member. Every line is checked before anything is written;
/// then the exchanges go through the ledger writer in chunks, each under an idempotency key made from the file and
/// the chunk, so running the same file again imports nothing twice.
/// </summary>
public sealed class ExchangeImporter(IDbContextFactory<TimebankDbContext> databases, ILedgerWriter writer, TimebankService timebanks, IClock clock)
{
    public const int ChunkSize = 50_000;

    public static IReadOnlyList<HistoricalExchange> Parse(TextReader csv)
    {
        var lines = new List<HistoricalExchange>();
        var problems = new List<string>();
        // Histories repeat the same few hundred names and descriptions; a million copies of them cost ~150 MB.
        var repeated = new HashSet<string>(StringComparer.Ordinal);
        string Shared(string text)
        {
            if (repeated.TryGetValue(text, out var known))
                return known;
            repeated.Add(text);
            return text;
        }
        var number = 1;
        csv.ReadLine();
        while (csv.ReadLine() is { } text)
        {
            number++;
            if (string.IsNullOrWhiteSpace(text))
                continue;
            var fields = SplitCsv(text);
            if (fields.Count != 5)
            {
                problems.Add($"line {number}: expected 5 fields (date, giver, receiver, minutes, description), found {fields.Count}");
                continue;
            }
            var date = LocalDatePattern.Iso.Parse(fields[0].Trim());
            if (!date.Success)
                problems.Add($"line {number}: '{fields[0]}' is not a date (yyyy-MM-dd)");
            else if (date.Value < CalendarDate.Earliest || date.Value > CalendarDate.Latest)
                problems.Add($"line {number}: {fields[0].Trim()} is outside the dates this system keeps ({LocalDatePattern.Iso.Format(CalendarDate.Earliest)} to {LocalDatePattern.Iso.Format(CalendarDate.Latest)})");
            if (!long.TryParse(fields[3].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) || minutes is <= 0 or > Amount.Max)
                problems.Add($"line {number}: '{fields[3]}' is not a positive number of minutes");
            if (fields[1].Trim().Length == 0 || fields[2].Trim().Length == 0 || string.Equals(fields[1].Trim(), fields[2].Trim(), StringComparison.OrdinalIgnoreCase))
                problems.Add($"line {number}: giver and receiver must be two different people");
            if (date.Success && minutes > 0)
                lines.Add(new HistoricalExchange(number, date.Value, Shared(fields[1].Trim()), Shared(fields[2].Trim()), minutes, Shared(fields[4].Trim().Length == 0 ? "Imported exchange" : fields[4].Trim())));
        }
        return problems.Count == 0 ? lines : throw new FormatException(string.Join(Environment.NewLine, problems.Take(50)));
    }

    /// <param name="liftLimits">
    /// Clears the floors and ceilings of the accounts the history touches first: the old system's rules may have
    /// allowed balances this timebank's limits would refuse. Coordinators set limits again afterwards.
    /// </param>
    public async Task<ImportSummary> ImportAsync(Id<Organisation> organisation, IReadOnlyList<HistoricalExchange> history, string fileFingerprint,
        bool liftLimits, Action<string> progress, CancellationToken cancellationToken)
    {
        var elapsed = System.Diagnostics.Stopwatch.StartNew();
        var settings = await timebanks.TimebankAsync(organisation, cancellationToken);
        var (descriptions, dates) = Check(history, settings.Today(clock.GetCurrentInstant()));
        var (recorder, people, created) = await PeopleAsync(settings, history, cancellationToken);
        var accounts = await timebanks.MemberAccountsAsync(settings, people.Values.Distinct().ToList(), "giver", cancellationToken);
        if (liftLimits)
        {
            var touched = accounts.Values.ToList();
            await writer.SubmitAsync(new LedgerCommand<object>(new LedgerNeeds(touched), (book, _, _) =>
            {
                foreach (var account in touched)
                    book.SetLimits(account, BalanceLimits.None);
                return touched;
            }), idempotency: null, cancellationToken);
        }

        var chunkIndex = 0;
        foreach (var chunk in history.Chunk(ChunkSize))
        {
            // A refused chunk stays refused for its key (as any request does); lifting the limits is another request.
            var key = $"import:{fileFingerprint}:{(liftLimits ? "lifted" : "limited")}:{chunkIndex}";
            var first = chunkIndex * ChunkSize;
            var lines = chunk.Select((line, i) => (Line: line, Index: first + i, Giver: people[line.Giver], Receiver: people[line.Receiver])).ToList();
            var command = new LedgerCommand<ImportedChunk>(
                new LedgerNeeds(lines.SelectMany(l => new[] { accounts[l.Giver], accounts[l.Receiver] }).Distinct().ToList()),
                (book, now, inserts) =>
                {
                    foreach (var (line, index, giver, receiver) in lines)
                    {
                        inserts.Add(ExchangeBooking.Book(book, settings, Recording.PostNow, new Participant(giver, accounts[giver]), new Participant(receiver, accounts[receiver]),
                            Amount.Of(line.Minutes, "minutes"), descriptions[index], settings.DefaultCategoryId, dates[index], recorder, now));
                    }
                    return new ImportedChunk(lines.Count);
                });
            chunkIndex++;
            var request = new IdempotentRequest(organisation.Value, IdempotencyKey.Parse(key), fileFingerprint);
            try
            {
                await writer.SubmitAsync(command, request, cancellationToken);
            }
            catch (DomainException refused)
            {
                throw new InvalidOperationException($"Lines {chunk[0].Line} to {chunk[^1].Line} were refused: {refused.Error.Message}", refused);
            }
            if (chunkIndex % 50 == 0)
                progress(string.Create(CultureInfo.InvariantCulture, $"{chunkIndex * ChunkSize:N0} exchanges in {elapsed.Elapsed.TotalSeconds:F1} s"));
        }
        return new ImportSummary(history.Count, created);
    }

    /// <summary>
    /// Each line's description and date as the timebank records them (the same checks as recordExchange, with the
    /// timebank's today), before anything is written: every problem is listed with its line number.
    /// </summary>
    private static (ExchangeDescription[] Descriptions, ExchangeDate[] Dates) Check(IReadOnlyList<HistoricalExchange> history, LocalDate today)
    {
        var descriptions = new ExchangeDescription[history.Count];
        var dates = new ExchangeDate[history.Count];
        var parsed = new Dictionary<string, ExchangeDescription>(StringComparer.Ordinal);
        var problems = new List<string>();
        for (var i = 0; i < history.Count; i++)
        {
            var line = history[i];
            try
            {
                if (!parsed.TryGetValue(line.Description, out descriptions[i]))
                    parsed[line.Description] = descriptions[i] = ExchangeDescription.Parse(line.Description);
                dates[i] = ExchangeDate.Of(line.Date, today);
            }
            catch (DomainException refused) when (refused.Error is ValidationFailed invalid)
            {
                var shown = invalid.Field == "date" ? $" {LocalDatePattern.Iso.Format(line.Date)}" : string.Empty;
                problems.Add($"line {line.Line}: the {invalid.Field}{shown} {invalid.Reason}");
            }
        }
        return problems.Count == 0 ? (descriptions, dates) : throw new FormatException(string.Join(Environment.NewLine, problems.Take(50)));
    }

    /// <summary>A fingerprint of the file's content: the same history always gets the same idempotency keys.</summary>
    public static string Fingerprint(Stream content) => Convert.ToHexStringLower(SHA256.HashData(content))[..32];

    /// <summary>Everyone named in the history, found or made (as assisted members of the timebank).</summary>
    private async Task<(Id<Member> Recorder, Dictionary<string, Id<Member>> People, int Created)> PeopleAsync(
        TimebankSettings settings, IReadOnlyList<HistoricalExchange> history, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == settings.OrganisationId, cancellationToken);
        var coordinator = await db.Memberships.AsNoTracking().SingleAsync(m => m.OrganisationId == organisation.Id && m.MemberId == organisation.CreatedBy, cancellationToken);
        var members = await (from membership in db.Memberships
                             join member in db.Members on membership.MemberId equals member.Id
                             where membership.OrganisationId == organisation.Id && membership.Status == MembershipStatus.Active
                             select member).AsNoTracking().ToListAsync(cancellationToken);
        var byEmail = members.Where(m => m.Email is not null).ToDictionary(m => m.Email!.Value, m => m.Id, StringComparer.OrdinalIgnoreCase);
        var byName = members.GroupBy(m => m.DisplayName.Value, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Count() == 1 ? g.Single().Id : (Id<Member>?)null, StringComparer.OrdinalIgnoreCase);

        var people = new Dictionary<string, Id<Member>>(StringComparer.OrdinalIgnoreCase);
        var newMembers = new List<Member>();
        var newMemberships = new List<Membership>();
        var now = clock.GetCurrentInstant();
        foreach (var name in history.SelectMany(h => new[] { h.Giver, h.Receiver }).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var isEmail = name.Contains('@', StringComparison.Ordinal);
            if (isEmail && byEmail.TryGetValue(name, out var byItsEmail))
            {
                people[name] = byItsEmail;
                continue;
            }
            if (!isEmail && byName.TryGetValue(name, out var byItsName))
            {
                people[name] = byItsName ?? throw new InvalidOperationException($"More than one member is called '{name}'; use their email in the file.");
                continue;
            }
            var member = Member.Assisted(DisplayName.Parse(name.Contains('@', StringComparison.Ordinal) ? name[..name.IndexOf('@', StringComparison.Ordinal)] : name), now);
            newMembers.Add(member);
            newMemberships.Add(organisation.Enrol(member.Id, coordinator, now));
            people[name] = member.Id;
        }
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await BulkWriter.InsertAsync(db, [.. newMembers, .. newMemberships], cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        return (organisation.CreatedBy, people, newMembers.Count);
    }

    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                current.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }
        fields.Add(current.ToString());
        return fields;
    }

    private sealed record ImportedChunk(int Exchanges);
}
