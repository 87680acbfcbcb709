using NodaTime;
using Timebank.Api.Features.Ledger;
using Timebank.Domain.Flexi;
using Timebank.Domain.Flexi.Allowances;
using Timebank.Domain.Flexi.Bookings;
using Timebank.Domain.Flexi.Movements;
using Timebank.Domain.Flexi.Rota;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Flexi;

/// <summary>
/// The ledger commands of a session, from the plan the domain made: the same for a request (<see cref="SessionService"/>)
/// and for the bench's generated year, so a generated session is stored exactly as one booked through the API.
/// </summary>
internal static class SessionCommands
{
    /// <summary>The customer's minutes held for the session, against the balance the writer holds, with the session's row.</summary>
    public static LedgerCommand<T> Book<T>(ServiceContext context, SupportSession session, MovementPlan plan, PlanAccounts accounts, IReadOnlyCollection<Shift> shifts,
        Func<Transfer, T> result) where T : class
    {
        var minutes = accounts[FlexiUnit.Minutes, FlexiAccounts.CustomerMinutes(session.BudgetId)];
        var valueDate = session.Start.InZone(context.Service.TimeZone).Date;
        var serviceId = context.Service.Id;
        return new(new LedgerNeeds(accounts.AccountIds, Preconditions: [new DiaryStillFree(context.Service, shifts, session)]), (book, now, inserts) =>
        {
            // The balance the writer holds is the one that counts: a booking made meanwhile may have taken the minutes.
            var held = book.Account(minutes).Available;
            if (held < session.Minutes)
                throw new DomainException(new NotEnoughMinutes(Math.Max(held, 0), session.Minutes));
            inserts.Add(session);
            return result(FlexiBookkeeping.Apply(book, plan, serviceId, accounts, valueDate, now, inserts)[0]);
        });
    }

    /// <summary>A completion or cancellation: the plan posts or voids the session's hold, with its resolution row.</summary>
    public static LedgerCommand<T> Resolve<T>(ServiceContext context, SupportSession session, MovementPlan plan, PlanAccounts accounts, Id<Transfer> hold, LocalDate today,
        Func<Transfer, T> result) where T : class
    {
        var serviceId = context.Service.Id;
        return new(new LedgerNeeds(accounts.AccountIds, Holds: [hold]), (book, now, inserts) =>
        {
            var transfers = FlexiBookkeeping.Apply(book, plan, serviceId, accounts, today, now, inserts);
            inserts.Add(SessionResolution.Of(session, transfers[0].Id));
            return result(transfers[0]);
        });
    }

    /// <summary>The two accounts a session moves between: the customer's minutes and the worker's delivered minutes.</summary>
    public static PlanAccounts Accounts(Id<CustomerBudget> budget, Id<Member> worker, Id<Account> minutes, Id<Account> workerAccount, IReadOnlyDictionary<string, Id<Transfer>>? holds)
        => new(new Dictionary<(FlexiUnit, FlexiAccount), Id<Account>>
        {
            [(FlexiUnit.Minutes, FlexiAccounts.CustomerMinutes(budget))] = minutes,
            [(FlexiUnit.Minutes, FlexiAccounts.Worker(worker))] = workerAccount,
        }, holds ?? new Dictionary<string, Id<Transfer>>());
}
