using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.Caching;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Flexi;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Flexi;

/// <summary>
/// What both of a service's ledgers share: managers administer them; a customer reads their own accounts and a
/// worker their delivered minutes; dates are in the service's zone; lines read as the movement the domain named.
/// </summary>
public abstract class FlexiPurpose(IDbContextFactory<TimebankDbContext> databases, LookupCache cache) : ILedgerPurpose
{
    public abstract LedgerPurpose Purpose { get; }

    public abstract LedgerUnit Unit { get; }

    public abstract IReadOnlyList<LedgerAccountKind> AccountKinds { get; }

    public Roles Administrators => Roles.Manager;

    public abstract string Readers { get; }

    public bool CanRead(Account account, Id<Member> viewer, Membership membership)
        => account.OwnerId == viewer.Value
           && (account.Kind == FlexiLedger.CustomerMinutes || account.Kind == FlexiLedger.CustomerCash || account.Kind == FlexiLedger.WorkerDelivered);

    /// <summary>The zone of the service whose ledger it is; a service's zone never changes, so it is cached for good.</summary>
    public Task<DateTimeZone> ZoneAsync(LedgerOwner ledger, CancellationToken cancellationToken)
        => cache.GetOrLoadAsync(("flexi-ledger-zone", ledger.LedgerId), lifetime: null, async () =>
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            var id = ledger.LedgerId;
            return await (from books in db.Set<FlexiBooks>().AsNoTracking()
                          join service in db.Set<Domain.Flexi.Services.FlexiService>().AsNoTracking() on books.ServiceId equals service.Id
                          where books.MinutesLedgerId == id || books.CashLedgerId == id
                          select service.TimeZone).SingleAsync(cancellationToken);
        });

    public async Task<IReadOnlyDictionary<Id<Transfer>, string>> DescribeAsync(IReadOnlyCollection<Id<Transfer>> transfers, CancellationToken cancellationToken)
    {
        var ids = transfers.Distinct().ToList();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Set<FlexiMovement>().AsNoTracking().Where(m => ids.Contains(m.TransferId))
            .ToDictionaryAsync(m => m.TransferId, m => m.Description, cancellationToken);
    }
}

/// <summary>A service's support minutes: funding, customers' minutes, workers' delivered minutes.</summary>
public sealed class FlexiMinutesPurpose(IDbContextFactory<TimebankDbContext> databases, LookupCache cache) : FlexiPurpose(databases, cache)
{
    public override LedgerPurpose Purpose => FlexiLedger.Minutes;

    public override LedgerUnit Unit => LedgerUnit.Minutes;

    public override IReadOnlyList<LedgerAccountKind> AccountKinds { get; } =
    [
        new(FlexiLedger.MinutesFunding, "FLEXI_MINUTES_FUNDING", AccountOwner.Organisation),
        new(FlexiLedger.CustomerMinutes, "CUSTOMER_MINUTES", AccountOwner.Member),
        new(FlexiLedger.WorkerDelivered, "WORKER_DELIVERED_MINUTES", AccountOwner.Member),
    ];

    public override string Readers => "a customer their own support minutes, a worker their delivered minutes, or (managers) any in the service";
}

/// <summary>A service's cash: funding, customers' cash, the purchases paid to suppliers.</summary>
public sealed class FlexiCashPurpose(IDbContextFactory<TimebankDbContext> databases, LookupCache cache) : FlexiPurpose(databases, cache)
{
    public override LedgerPurpose Purpose => FlexiLedger.Cash;

    public override LedgerUnit Unit => LedgerUnit.Pence;

    public override IReadOnlyList<LedgerAccountKind> AccountKinds { get; } =
    [
        new(FlexiLedger.CashFunding, "FLEXI_CASH_FUNDING", AccountOwner.Organisation),
        new(FlexiLedger.CustomerCash, "CUSTOMER_CASH", AccountOwner.Member),
        new(FlexiLedger.Purchases, "FLEXI_PURCHASES", AccountOwner.Organisation),
    ];

    public override string Readers => "a customer their own cash, or (managers) any in the service";
}
