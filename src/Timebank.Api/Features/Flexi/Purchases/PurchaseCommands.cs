using NodaTime;
using Timebank.Api.Features.Ledger;
using Timebank.Domain.Flexi;
using Timebank.Domain.Flexi.Cash;
using Timebank.Domain.Flexi.Movements;
using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Flexi;

/// <summary>
/// The ledger commands of a purchase, from the plan the domain made: the same for a request (<see cref="PurchaseService"/>)
/// and for the bench's generated year, so a generated purchase is stored exactly as one made through the API.
/// </summary>
internal static class PurchaseCommands
{
    /// <summary>The purchase's cash spent or held, against the balance the writer holds, with the purchase's row.</summary>
    public static LedgerCommand<T> Request<T>(ServiceContext context, Purchase purchase, MovementPlan plan, PlanAccounts accounts, LocalDate today,
        IReadOnlyCollection<ILedgerPrecondition> preconditions, Func<Transfer, T> result) where T : class
    {
        var cash = accounts[FlexiUnit.Pence, FlexiAccounts.CustomerCash(purchase.BudgetId)];
        var serviceId = context.Service.Id;
        return new(new LedgerNeeds(accounts.AccountIds, Preconditions: preconditions), (book, now, inserts) =>
        {
            // The balance the writer holds is the one that counts: a purchase made meanwhile may have spent it.
            var held = book.Account(cash).Available;
            if (held < purchase.Pence)
                throw new DomainException(new NotEnoughCash(Math.Max(held, 0), purchase.Pence));
            inserts.Add(purchase);
            return result(FlexiBookkeeping.Apply(book, plan, serviceId, accounts, today, now, inserts)[0]);
        });
    }

    /// <summary>A receipt (with any change back) when <paramref name="holds"/> is empty; otherwise a sign-off that posts or voids the hold.</summary>
    public static LedgerCommand<T> Follow<T>(ServiceContext context, Purchase purchase, MovementPlan plan, PlanAccounts accounts, IReadOnlyCollection<Id<Transfer>> holds,
        LocalDate today, Func<object> row, Func<T> result) where T : class
    {
        var serviceId = context.Service.Id;
        var unchanged = new PurchaseUnchanged(purchase.Id, receipt: holds.Count == 0);
        return new(new LedgerNeeds(accounts.AccountIds, Holds: holds, Preconditions: [unchanged]), (book, now, inserts) =>
        {
            FlexiBookkeeping.Apply(book, plan, serviceId, accounts, today, now, inserts);
            inserts.Add(row());
            return result();
        });
    }
}
