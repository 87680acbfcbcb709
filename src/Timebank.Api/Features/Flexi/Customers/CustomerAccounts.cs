using NodaTime;
using Timebank.Api.Features.Ledger;
using Timebank.Domain.Flexi;
using Timebank.Domain.Flexi.Allowances;
using Timebank.Domain.Flexi.Movements;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Flexi;

/// <summary>
/// The ledger accounts behind a service's people: a customer's minutes and cash (owned by the member, floor 0) and a
/// worker's delivered minutes, found or opened once and cached for good.
/// </summary>
public sealed class CustomerAccounts(LedgerAccounts accounts, IClock clock)
{
    public Task<Id<Account>> MinutesOfAsync(FlexiBooks books, Id<Member> customer, CancellationToken cancellationToken)
        => accounts.OfAsync(books.MinutesLedgerId, FlexiLedger.CustomerMinutes, customer.Value, Open(FlexiLedger.CustomerMinutes), cancellationToken);

    public Task<Id<Account>> CashOfAsync(FlexiBooks books, Id<Member> customer, CancellationToken cancellationToken)
        => accounts.OfAsync(books.CashLedgerId, FlexiLedger.CustomerCash, customer.Value, Open(FlexiLedger.CustomerCash), cancellationToken);

    public Task<Id<Account>> WorkerOfAsync(FlexiBooks books, Id<Member> worker, CancellationToken cancellationToken)
        => accounts.OfAsync(books.MinutesLedgerId, FlexiLedger.WorkerDelivered, worker.Value, Open(FlexiLedger.WorkerDelivered), cancellationToken);

    public Task<IReadOnlyDictionary<Guid, Id<Account>>> ManyAsync(FlexiBooks books, FlexiUnit unit, AccountKind kind, IReadOnlyCollection<Guid> members, CancellationToken cancellationToken)
        => accounts.OfManyAsync(books.LedgerOf(unit), kind, members, Open(kind), cancellationToken);

    /// <summary>The accounts one budget's allowance moves between: funding in both ledgers, purchases, the customer's two.</summary>
    public async Task<PlanAccounts> ForBudgetAsync(FlexiBooks books, CustomerBudget budget, CancellationToken cancellationToken)
        => ForBudget(books, budget, await MinutesOfAsync(books, budget.CustomerId, cancellationToken), await CashOfAsync(books, budget.CustomerId, cancellationToken));

    public static PlanAccounts ForBudget(FlexiBooks books, CustomerBudget budget, Id<Account> minutes, Id<Account> cash, IReadOnlyDictionary<string, Id<Transfer>>? holds = null)
        => new(new Dictionary<(FlexiUnit, FlexiAccount), Id<Account>>
        {
            [(FlexiUnit.Minutes, FlexiAccounts.Funding(books.ServiceId))] = books.MinutesFundingId,
            [(FlexiUnit.Pence, FlexiAccounts.Funding(books.ServiceId))] = books.CashFundingId,
            [(FlexiUnit.Pence, FlexiAccounts.Purchases(books.ServiceId))] = books.PurchasesId,
            [(FlexiUnit.Minutes, FlexiAccounts.CustomerMinutes(budget.Id))] = minutes,
            [(FlexiUnit.Pence, FlexiAccounts.CustomerCash(budget.Id))] = cash,
        }, holds ?? new Dictionary<string, Id<Transfer>>());

    private AccountOpening Open(AccountKind kind)
        => (_, ledger, missing, _) => Task.FromResult<IReadOnlyList<Account>>(
            [.. missing.Select(owner => ledger.OpenAccount(kind, owner, new BalanceLimits(Floor: 0, Ceiling: null), clock.GetCurrentInstant()))]);
}
