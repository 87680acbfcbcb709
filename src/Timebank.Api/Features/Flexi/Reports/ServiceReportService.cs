using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Flexi;
using Timebank.Domain.Flexi.Allowances;
using Timebank.Domain.Flexi.Bookings;
using Timebank.Domain.Flexi.Cash;
using Timebank.Domain.Flexi.Deviations;
using Timebank.Domain.Flexi.Reports;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Flexi;

/// <summary>A service report with what it covers, and the names the CSV and the schema show workers and customers by.</summary>
public sealed record ServiceReportView(ServiceContext Service, LocalDate From, LocalDate To, ServiceReport Report, IReadOnlyDictionary<Id<Member>, string> Names);

/// <summary>
/// The service report: totals read from the service's two ledgers by value date (every line dated in the range),
/// breakdowns from the sessions, purchases (single and joint) and deviations, computed by the domain's <c>ServiceReportCalculator</c>. Read by the
/// provider's managers and the linked commissioner's commissioners; nobody else learns the service exists.
/// </summary>
public sealed class ServiceReportService(FlexiAccess access, IDbContextFactory<TimebankDbContext> databases, AllowanceRunner allowances, IClock clock)
{
    public const int MaxDays = 400;

    public async Task<ServiceReportView?> BuildAsync(string serviceId, LocalDate from, LocalDate to, CancellationToken cancellationToken)
    {
        if (GlobalId.TryParse<Domain.Flexi.Services.FlexiService>(serviceId, FlexiAccess.ServiceTypeName) is not { } id
            || await access.VisibleAsync(id, cancellationToken) is not { } context
            || !(await access.RunsAsync(context.Service) || await access.IsCommissionerOfAsync(context.Service)))
            return null;
        if (to < from || Period.DaysBetween(from, to) > MaxDays)
            throw new DomainException(new ValidationFailed("to", $"must be on or after from, and at most {MaxDays} days later"));
        await allowances.AccrueServiceAsync(context, cancellationToken);
        var now = clock.GetCurrentInstant();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var sums = await LedgerSumsAsync(db, context, from, to, now, cancellationToken);
        var zone = context.Service.TimeZone;
        var (start, end) = (from.AtStartOfDayInZone(zone).ToInstant(), to.PlusDays(1).AtStartOfDayInZone(zone).ToInstant());
        var service = context.Service.Id;
        var sessions = await SessionStore.LoadAsync(db, db.Set<SupportSession>().Where(s => s.ServiceId == service && s.Start >= start && s.Start < end), cancellationToken);
        var purchases = await PurchaseStore.LoadAsync(db, db.Set<Purchase>().Where(p => p.ServiceId == service && p.RequestedAt >= start && p.RequestedAt < end), now, cancellationToken);
        var joint = await JointPurchaseStore.LoadAsync(db, db.Set<JointPurchaseRow>().Where(p => p.ServiceId == service && p.RequestedAt >= start && p.RequestedAt < end), now, cancellationToken);
        // A deviation counts where its dates overlap the range.
        var deviations = await db.Set<ContractDeviation>().AsNoTracking().Where(d => d.ServiceId == service && d.From <= to && d.To >= from).ToListAsync(cancellationToken);
        var linkWork = await db.Set<LinkWork>().Where(l => l.ServiceId == service && l.Date >= from && l.Date <= to).SumAsync(l => (long?)l.Minutes, cancellationToken) ?? 0;
        var policy = context.Policies.Current(context.Service.Schedule, now);
        var periods = context.Service.Schedule.Between(start, end - Duration.Epsilon).Count();
        var inputs = new ServiceReportInputs(context.Service.Split, checked(context.Service.ContractValuePencePerPeriod * periods), sums,
            [.. sessions.Select(SessionFact.From)], [.. purchases.Select(p => PurchaseFact.From(p, policy, now)), .. joint.Select(p => PurchaseFact.From(p, policy, now))],
            [.. deviations.Select(DeviationFact.From)], linkWork);
        var report = ServiceReportCalculator.Calculate(inputs);
        var names = await access.NamesAsync([.. sessions.SelectMany(s => new[] { s.WorkerId, s.CustomerId })], cancellationToken);
        return new ServiceReportView(context, from, to, report, names);
    }

    private static async Task<LedgerSums> LedgerSumsAsync(TimebankDbContext db, ServiceContext context, LocalDate from, LocalDate to, Instant now, CancellationToken cancellationToken)
    {
        var books = context.Books;
        var (minutesLedger, cashLedger) = (books.MinutesLedgerId, books.CashLedgerId);
        // The statement lines of the service's two ledgers summed in the store: those dated in the range, and (for
        // savings) everything up to its end. Only the funding accounts' lines are told apart by their transfer's code
        // (allocated, lapsed, returned), so only they are joined with their transfers: the join is most of the cost.
        var (minutesFunding, cashFunding) = (books.MinutesFundingId, books.CashFundingId);
        var byKind = await (from entry in db.Set<AccountEntry>().AsNoTracking()
                            join account in db.Set<Account>().AsNoTracking() on entry.AccountId equals account.Id
                            where (account.LedgerId == minutesLedger || account.LedgerId == cashLedger) && account.Id != minutesFunding && account.Id != cashFunding
                                  && entry.ValueDate <= to
                            group entry.Change by new { account.Kind, InRange = entry.ValueDate >= @from } into g
                            select new { g.Key.Kind, Code = 0, g.Key.InRange, Change = g.Sum() }).ToListAsync(cancellationToken);
        var funding = await (from entry in db.Set<AccountEntry>().AsNoTracking()
                             join account in db.Set<Account>().AsNoTracking() on entry.AccountId equals account.Id
                             join transfer in db.Set<Transfer>().AsNoTracking() on entry.TransferId equals transfer.Id
                             where (entry.AccountId == minutesFunding || entry.AccountId == cashFunding) && entry.ValueDate >= @from && entry.ValueDate <= to
                             group entry.Change by new { account.Kind, transfer.Code } into g
                             select new { g.Key.Kind, g.Key.Code, InRange = true, Change = g.Sum() }).ToListAsync(cancellationToken);
        var sums = byKind.Concat(funding).ToList();
        var inRange = sums.Where(l => l.InRange).ToList();
        // A sum by codes is of the funding accounts' lines (the only ones read with their codes).
        long Sum(AccountKind kind, params int[] codes) => codes.Length == 0
            ? inRange.Where(l => l.Kind == kind).Sum(l => l.Change)
            : funding.Where(l => l.Kind == kind && codes.Contains(l.Code)).Sum(l => l.Change);
        var holds = await db.Set<OpenHold>().AsNoTracking()
            .Where(h => (h.LedgerId == minutesLedger || h.LedgerId == cashLedger) && h.ValueDate >= from && h.ValueDate <= to).ToListAsync(cancellationToken);
        var live = holds.Where(h => h.ExpiresAt is null || h.ExpiresAt > now).ToList();
        var budgets = await db.Set<CustomerBudget>().AsNoTracking().Where(b => b.ServiceId == context.Service.Id).Select(b => b.Id).ToListAsync(cancellationToken);
        var carried = await db.Set<PeriodSettlement>().AsNoTracking().Where(s => budgets.Contains(s.BudgetId) && s.PeriodStart >= from && s.PeriodStart <= to)
            .SumAsync(s => (long?)s.CarriedOverMinutes, cancellationToken) ?? 0;
        return new LedgerSums(
            AllocatedMinutes: -Sum(FlexiLedger.MinutesFunding, Codes.Accrue),
            BookedMinutes: live.Where(h => h.LedgerId == minutesLedger).Sum(h => h.Amount),
            DeliveredMinutes: Sum(FlexiLedger.WorkerDelivered),
            LapsedMinutes: Sum(FlexiLedger.MinutesFunding, Codes.Lapse, Codes.Leave),
            CarriedOverMinutes: carried,
            AllocatedPence: -Sum(FlexiLedger.CashFunding, Codes.Accrue),
            SpentPence: Sum(FlexiLedger.Purchases),
            SavedPence: sums.Where(l => l.Kind == FlexiLedger.CustomerCash).Sum(l => l.Change),
            AwaitingApprovalPence: live.Where(h => h.LedgerId == cashLedger).Sum(h => h.Amount),
            ReturnedPence: Sum(FlexiLedger.CashFunding, Codes.CashCap, Codes.Leave, Codes.Purchase, Codes.Joint));
    }

    /// <summary>The transfer codes <see cref="FlexiBookkeeping.CodeOf"/> gives.</summary>
    private static class Codes
    {
        public const int Accrue = 1;
        public const int Lapse = 2;
        public const int CashCap = 3;
        public const int Purchase = 5;
        public const int Joint = 6;
        public const int Leave = 7;
    }
}
