using Timebank.Domain.Flexi.Movements;
using Timebank.Domain.Flexi.Services;
using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Flexi;

/// <summary>
/// Where a service's money and time are kept: its own minutes ledger and cash ledger (never shared with another
/// service or with timebank hours), their funding accounts and the purchases account, opened with the service.
/// </summary>
public sealed class FlexiBooks
{
    public Id<FlexiService> ServiceId { get; private set; }
    public Id<Domain.Ledger.Ledger> MinutesLedgerId { get; private set; }
    public Id<Domain.Ledger.Ledger> CashLedgerId { get; private set; }
    public Id<Account> MinutesFundingId { get; private set; }
    public Id<Account> CashFundingId { get; private set; }
    public Id<Account> PurchasesId { get; private set; }

    public FlexiBooks(Id<FlexiService> serviceId, Id<Domain.Ledger.Ledger> minutesLedgerId, Id<Domain.Ledger.Ledger> cashLedgerId,
        Id<Account> minutesFundingId, Id<Account> cashFundingId, Id<Account> purchasesId)
    {
        ServiceId = serviceId;
        MinutesLedgerId = minutesLedgerId;
        CashLedgerId = cashLedgerId;
        MinutesFundingId = minutesFundingId;
        CashFundingId = cashFundingId;
        PurchasesId = purchasesId;
    }

    public Id<Domain.Ledger.Ledger> LedgerOf(FlexiUnit unit) => unit == FlexiUnit.Minutes ? MinutesLedgerId : CashLedgerId;

    /// <summary>The ledgers, accounts and this row for a new service, to be saved with it.</summary>
    public static (FlexiBooks Books, IReadOnlyList<object> Rows) Open(FlexiService service, NodaTime.Instant now)
    {
        var minutes = Domain.Ledger.Ledger.Open(service.ProviderId, Domain.Flexi.FlexiLedger.Minutes, LedgerUnit.Minutes, now);
        var cash = Domain.Ledger.Ledger.Open(service.ProviderId, Domain.Flexi.FlexiLedger.Cash, LedgerUnit.Pence, now);
        var owner = service.ProviderId.Value;
        var minutesFunding = minutes.OpenAccount(Domain.Flexi.FlexiLedger.MinutesFunding, owner, BalanceLimits.None, now);
        var cashFunding = cash.OpenAccount(Domain.Flexi.FlexiLedger.CashFunding, owner, BalanceLimits.None, now);
        var purchases = cash.OpenAccount(Domain.Flexi.FlexiLedger.Purchases, owner, new BalanceLimits(Floor: 0, Ceiling: null), now);
        var books = new FlexiBooks(service.Id, minutes.Id, cash.Id, minutesFunding.Id, cashFunding.Id, purchases.Id);
        return (books, [minutes, cash, minutesFunding, cashFunding, purchases, books]);
    }
}
