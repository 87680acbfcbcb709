using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Ledger;

/// <summary>Features say in words what their transfers were (an exchange's description and the other person).</summary>
public interface ITransferDescriber
{
    Task<IReadOnlyDictionary<Id<Transfer>, string>> DescribeAsync(IReadOnlyCollection<Id<Transfer>> transfers, CancellationToken cancellationToken);
}

/// <summary>
/// A statement to print, for members who do not use the web (assisted members): a self-contained HTML page in
/// large print with the opening balance, each movement and the closing balance.
/// </summary>
public sealed class PrintableStatement(
    IDbContextFactory<TimebankDbContext> databases,
    IEnumerable<ITransferDescriber> describers,
    IEnumerable<ILedgerCalendar> calendars)
{
    public const int MaxLines = 2_000;
    private static readonly DateTimeZone DefaultZone = DateTimeZoneProviders.Tzdb["Europe/London"];

    public async Task<string> RenderAsync(Account account, string holder, LocalDate from, LocalDate to, CancellationToken cancellationToken)
    {
        if (to < from)
            throw new DomainException(new ValidationFailed("to", "must not be before from"));
        DateTimeZone? zone = null;
        foreach (var calendar in calendars)
            zone ??= await calendar.ZoneOfAsync(account.LedgerId, cancellationToken);
        zone ??= DefaultZone;
        var start = from.AtStartOfDayInZone(zone).ToInstant();
        var end = to.PlusDays(1).AtStartOfDayInZone(zone).ToInstant();

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var lines = await db.Set<AccountEntry>().AsNoTracking()
            .Where(e => e.AccountId == account.Id && e.At >= start && e.At < end)
            .OrderBy(e => e.Sequence).Take(MaxLines).ToListAsync(cancellationToken);
        var opening = lines.Count > 0
            ? lines[0].BalanceAfter - lines[0].Change
            : await db.Set<AccountEntry>().AsNoTracking().Where(e => e.AccountId == account.Id && e.At < start)
                .OrderByDescending(e => e.Sequence).Select(e => (long?)e.BalanceAfter).FirstOrDefaultAsync(cancellationToken) ?? 0;
        var described = new Dictionary<Id<Transfer>, string>();
        foreach (var describer in describers)
        {
            foreach (var (id, text) in await describer.DescribeAsync(lines.ConvertAll(l => l.TransferId), cancellationToken))
                described.TryAdd(id, text);
        }

        string Amount(long value) => AmountText.Format(value, account.Unit);
        string Day(Instant at) => LocalDatePattern.CreateWithInvariantCulture("d MMMM yyyy").Format(at.InZone(zone).Date);
        string E(string text) => WebUtility.HtmlEncode(text);
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Statement</title><style>")
            .Append("body{font-family:Arial,Helvetica,sans-serif;font-size:18pt;line-height:1.5;margin:2em;color:#000}")
            .Append("table{border-collapse:collapse;width:100%}th,td{border-bottom:2px solid #000;padding:.4em;text-align:left}")
            .Append("td.n,th.n{text-align:right}h1{font-size:26pt}")
            .Append("</style></head><body>")
            .Append(CultureInfo.InvariantCulture, $"<h1>Statement for {E(holder)}</h1>")
            .Append(CultureInfo.InvariantCulture, $"<p>From {E(Day(start))} to {E(Day(end - Duration.FromTicks(1)))}</p>")
            .Append(CultureInfo.InvariantCulture, $"<p>Balance at the start: <strong>{E(Amount(opening))}</strong></p>")
            .Append("<table><thead><tr><th>Date</th><th>What for</th><th class=\"n\">In</th><th class=\"n\">Out</th><th class=\"n\">Balance</th></tr></thead><tbody>");
        foreach (var line in lines)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{E(Day(line.At))}</td><td>{E(described.GetValueOrDefault(line.TransferId, "Transfer"))}</td>" +
                $"<td class=\"n\">{(line.Change > 0 ? E(Amount(line.Change)) : string.Empty)}</td>" +
                $"<td class=\"n\">{(line.Change < 0 ? E(Amount(-line.Change)) : string.Empty)}</td>" +
                $"<td class=\"n\">{E(Amount(line.BalanceAfter))}</td></tr>");
        }
        var closing = lines.Count > 0 ? lines[^1].BalanceAfter : opening;
        html.Append("</tbody></table>")
            .Append(CultureInfo.InvariantCulture, $"<p>Balance at the end: <strong>{E(Amount(closing))}</strong></p>")
            .Append(lines.Count == MaxLines ? $"<p>Only the first {MaxLines} lines are shown; print a shorter period for the rest.</p>" : string.Empty)
            .Append("</body></html>");
        return html.ToString();
    }
}

/// <summary>Statement line descriptions for a whole page in one pass over the describers.</summary>
public sealed class TransferDescriptionLoader(IEnumerable<ITransferDescriber> describers) : Platform.GraphQL.Loading.BatchLoader<Id<Transfer>, string>
{
    protected override async Task<IReadOnlyDictionary<Id<Transfer>, string>> FetchAsync(IReadOnlyList<Id<Transfer>> keys, CancellationToken cancellationToken)
    {
        var described = new Dictionary<Id<Transfer>, string>();
        foreach (var describer in describers)
        {
            foreach (var (id, text) in await describer.DescribeAsync(keys, cancellationToken))
                described.TryAdd(id, text);
        }
        return described;
    }
}
