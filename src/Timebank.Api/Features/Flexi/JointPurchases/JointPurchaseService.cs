using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Flexi;
using Timebank.Domain.Flexi.Allowances;
using Timebank.Domain.Flexi.Cash;
using Timebank.Domain.Flexi.Movements;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Flexi;

/// <summary>What a joint purchase mutation did (stored as its outcome, so a replay answers the same).</summary>
public sealed record JointPurchaseMoved(Id<JointPurchase> PurchaseId);

/// <summary>
/// Joint purchases: one ledger command holds every share (all or nothing), each later step resolves them together.
/// The rules are the domain's (<c>JointPurchase</c>, <c>ManagerSignOff</c>); this finds the accounts and the holds.
/// </summary>
public sealed class JointPurchaseService(
    LedgerOperations operations, FlexiAccess access, IDbContextFactory<TimebankDbContext> databases, CustomerAccounts accounts, AllowanceRunner allowances, IClock clock)
{
    public const string TypeName = "JointPurchase";

    private static readonly ISignOffPolicy SignOffPolicy = ManagerSignOff.Instance;

    public Task<JointPurchaseMoved> RequestAsync(RequestJointPurchaseInput input, CancellationToken cancellationToken)
        => operations.RunAsync<JointPurchaseMoved>("requestJointPurchase", input.IdempotencyKey, input with { IdempotencyKey = null }, async actor =>
        {
            var context = await access.ServiceAsync(input.ServiceId, "serviceId", cancellationToken);
            var requester = await access.MembershipInAsync(context.Service.ProviderId)
                            ?? throw new DomainException(new NotAllowed("Only a customer taking a share, or staff on their behalf, can ask for a joint purchase."));
            if (input.Shares is not { Count: >= 2 and <= JointPurchase.MaxShares })
                throw new DomainException(new ValidationFailed("shares", $"a joint purchase has between 2 and {JointPurchase.MaxShares} shares"));
            var customerIds = input.Shares.Select(s => GlobalId.Parse<Member>(s.CustomerId, "Member", "shares.customerId")).ToList();
            var details = PurchaseDetails.Parse(input.Supplier, input.Category, input.Description, input.Outcome);
            var names = await access.NamesAsync(customerIds, cancellationToken);
            var budgets = await BudgetsAsync(context, customerIds, names, cancellationToken);
            var planAccounts = await AccountsAsync(context, budgets.Values, cancellationToken);
            var cash = budgets.Values.ToDictionary(b => b.Id, b => planAccounts[FlexiUnit.Pence, FlexiAccounts.CustomerCash(b.Id)]);
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            var cashIds = cash.Values.ToList();
            var available = await db.Set<Account>().Where(a => cashIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Posted - a.PendingDebits, cancellationToken);
            var shares = input.Shares.Select((s, i) => new ShareRequest(budgets[customerIds[i]], names[customerIds[i]], s.Pence, available[cash[budgets[customerIds[i]].Id]])).ToList();
            var now = clock.GetCurrentInstant();
            var policy = context.Policies.Current(context.Service.Schedule, now);
            // Only staff and the customer themselves may learn a customer's balance from a refusal.
            bool MayReadCash(Id<Member> customer) => customer == actor || FlexiRoles.ActsForCustomers(requester, context.Service.ProviderId);
            JointPurchase purchase;
            MovementPlan plan;
            try
            {
                (purchase, plan) = JointPurchase.Request(context.Service, requester, shares, details, policy, SignOffPolicy, now);
            }
            catch (DomainException refused) when (refused.Error is ShareNotAffordable unaffordable && shares.Find(s => s.CustomerName == unaffordable.Customer) is { } who && !MayReadCash(who.Budget.CustomerId))
            {
                throw new DomainException(new ShareNotAffordable(unaffordable.Customer, null, unaffordable.SharePence)); // built anew: a record copy keeps the old message
            }
            var today = context.Service.Schedule.Today(now);
            var serviceId = context.Service.Id;
            return new LedgerCommand<JointPurchaseMoved>(new LedgerNeeds(planAccounts.AccountIds), (book, at, inserts) =>
            {
                // The balances the writer holds are the ones that count: a purchase made meanwhile may have spent one.
                foreach (var share in shares)
                {
                    var held = book.Account(cash[share.Budget.Id]).Available;
                    if (held < share.Pence)
                        throw new DomainException(new ShareNotAffordable(share.CustomerName, MayReadCash(share.Budget.CustomerId) ? Math.Max(held, 0) : null, share.Pence));
                }
                foreach (var row in JointPurchaseStore.RowsOf(purchase))
                    inserts.Add(row);
                FlexiBookkeeping.Apply(book, plan, serviceId, planAccounts, today, at, inserts);
                return new JointPurchaseMoved(purchase.Id);
            });
        }, cancellationToken);

    public async Task<JointPurchaseMoved> AgreeAsync(DecideJointShareInput input, CancellationToken cancellationToken)
    {
        var agreed = await RunAsync("approveJointShare", input.PurchaseId, input.IdempotencyKey, input with { IdempotencyKey = null }, (purchase, membership, _, now) =>
        {
            var plan = purchase.AgreeShare(membership, now);
            var share = purchase.Shares.Single(s => s.CustomerId == membership.MemberId);
            var rows = new List<object> { new JointShareAgreement(purchase.Id, share.BudgetId, now) };
            if (!plan.IsEmpty)
                rows.Add(new JointPurchaseDecision(purchase.Id, PurchaseStatus.Spent, membership.MemberId, now, null));
            return (plan, rows);
        }, cancellationToken);
        await SettleCrossedAgreementsAsync(agreed.PurchaseId, cancellationToken);
        return agreed;
    }

    /// <summary>
    /// Two last agreements that crossed (each prepared before the other was stored) leave every share agreed and none
    /// spent; the next look spends them, once, under a key of the purchase's own. Should the other agreement's look
    /// get there first, the holds are already resolved and this one is refused: nothing more to do.
    /// </summary>
    private async Task SettleCrossedAgreementsAsync(Id<JointPurchase> id, CancellationToken cancellationToken)
    {
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
        {
            var purchase = (await JointPurchaseStore.LoadAsync(db, db.Set<JointPurchaseRow>().Where(p => p.Id == id), clock.GetCurrentInstant(), cancellationToken)).Single();
            if (purchase.Status != PurchaseStatus.AwaitingSignOff || !purchase.AllAgreed || purchase.NeedsSignOff)
                return;
        }
        try
        {
            await operations.RunAsync<JointPurchaseMoved>("settleJointPurchase", $"joint-settle:{id.Value:N}", new { PurchaseId = id.Value }, async _ =>
            {
                var (purchase, context, _) = await ForActionAsync(GlobalId.Encode(TypeName, id.Value), cancellationToken);
                var now = clock.GetCurrentInstant();
                var plan = purchase.SpendOnceAllAgreed(now);
                var last = purchase.Shares.MaxBy(s => s.AgreedAt)!.CustomerId;
                return await CommandAsync(context, purchase, await BudgetsOfAsync(purchase, cancellationToken), plan, holds: true,
                    [new JointPurchaseDecision(purchase.Id, PurchaseStatus.Spent, last, now, null)], cancellationToken);
            }, cancellationToken);
        }
        catch (DomainException)
        {
            // Already spent (or expired) meanwhile.
        }
    }

    public Task<JointPurchaseMoved> DeclineAsync(DecideJointShareInput input, CancellationToken cancellationToken)
        => RunAsync("declineJointShare", input.PurchaseId, input.IdempotencyKey, input with { IdempotencyKey = null },
            (purchase, membership, _, now) => (purchase.DeclineShare(membership, input.Reason, now), [JointPurchaseDecision.Of(purchase)]), cancellationToken);

    public Task<JointPurchaseMoved> ApproveAsync(DecideJointShareInput input, CancellationToken cancellationToken)
        => RunAsync("approveJointPurchase", input.PurchaseId, input.IdempotencyKey, input with { IdempotencyKey = null },
            (purchase, membership, context, now) => (purchase.Approve(membership, context.Service.ProviderId, SignOffPolicy, now), [JointPurchaseDecision.Of(purchase)]), cancellationToken);

    public Task<JointPurchaseMoved> RejectAsync(DecideJointShareInput input, CancellationToken cancellationToken)
        => RunAsync("rejectJointPurchase", input.PurchaseId, input.IdempotencyKey, input with { IdempotencyKey = null },
            (purchase, membership, context, now) => (purchase.Reject(membership, context.Service.ProviderId, SignOffPolicy, input.Reason, now), [JointPurchaseDecision.Of(purchase)]), cancellationToken);

    public Task<JointPurchaseMoved> AttachReceiptAsync(AttachJointReceiptInput input, CancellationToken cancellationToken)
        => operations.RunAsync<JointPurchaseMoved>("attachJointPurchaseReceipt", input.IdempotencyKey, input with { IdempotencyKey = null }, async _ =>
        {
            var (purchase, context, membership) = await ForActionAsync(input.PurchaseId, cancellationToken);
            var now = clock.GetCurrentInstant();
            var receipt = Receipt.Parse(input.Reference, input.Pence, input.Date, context.Service.Schedule.Today(now));
            var budgets = await BudgetsOfAsync(purchase, cancellationToken);
            var plan = purchase.AttachReceipt(membership, context.Service.ProviderId, receipt, budgets, context.Policies.Current(context.Service.Schedule, now), now);
            return await CommandAsync(context, purchase, budgets, plan, holds: false, [JointPurchaseReceipt.Of(purchase)], cancellationToken);
        }, cancellationToken);

    private Task<JointPurchaseMoved> RunAsync(string operation, string purchaseId, string? key, object inputWithoutKey,
        Func<JointPurchase, Domain.Organisations.Membership, ServiceContext, Instant, (MovementPlan Plan, IReadOnlyList<object> Rows)> decide, CancellationToken cancellationToken)
        => operations.RunAsync<JointPurchaseMoved>(operation, key, inputWithoutKey, async _ =>
        {
            var (purchase, context, membership) = await ForActionAsync(purchaseId, cancellationToken);
            var (plan, rows) = decide(purchase, membership, context, clock.GetCurrentInstant());
            return await CommandAsync(context, purchase, await BudgetsOfAsync(purchase, cancellationToken), plan, holds: true, rows, cancellationToken);
        }, cancellationToken);

    private async Task<ILedgerCommand<JointPurchaseMoved>> CommandAsync(ServiceContext context, JointPurchase purchase, IReadOnlyCollection<CustomerBudget> budgets,
        MovementPlan plan, bool holds, IReadOnlyList<object> rows, CancellationToken cancellationToken)
    {
        var found = await AccountsAsync(context, budgets, cancellationToken);
        var holdIds = holds ? await HoldsAsync(purchase, cancellationToken) : new Dictionary<string, Id<Transfer>>();
        var planAccounts = found with { Holds = holdIds };
        var today = context.Service.Schedule.Today(clock.GetCurrentInstant());
        var serviceId = context.Service.Id;
        return new LedgerCommand<JointPurchaseMoved>(new LedgerNeeds(planAccounts.AccountIds, Holds: plan.IsEmpty ? null : planAccounts.HoldIds), (book, now, inserts) =>
        {
            FlexiBookkeeping.Apply(book, plan, serviceId, planAccounts, today, now, inserts);
            foreach (var row in rows)
                inserts.Add(row);
            return new JointPurchaseMoved(purchase.Id);
        });
    }

    /// <summary>The transfers holding each share, found by the keys they were made under.</summary>
    public async Task<Dictionary<string, Id<Transfer>>> HoldsAsync(JointPurchase purchase, CancellationToken cancellationToken)
    {
        var keys = purchase.Shares.Select(s => purchase.HoldKeyOf(s).Value).ToList();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Set<FlexiMovement>().Where(m => keys.Contains(m.Key)).ToDictionaryAsync(m => m.Key, m => m.TransferId, cancellationToken);
    }

    /// <summary>Funding and purchases, and each sharing customer's cash.</summary>
    public async Task<PlanAccounts> AccountsAsync(ServiceContext context, IEnumerable<CustomerBudget> budgets, CancellationToken cancellationToken)
    {
        var books = context.Books;
        var all = new Dictionary<(FlexiUnit, FlexiAccount), Id<Account>>
        {
            [(FlexiUnit.Pence, FlexiAccounts.Funding(books.ServiceId))] = books.CashFundingId,
            [(FlexiUnit.Pence, FlexiAccounts.Purchases(books.ServiceId))] = books.PurchasesId,
        };
        foreach (var budget in budgets)
            all[(FlexiUnit.Pence, FlexiAccounts.CustomerCash(budget.Id))] = await accounts.CashOfAsync(books, budget.CustomerId, cancellationToken);
        return new PlanAccounts(all, new Dictionary<string, Id<Transfer>>());
    }

    /// <summary>Each named customer's running budget in the service, accrued up to now; refused naming who is not a customer of it.</summary>
    private async Task<Dictionary<Id<Member>, CustomerBudget>> BudgetsAsync(ServiceContext context, IReadOnlyList<Id<Member>> customers, IReadOnlyDictionary<Id<Member>, string> names,
        CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var serviceId = context.Service.Id;
        var ids = customers.Distinct().ToList();
        var found = (await db.Set<CustomerBudget>().AsNoTracking().Where(b => b.ServiceId == serviceId && ids.Contains(b.CustomerId)).ToListAsync(cancellationToken))
            .GroupBy(b => b.CustomerId).ToDictionary(g => g.Key, g => g.OrderByDescending(b => b.EnrolledAt).First());
        foreach (var customer in ids)
        {
            if (!found.TryGetValue(customer, out var budget) || !budget.IsActive)
                throw new DomainException(new ValidationFailed("shares", $"{names.GetValueOrDefault(customer) ?? "one of the members named"} is not a customer of this service"));
            await allowances.AccrueAsync(context, budget, cancellationToken);
        }
        return found;
    }

    private async Task<IReadOnlyCollection<CustomerBudget>> BudgetsOfAsync(JointPurchase purchase, CancellationToken cancellationToken)
    {
        var ids = purchase.Shares.Select(s => s.BudgetId).ToList();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Set<CustomerBudget>().AsNoTracking().Where(b => ids.Contains(b.Id)).ToListAsync(cancellationToken);
    }

    /// <summary>A joint purchase the viewer may act on: staff and managers of its service, or a customer with a share; NOT_FOUND for anyone else, revealing nothing.</summary>
    private async Task<(JointPurchase Purchase, ServiceContext Context, Domain.Organisations.Membership Membership)> ForActionAsync(string globalId, CancellationToken cancellationToken)
    {
        var id = GlobalId.Parse<JointPurchase>(globalId, TypeName, "purchaseId");
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var purchase = (await JointPurchaseStore.LoadAsync(db, db.Set<JointPurchaseRow>().Where(p => p.Id == id), clock.GetCurrentInstant(), cancellationToken)).SingleOrDefault();
        var context = purchase is null ? null : await access.LoadAsync(purchase.ServiceId, cancellationToken);
        var membership = context is null ? null : await access.MembershipInAsync(context.Service.ProviderId);
        if (purchase is null || context is null || membership is not { IsActive: true }
            || !(FlexiRoles.ActsForCustomers(membership, context.Service.ProviderId) || purchase.Shares.Any(s => s.CustomerId == membership.MemberId)))
            throw new DomainException(new NotFound("joint purchase", globalId));
        return (purchase, context, membership);
    }
}
