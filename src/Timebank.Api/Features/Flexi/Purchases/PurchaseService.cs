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
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Flexi;

/// <summary>What a purchase mutation did (stored as its outcome, so a replay answers the same).</summary>
public sealed record PurchaseMoved(Id<Purchase> PurchaseId);

/// <summary>
/// Spending cash: requests, sign-off, receipts and notes. Each money-moving step is one ledger command with its rows;
/// the rules are the domain's (<c>Purchase</c>, <c>ManagerSignOff</c>).
/// </summary>
public sealed class PurchaseService(
    LedgerOperations operations, FlexiAccess access, IDbContextFactory<TimebankDbContext> databases, CustomerAccounts accounts, AllowanceRunner allowances,
    IPlansInForce plans, IClock clock)
{
    public const string TypeName = "Purchase";

    private static readonly ISignOffPolicy SignOffPolicy = ManagerSignOff.Instance;

    public Task<PurchaseMoved> RequestAsync(RequestPurchaseInput input, CancellationToken cancellationToken)
        => operations.RunAsync<PurchaseMoved>("requestPurchase", input.IdempotencyKey, input with { IdempotencyKey = null }, async actor =>
        {
            var context = await access.ServiceAsync(input.ServiceId, "serviceId", cancellationToken);
            var requester = await access.MembershipInAsync(context.Service.ProviderId) ?? throw new DomainException(new NotAllowed("Only the customer, or staff on their behalf, can spend their cash."));
            var customerId = input.CustomerId is null ? actor : GlobalId.Parse<Member>(input.CustomerId, "Member", "customerId");
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            var serviceId = context.Service.Id;
            var budget = await db.Set<CustomerBudget>().AsNoTracking().Where(b => b.ServiceId == serviceId && b.CustomerId == customerId)
                             .OrderByDescending(b => b.EnrolledAt).FirstOrDefaultAsync(cancellationToken)
                         ?? throw new DomainException(new NotFound("customer budget", input.CustomerId));
            await allowances.AccrueAsync(context, budget, cancellationToken);
            var planAccounts = await accounts.ForBudgetAsync(context.Books, budget, cancellationToken);
            var cash = planAccounts[FlexiUnit.Pence, FlexiAccounts.CustomerCash(budget.Id)];
            var available = await db.Set<Account>().Where(a => a.Id == cash).Select(a => a.Posted - a.PendingDebits).SingleAsync(cancellationToken);
            var now = clock.GetCurrentInstant();
            var today = context.Service.Schedule.Today(now);
            var (details, agreed, inForce) = await DetailsAsync(context, customerId, input, today, cancellationToken);
            var policy = context.Policies.Current(context.Service.Schedule, now);
            var covered = agreed is not null && input.Pence <= agreed.RemainingPence;
            var signOff = new AgreedInPlanSignOff(SignOffPolicy, (_, _) => covered);
            var (purchase, plan) = Purchase.Request(context.Service, budget, requester, details, input.Pence, available, policy, signOff, now);
            List<ILedgerPrecondition> preconditions = [];
            if (covered && agreed is not null && purchase.Status == PurchaseStatus.Spent)
            {
                purchase.BoughtAsAgreed(inForce!, agreed);
                preconditions.Add(new AgreedItemUnspent(inForce!.PlanId, agreed.What, agreed.SpentPence));
            }
            return PurchaseCommands.Request(context, purchase, plan, planAccounts, today, preconditions, _ => new PurchaseMoved(purchase.Id));
        }, cancellationToken);

    /// <summary>
    /// What is bought, and for which outcome: with an approved plan in force it names one of the plan's outcomes, and
    /// an item the plan agrees (within what is left of it) needs no further sign-off.
    /// </summary>
    private async Task<(PurchaseDetails Details, AgreedItem? Agreed, PlanInForce? Plan)> DetailsAsync(
        ServiceContext context, Id<Member> customer, RequestPurchaseInput input, LocalDate today, CancellationToken cancellationToken)
    {
        var inForce = await plans.ForAsync(context.Service.ProviderId, customer, today, cancellationToken);
        var item = PlanInForce.ItemFor(inForce, input.PlanItem, "planItem");
        var outcome = PlanInForce.OutcomeFor(inForce, input.Outcome ?? item?.Outcome, "outcome");
        if (item is not null && outcome != item.Outcome)
            throw new DomainException(new ValidationFailed("outcome", $"\"{item.What}\" serves \"{item.Outcome}\" in the plan"));
        return (PurchaseDetails.Parse(input.Supplier, input.Category, input.Description, outcome), item, inForce);
    }

    public Task<PurchaseMoved> ApproveAsync(DecidePurchaseInput input, CancellationToken cancellationToken)
        => DecideAsync("approvePurchase", input, (purchase, membership, provider, now) => purchase.Approve(membership, provider, SignOffPolicy, now), cancellationToken);

    public Task<PurchaseMoved> RejectAsync(DecidePurchaseInput input, CancellationToken cancellationToken)
        => DecideAsync("rejectPurchase", input, (purchase, membership, provider, now) => purchase.Reject(membership, provider, SignOffPolicy, input.Reason, now), cancellationToken);

    public Task<PurchaseMoved> AttachReceiptAsync(AttachReceiptInput input, CancellationToken cancellationToken)
        => operations.RunAsync<PurchaseMoved>("attachReceipt", input.IdempotencyKey, input with { IdempotencyKey = null }, async actor =>
        {
            var (purchase, context, membership, budget) = await ForActionAsync(input.PurchaseId, cancellationToken);
            var now = clock.GetCurrentInstant();
            var receipt = Receipt.Parse(input.Reference, input.Pence, input.Date, context.Service.Schedule.Today(now));
            var policy = context.Policies.Current(context.Service.Schedule, now);
            var plan = purchase.AttachReceipt(membership, context.Service.ProviderId, receipt, budget, policy, now);
            return await CommandAsync(context, budget, purchase, plan, holds: [], () => PurchaseReceipt.Of(purchase), cancellationToken);
        }, cancellationToken);

    /// <summary>A manager's note (no money moves): the latest one stands.</summary>
    public async Task<Purchase> FlagAsync(FlagPurchaseInput input, CancellationToken cancellationToken)
    {
        var (purchase, context, membership, _) = await ForActionAsync(input.PurchaseId, cancellationToken);
        purchase.FlagForConversation(membership, context.Service.ProviderId, input.Note, clock.GetCurrentInstant());
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var id = purchase.Id;
        var row = await db.Set<PurchaseConversation>().SingleOrDefaultAsync(c => c.PurchaseId == id, cancellationToken);
        if (row is null)
            db.Add(new PurchaseConversation(purchase.Id, purchase.Conversation!.Note, purchase.Conversation.By, purchase.Conversation.At));
        else
            row.Replace(purchase.Conversation!);
        await db.SaveChangesAsync(cancellationToken);
        return purchase;
    }

    private Task<PurchaseMoved> DecideAsync(string operation, DecidePurchaseInput input, Func<Purchase, Membership, Id<Organisation>, Instant, MovementPlan> decide, CancellationToken cancellationToken)
        => operations.RunAsync<PurchaseMoved>(operation, input.IdempotencyKey, input with { IdempotencyKey = null }, async actor =>
        {
            var (purchase, context, membership, budget) = await ForActionAsync(input.PurchaseId, cancellationToken);
            var plan = decide(purchase, membership, context.Service.ProviderId, clock.GetCurrentInstant());
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            var holdKey = purchase.HoldKey.Value;
            var hold = await db.Set<FlexiMovement>().Where(m => m.Key == holdKey).Select(m => m.TransferId).SingleAsync(cancellationToken);
            return await CommandAsync(context, budget, purchase, plan, [(holdKey, hold)], () => PurchaseDecision.Of(purchase), cancellationToken);
        }, cancellationToken);

    private async Task<ILedgerCommand<PurchaseMoved>> CommandAsync(ServiceContext context, CustomerBudget budget, Purchase purchase, MovementPlan plan,
        IReadOnlyList<(string Key, Id<Transfer> Hold)> holds, Func<object> row, CancellationToken cancellationToken)
    {
        var planAccounts = CustomerAccounts.ForBudget(context.Books, budget, await accounts.MinutesOfAsync(context.Books, budget.CustomerId, cancellationToken),
            await accounts.CashOfAsync(context.Books, budget.CustomerId, cancellationToken), holds.ToDictionary(h => h.Key, h => h.Hold));
        var today = context.Service.Schedule.Today(clock.GetCurrentInstant());
        return PurchaseCommands.Follow(context, purchase, plan, planAccounts, [.. holds.Select(h => h.Hold)], today, row, () => new PurchaseMoved(purchase.Id));
    }

    /// <summary>A purchase of a service the viewer belongs to (its provider's active members); NOT_FOUND for anyone else, revealing nothing.</summary>
    private async Task<(Purchase Purchase, ServiceContext Context, Membership Membership, CustomerBudget Budget)> ForActionAsync(string globalId, CancellationToken cancellationToken)
    {
        var id = GlobalId.Parse<Purchase>(globalId, TypeName, "purchaseId");
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var purchase = (await PurchaseStore.LoadAsync(db, db.Set<Purchase>().Where(p => p.Id == id), clock.GetCurrentInstant(), cancellationToken)).SingleOrDefault();
        var context = purchase is null ? null : await access.LoadAsync(purchase.ServiceId, cancellationToken);
        var membership = context is null ? null : await access.MembershipInAsync(context.Service.ProviderId);
        if (purchase is null || context is null || membership is null || !membership.IsActive)
            throw new DomainException(new NotFound("purchase", globalId));
        var budgetId = purchase.BudgetId;
        var budget = await db.Set<CustomerBudget>().AsNoTracking().SingleAsync(b => b.Id == budgetId, cancellationToken);
        await BudgetEnding.RestoreAsync(db, [budget], cancellationToken);
        return (purchase, context, membership, budget);
    }
}
