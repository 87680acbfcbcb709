using NodaTime;
using Timebank.Api.Features.Ledger;
using Timebank.Domain.Flexi;
using Timebank.Domain.Flexi.Allowances;
using Timebank.Domain.Flexi.Bookings;
using Timebank.Domain.Flexi.Cash;
using Timebank.Domain.Flexi.Movements;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Flexi.Tools;

/// <summary>What a generated step wrote: the transfer a later step resolves (a session's or a purchase's hold), if any.</summary>
internal sealed record StepWritten(Id<Transfer>? Transfer);

/// <summary>
/// The ledger commands <see cref="SessionService"/> and <see cref="PurchaseService"/> send, for plans the domain made
/// as of a past moment: the same needs, preconditions, balance checks in the writer and rows beside the transfers, so
/// a generated booking or purchase is stored exactly as one made through the API. Only the preparing differs (no
/// viewer, no per-request reads: the generator knows the service's people and accounts already).
/// </summary>
internal static class FlexiYearCommands
{
    public static LedgerCommand<StepWritten> Book(ServiceContext context, SupportSession session, MovementPlan plan, Id<Account> minutes, Id<Account> worker)
    {
        var accounts = SessionAccounts(session, minutes, worker, holds: null);
        var valueDate = session.Start.InZone(context.Service.TimeZone).Date;
        var serviceId = context.Service.Id;
        return new(new LedgerNeeds(accounts.AccountIds, Preconditions: [new DiaryStillFree(context.Service, [], session)]), (book, now, inserts) =>
        {
            var held = book.Account(minutes).Available;
            if (held < session.Minutes)
                throw new DomainException(new NotEnoughMinutes(Math.Max(held, 0), session.Minutes));
            inserts.Add(session);
            return new StepWritten(FlexiBookkeeping.Apply(book, plan, serviceId, accounts, valueDate, now, inserts)[0].Id);
        });
    }

    /// <summary>A completion or cancellation: the plan posts or voids the session's hold, with its resolution row.</summary>
    public static LedgerCommand<StepWritten> Resolve(ServiceContext context, SupportSession session, MovementPlan plan, Id<Transfer> hold, Id<Account> minutes, Id<Account> worker, Instant at)
    {
        var accounts = SessionAccounts(session, minutes, worker, new Dictionary<string, Id<Transfer>> { [session.HoldKey.Value] = hold });
        var today = context.Service.Schedule.Today(at);
        var serviceId = context.Service.Id;
        return new(new LedgerNeeds(accounts.AccountIds, Holds: [hold]), (book, now, inserts) =>
        {
            var transfers = FlexiBookkeeping.Apply(book, plan, serviceId, accounts, today, now, inserts);
            inserts.Add(SessionResolution.Of(session, transfers[0].Id));
            return new StepWritten(transfers[0].Id);
        });
    }

    public static LedgerCommand<StepWritten> Request(ServiceContext context, Purchase purchase, MovementPlan plan, PlanAccounts accounts, Instant at)
    {
        var cash = accounts[FlexiUnit.Pence, FlexiAccounts.CustomerCash(purchase.BudgetId)];
        var today = context.Service.Schedule.Today(at);
        var serviceId = context.Service.Id;
        return new(new LedgerNeeds(accounts.AccountIds), (book, now, inserts) =>
        {
            var held = book.Account(cash).Available;
            if (held < purchase.Pence)
                throw new DomainException(new NotEnoughCash(Math.Max(held, 0), purchase.Pence));
            inserts.Add(purchase);
            return new StepWritten(FlexiBookkeeping.Apply(book, plan, serviceId, accounts, today, now, inserts)[0].Id);
        });
    }

    /// <summary>A receipt (with any change) when <paramref name="hold"/> is null; otherwise a sign-off that posts or voids the hold.</summary>
    public static LedgerCommand<StepWritten> Follow(ServiceContext context, CustomerBudget budget, Purchase purchase, MovementPlan plan, Id<Account> minutes, Id<Account> cash,
        Id<Transfer>? hold, Instant at)
    {
        var holds = hold is { } id ? new Dictionary<string, Id<Transfer>> { [purchase.HoldKey.Value] = id } : null;
        var accounts = CustomerAccounts.ForBudget(context.Books, budget, minutes, cash, holds);
        var today = context.Service.Schedule.Today(at);
        var serviceId = context.Service.Id;
        var unchanged = new PurchaseUnchanged(purchase.Id, receipt: hold is null);
        return new(new LedgerNeeds(accounts.AccountIds, Holds: hold is { } h ? [h] : [], Preconditions: [unchanged]), (book, now, inserts) =>
        {
            FlexiBookkeeping.Apply(book, plan, serviceId, accounts, today, now, inserts);
            inserts.Add(hold is null ? PurchaseReceipt.Of(purchase) : PurchaseDecision.Of(purchase));
            return new StepWritten(null);
        });
    }

    private static PlanAccounts SessionAccounts(SupportSession session, Id<Account> minutes, Id<Account> worker, IReadOnlyDictionary<string, Id<Transfer>>? holds)
        => new(new Dictionary<(FlexiUnit, FlexiAccount), Id<Account>>
        {
            [(FlexiUnit.Minutes, FlexiAccounts.CustomerMinutes(session.BudgetId))] = minutes,
            [(FlexiUnit.Minutes, FlexiAccounts.Worker(session.WorkerId))] = worker,
        }, holds ?? new Dictionary<string, Id<Transfer>>());
}

/// <summary>A clock the generator moves through a service's year, for the allowance runner's steps.</summary>
internal sealed class MovableClock(Instant start) : IClock
{
    private long _ticks = start.ToUnixTimeTicks();

    public Instant Now
    {
        get => Instant.FromUnixTimeTicks(Interlocked.Read(ref _ticks));
        set => Interlocked.Exchange(ref _ticks, value.ToUnixTimeTicks());
    }

    public Instant GetCurrentInstant() => Now;
}
