using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

public sealed class TimebankReports(IDbContextFactory<TimebankDbContext> databases, ExchangeStateLoader states)
{
    /// <summary>Within this many minutes of the floor (when no soft floor is set) a member is listed as near it.</summary>
    public const long NearFloorMargin = 60;

    public async Task<TimebankReport> BuildAsync(TimebankSettings timebank, LocalDate from, LocalDate to, CancellationToken cancellationToken)
    {
        DateRange.Of(from, to);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var organisation = timebank.OrganisationId;
        var exchanges = await db.Set<Exchange>().AsNoTracking()
            .Where(e => e.OrganisationId == organisation && e.Date >= from && e.Date <= to
                && (e.Kind == ExchangeKind.Exchange || e.Kind == ExchangeKind.GroupExchange))
            .ToListAsync(cancellationToken);
        var stateTasks = exchanges.Select(e => states.Load(e.TransferId).GetResultAsync(cancellationToken)).ToList();
        var counted = new List<(Exchange Exchange, long Minutes)>();
        var awaiting = 0;
        for (var i = 0; i < exchanges.Count; i++)
        {
            var state = await stateTasks[i];
            if (state?.Status == ExchangeStatus.Confirmed)
                counted.Add((exchanges[i], state.PostedMinutes ?? 0));
            else if (state?.Status == ExchangeStatus.AwaitingConfirmation)
                awaiting++;
        }

        var ledger = timebank.LedgerId;
        var nearFloor = await db.Set<Account>().AsNoTracking()
            .Where(a => a.LedgerId == ledger && a.Kind == TimebankLedger.MemberHours
                && ((a.WarnBelow != null && a.Posted - a.PendingDebits < a.WarnBelow)
                    || (a.Floor != null && a.Posted - a.PendingDebits <= a.Floor + NearFloorMargin)))
            .OrderBy(a => a.Posted - a.PendingDebits)
            .Take(200)
            .ToListAsync(cancellationToken);

        return new TimebankReport(
            from,
            to,
            counted.Count,
            counted.Sum(c => c.Minutes),
            counted.SelectMany(c => new[] { c.Exchange.CreditedMemberId, c.Exchange.DebitedMemberId }).OfType<Id<Member>>().Distinct().Count(),
            awaiting,
            counted.GroupBy(c => c.Exchange.CategoryId)
                .Select(g => new CategoryTotal(g.Key, g.Count(), g.Sum(c => c.Minutes)))
                .OrderByDescending(t => t.Minutes)
                .ToList(),
            nearFloor.Select(a => new AccountAlert(a, a.Available < a.WarnBelow)).ToList(),
            ByMonth(counted, from, to));
    }

    /// <summary>Every month the range touches, in order, empty months included, so a chart of them has no gaps.</summary>
    private static List<MonthTotal> ByMonth(List<(Exchange Exchange, long Minutes)> counted, LocalDate from, LocalDate to)
    {
        var totals = counted.GroupBy(c => new LocalDate(c.Exchange.Date.Year, c.Exchange.Date.Month, 1))
            .ToDictionary(g => g.Key, g => (Count: g.Count(), Minutes: g.Sum(c => c.Minutes)));
        var months = new List<MonthTotal>();
        for (var month = new LocalDate(from.Year, from.Month, 1); month <= to; month = month.PlusMonths(1))
        {
            var (count, minutes) = totals.GetValueOrDefault(month);
            months.Add(new MonthTotal(month, count, minutes));
        }
        return months;
    }
}
