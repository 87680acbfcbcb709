using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Ledger;

/// <summary>
/// A statement to print, for members who do not use the web (assisted members): a self-contained HTML page in
/// large print with the opening balance, each movement and the closing balance. The period is read by each line's
/// date (the day the help was given), and the page says so: a member who reads "November" means November's help.
/// </summary>
public sealed class PrintableStatement(
    IDbContextFactory<TimebankDbContext> databases,
    LedgerPurposes purposes,
    LedgerOwnerLoader owners,
    IClock clock)
{
    public const int MaxLines = 2_000;
    private static readonly LocalDatePattern Printed = LocalDatePattern.CreateWithInvariantCulture("d MMMM yyyy");

    public async Task<string> RenderAsync(Account account, string holder, LocalDate from, LocalDate to, CancellationToken cancellationToken)
    {
        DateRange.Of(from, to);
        var owner = await owners.LoadAsync(account.LedgerId, cancellationToken) ?? throw new InvalidOperationException("account without a ledger");
        var zone = await purposes.Of(owner.Purpose).ZoneAsync(owner, cancellationToken);

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var id = account.Id;
        var lines = await db.Set<AccountEntry>().AsNoTracking()
            .Where(e => e.AccountId == id && e.ValueDate >= from && e.ValueDate <= to)
            .OrderBy(e => e.ValueDate).ThenBy(e => e.Sequence).Take(MaxLines).ToListAsync(cancellationToken);
        var opening = await db.Set<AccountEntry>().Where(e => e.AccountId == id && e.ValueDate < from).SumAsync(e => e.Change, cancellationToken);
        var closing = await db.Set<AccountEntry>().Where(e => e.AccountId == id && e.ValueDate <= to).SumAsync(e => e.Change, cancellationToken);
        var described = await purposes.DescribeAsync(lines.ConvertAll(l => l.TransferId), cancellationToken);

        string Amount(long value) => AmountText.Format(value, account.Unit);
        string Day(LocalDate date) => Printed.Format(date);
        string E(string text) => WebUtility.HtmlEncode(text);
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Statement</title><style>")
            .Append("body{font-family:Arial,Helvetica,sans-serif;font-size:18pt;line-height:1.5;margin:2em;color:#000}")
            .Append("table{border-collapse:collapse;width:100%}th,td{border-bottom:2px solid #000;padding:.4em;text-align:left}")
            .Append("td.n,th.n{text-align:right}h1{font-size:26pt}")
            .Append("</style></head><body>")
            .Append(CultureInfo.InvariantCulture, $"<h1>Statement for {E(holder)}</h1>")
            .Append(CultureInfo.InvariantCulture, $"<p>From {E(Day(from))} to {E(Day(to))}</p>")
            .Append(CultureInfo.InvariantCulture, $"<p>{E(RuleText(from, to, clock.GetCurrentInstant().InZone(zone).Date))}</p>")
            .Append(CultureInfo.InvariantCulture, $"<p>Balance at the start: <strong>{E(Amount(opening))}</strong></p>")
            .Append("<table><thead><tr><th>Date</th><th>What for</th><th class=\"n\">In</th><th class=\"n\">Out</th><th class=\"n\">Balance</th></tr></thead><tbody>");
        var balance = opening;
        foreach (var line in lines)
        {
            balance = checked(balance + line.Change);
            var recorded = line.At.InZone(zone).Date;
            var date = recorded == line.ValueDate ? E(Day(line.ValueDate)) : $"{E(Day(line.ValueDate))}<br>recorded {E(Day(recorded))}";
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{date}</td><td>{E(described.GetValueOrDefault(line.TransferId, "Transfer"))}</td>" +
                $"<td class=\"n\">{(line.Change > 0 ? E(Amount(line.Change)) : string.Empty)}</td>" +
                $"<td class=\"n\">{(line.Change < 0 ? E(Amount(-line.Change)) : string.Empty)}</td>" +
                $"<td class=\"n\">{E(Amount(balance))}</td></tr>");
        }
        html.Append("</tbody></table>")
            .Append(CultureInfo.InvariantCulture, $"<p>Balance at the end: <strong>{E(Amount(closing))}</strong></p>")
            .Append(lines.Count == MaxLines ? $"<p>Only the first {MaxLines} lines are shown; print a shorter period for the rest.</p>" : string.Empty)
            .Append("</body></html>");
        return html.ToString();
    }

    /// <summary>The rule the period follows, in words, printed on the statement itself (docs/ledger.md says the same).</summary>
    public static string RuleText(LocalDate from, LocalDate to, LocalDate printedOn)
        => $"Each line is listed by the day the help was given (or, for other movements, the day they were made), even if it was recorded later; "
            + $"such a line also says when it was recorded. The balance at the start counts everything dated before {Printed.Format(from)}, "
            + $"and the balance at the end everything dated up to {Printed.Format(to)}, as recorded by {Printed.Format(printedOn)}, when this statement was printed.";
}
