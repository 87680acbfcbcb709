using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Flexi;
using Timebank.Domain.Flexi.Allowances;
using Timebank.Domain.Flexi.Bookings;
using Timebank.Domain.Flexi.Cash;
using Timebank.Domain.Flexi.Movements;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Flexi;

/// <summary>What ending a customer did (stored as its outcome, so a replay answers the same).</summary>
public sealed record CustomerEnded(Id<CustomerBudget> BudgetId, DateTimeOffset EndedAt);

/// <summary>
/// Ending a customer (<c>CustomerLeaving</c>): one ledger command voids their holds, returns what the policy says
/// to funding, and writes the sessions' and purchases' rows and the ending row that stops accrual, all or nothing.
/// </summary>
public sealed class CustomerLeavingService(
    LedgerOperations operations, FlexiAccess access, IDbContextFactory<TimebankDbContext> databases, CustomerAccounts accounts, AllowanceRunner allowances,
    CustomerService customers, JointPurchaseService joints, IClock clock)
{
    public async Task<BudgetView> EndAsync(EndCustomerInput input, CancellationToken cancellationToken)
    {
        var ended = await operations.RunAsync<CustomerEnded>("endCustomer", input.IdempotencyKey, input with { IdempotencyKey = null }, async _ =>
        {
            var context = await access.ServiceAsync(input.ServiceId, "serviceId", cancellationToken);
            var manager = await access.MembershipInAsync(context.Service.ProviderId);
            FlexiRoles.RequireRunsProvider(manager, context.Service.ProviderId);
            var customerId = GlobalId.Parse<Member>(input.CustomerId, "Member", "customerId");
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            var serviceId = context.Service.Id;
            var budget = await db.Set<CustomerBudget>().AsNoTracking().Where(b => b.ServiceId == serviceId && b.CustomerId == customerId)
                             .OrderByDescending(b => b.EnrolledAt).FirstOrDefaultAsync(cancellationToken)
                         ?? throw new DomainException(new NotFound("customer budget", input.CustomerId));
            // Everything due up to now accrues (and lapses) first, so what is returned is what they hold today.
            await allowances.AccrueAsync(context, budget, cancellationToken);
            if (!budget.IsActive)
                throw new DomainException(new CustomerHasLeft());
            var now = clock.GetCurrentInstant();
            var budgetId = budget.Id;
            var snapshot = await LeavingStillCurrent.ReadAsync(db, budgetId, cancellationToken);
            var allSessions = await SessionStore.LoadAsync(db, db.Set<SupportSession>().Where(s => s.BudgetId == budgetId), cancellationToken);
            var allPurchases = await PurchaseStore.LoadAsync(db, db.Set<Purchase>().Where(p => p.BudgetId == budgetId), now, cancellationToken);
            var sessions = allSessions.Where(s => s.Status == SessionStatus.Booked).ToList();
            var purchases = allPurchases.Where(p => p.Status == PurchaseStatus.AwaitingSignOff).ToList();
            var unchanged = new LeavingStillCurrent(budgetId, snapshot, allSessions.Select(s => s.Id).ToHashSet(), allPurchases.Select(p => p.Id).ToHashSet());
            // A joint purchase they share in and that is still open is withdrawn whole: nothing moves for anyone sharing it.
            var jointRows = db.Set<JointPurchaseRow>().Where(p => db.Set<JointShareRow>().Any(s => s.PurchaseId == p.Id && s.BudgetId == budgetId));
            var jointPurchases = (await JointPurchaseStore.LoadAsync(db, jointRows, now, cancellationToken)).Where(p => p.Status == PurchaseStatus.AwaitingSignOff).ToList();
            var holdKeys = sessions.Select(s => s.HoldKey.Value).Concat(purchases.Select(p => p.HoldKey.Value))
                .Concat(jointPurchases.SelectMany(j => j.Shares.Select(s => j.HoldKeyOf(s).Value))).ToList();
            var holds = await db.Set<FlexiMovement>().Where(m => holdKeys.Contains(m.Key)).ToDictionaryAsync(m => m.Key, m => m.TransferId, cancellationToken);
            var planAccounts = await PlanAccountsAsync(context, budget, sessions, jointPurchases, holds, cancellationToken);
            var (minutes, cash) = (planAccounts[FlexiUnit.Minutes, FlexiAccounts.CustomerMinutes(budgetId)], planAccounts[FlexiUnit.Pence, FlexiAccounts.CustomerCash(budgetId)]);
            var policy = context.Policies.Current(context.Service.Schedule, now);
            var today = context.Service.Schedule.Today(now);
            return new LedgerCommand<CustomerEnded>(new LedgerNeeds(planAccounts.AccountIds, Holds: planAccounts.HoldIds, Preconditions: [unchanged]), (book, at, inserts) =>
            {
                // The balances the writer holds are the ones returned: nothing spent meanwhile is returned twice.
                var balances = new LeavingBalances(book.Account(minutes).Posted, book.Account(cash).Posted);
                var plan = CustomerLeaving.End(budget, context.Service, manager!, policy, balances, sessions, purchases, jointPurchases, now);
                var transfers = FlexiBookkeeping.Apply(book, plan, serviceId, planAccounts, today, at, inserts);
                var voids = plan.Steps.Zip(transfers).Where(s => s.First is VoidHeld).ToDictionary(s => ((VoidHeld)s.First).HoldKey.Value, s => s.Second.Id);
                foreach (var session in sessions)
                    inserts.Add(SessionResolution.Of(session, voids[session.HoldKey.Value]));
                foreach (var purchase in purchases)
                    inserts.Add(PurchaseDecision.Of(purchase));
                foreach (var joint in jointPurchases)
                    inserts.Add(JointPurchaseDecision.Of(joint));
                // The row that says it ended goes with the money it returns: one commit, or neither.
                inserts.Add(new BudgetEnding(budgetId, now, manager!.MemberId));
                return new CustomerEnded(budgetId, now.ToDateTimeOffset());
            });
        }, cancellationToken);
        return await MarkEndedAsync(ended, cancellationToken);
    }

    /// <summary>
    /// The budget row's own copy of the ending (which keeps a re-enrolment possible under its unique index), written
    /// after the ending row; until then, and if the process stops first, every read restores it from that row.
    /// </summary>
    private async Task<BudgetView> MarkEndedAsync(CustomerEnded ended, CancellationToken cancellationToken)
    {
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
        {
            var budget = await db.Set<CustomerBudget>().SingleAsync(b => b.Id == ended.BudgetId, cancellationToken);
            var ending = await db.Set<BudgetEnding>().AsNoTracking().SingleAsync(e => e.BudgetId == ended.BudgetId, cancellationToken);
            if (budget.IsActive)
            {
                budget.RestoreEnding(ending.EndedAt, ending.EndedBy);
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        return await customers.ViewAsync(ended.BudgetId, cancellationToken);
    }

    /// <summary>The budget's accounts, each booked session's worker account its hold was made to, and the cash of everyone sharing an open joint purchase.</summary>
    private async Task<PlanAccounts> PlanAccountsAsync(ServiceContext context, CustomerBudget budget, IReadOnlyList<SupportSession> sessions,
        IReadOnlyList<JointPurchase> jointPurchases, IReadOnlyDictionary<string, Id<Transfer>> holds, CancellationToken cancellationToken)
    {
        var own = await accounts.ForBudgetAsync(context.Books, budget, cancellationToken);
        var all = new Dictionary<(FlexiUnit, FlexiAccount), Id<Account>>(own.Accounts);
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
        {
            var sharing = jointPurchases.SelectMany(j => j.Shares.Select(s => s.BudgetId)).Distinct().ToList();
            var budgets = await db.Set<CustomerBudget>().AsNoTracking().Where(b => sharing.Contains(b.Id)).ToListAsync(cancellationToken);
            foreach (var entry in (await joints.AccountsAsync(context, budgets, cancellationToken)).Accounts)
                all[entry.Key] = entry.Value;
        }
        foreach (var worker in sessions.Select(s => s.WorkerId).Distinct())
            all[(FlexiUnit.Minutes, FlexiAccounts.Worker(worker))] = await accounts.WorkerOfAsync(context.Books, worker, cancellationToken);
        return new PlanAccounts(all, holds);
    }
}
