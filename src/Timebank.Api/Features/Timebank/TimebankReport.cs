using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

public sealed record CategoryTotal(Id<Category>? CategoryId, int ExchangeCount, long Minutes);

public sealed record AccountAlert(Account Account, bool BelowSoftFloor);

/// <summary>What coordinators report to funders for a range of days: hours exchanged, who took part, by category.</summary>
public sealed record TimebankReport(
    LocalDate From,
    LocalDate To,
    int ExchangeCount,
    long MinutesExchanged,
    int ActiveMembers,
    int AwaitingConfirmation,
    IReadOnlyList<CategoryTotal> ByCategory,
    IReadOnlyList<AccountAlert> MembersNearFloor);

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
            counted.SelectMany(c => new[] { c.Exchange.GiverId, c.Exchange.ReceiverId }).OfType<Id<Member>>().Distinct().Count(),
            awaiting,
            counted.GroupBy(c => c.Exchange.CategoryId)
                .Select(g => new CategoryTotal(g.Key, g.Count(), g.Sum(c => c.Minutes)))
                .OrderByDescending(t => t.Minutes)
                .ToList(),
            nearFloor.Select(a => new AccountAlert(a, a.Available < a.WarnBelow)).ToList());
    }
}

public sealed class TimebankReportType : ObjectGraphType<TimebankReport>
{
    public TimebankReportType()
    {
        Name = "TimebankReport";
        Description = "Exchanges by the day the help was given, whenever they were recorded (the rule statements follow), counting confirmed ones (reversed ones are left out).";
        Field(r => r.From, type: typeof(NonNullGraphType<LocalDateGraphType>));
        Field(r => r.To, type: typeof(NonNullGraphType<LocalDateGraphType>));
        Field(r => r.ExchangeCount);
        Field<NonNullGraphType<LongGraphType>>("minutesExchanged").Resolve(c => c.Source.MinutesExchanged);
        Field(r => r.ActiveMembers).Description("Members who gave or received in a confirmed exchange.");
        Field(r => r.AwaitingConfirmation).Description("Exchanges in the range still waiting for the receiver.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CategoryTotalType>>>>("byCategory").Resolve(c => c.Source.ByCategory);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AccountAlertType>>>>("membersNearFloor")
            .Description("Member accounts under their soft floor or within an hour of their floor, lowest first.")
            .Resolve(c => c.Source.MembersNearFloor);
    }
}

public sealed class CategoryTotalType : ObjectGraphType<CategoryTotal>
{
    public CategoryTotalType()
    {
        Name = "CategoryTotal";
        Field<CategoryType>("category").Description("Null for exchanges without a category.")
            .Resolve(c => c.Source.CategoryId is { } id ? c.Service<ByIdLoader<Category>>().Load(id) : null);
        Field(t => t.ExchangeCount);
        Field<NonNullGraphType<LongGraphType>>("minutes").Resolve(c => c.Source.Minutes);
    }
}

public sealed class AccountAlertType : ObjectGraphType<AccountAlert>
{
    public AccountAlertType()
    {
        Name = "AccountAlert";
        Field<NonNullGraphType<AccountType>>("account").Resolve(c => c.Source.Account);
        Field<MemberType>("member").Resolve(c => c.Service<ByIdLoader<Member>>().Load(Id<Member>.From(c.Source.Account.OwnerId)));
        Field(a => a.BelowSoftFloor);
    }
}
