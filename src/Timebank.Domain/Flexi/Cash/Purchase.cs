using NodaTime;
using Timebank.Domain.Flexi.Allowances;
using Timebank.Domain.Flexi.Movements;
using Timebank.Domain.Flexi.Services;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Flexi.Cash;

/// <summary>
/// A customer spending their cash allocation: spent at once when at or under the sign-off threshold, otherwise held
/// until signed off (or rejected, or expired after the policy's days). A receipt comes back; one for less returns
/// the change.
/// </summary>
public sealed class Purchase
{
    public Id<Purchase> Id { get; private set; }
    public Id<FlexiService> ServiceId { get; private set; }
    public Id<CustomerBudget> BudgetId { get; private set; }
    public Id<Member> CustomerId { get; private set; }
    public long Pence { get; private set; }
    public string Supplier { get; private set; }
    public string Category { get; private set; }
    public string Description { get; private set; }
    public string? Outcome { get; private set; }

    /// <summary>Kept as flat columns (the ledger writer stores rows set-based, one value per column).</summary>
    public PurchaseDetails Details => PurchaseDetails.FromStored(Supplier, Category, Description, Outcome);
    public Id<Member> RequestedBy { get; private set; }
    public Instant RequestedAt { get; private set; }
    public PurchaseStatus Status { get; private set; }
    public Instant? ExpiresAt { get; private set; }
    public Instant? SpentAt { get; private set; }
    public SignOff? Decision { get; private set; }
    public AttachedReceipt? Receipt { get; private set; }
    public ConversationNote? Conversation { get; private set; }

    /// <summary>The approved plan and its item this was bought as, with no further sign-off; null for anything else.</summary>
    public Guid? PlanId { get; private set; }

    public string? PlanItem { get; private set; }

    private Purchase(Id<Purchase> id, Id<FlexiService> serviceId, Id<CustomerBudget> budgetId, Id<Member> customerId, long pence, PurchaseDetails details, Id<Member> requestedBy, Instant requestedAt)
    {
        Id = id;
        ServiceId = serviceId;
        BudgetId = budgetId;
        CustomerId = customerId;
        Pence = pence;
        (Supplier, Category, Description, Outcome) = (details.Supplier, details.Category, details.Description, details.Outcome);
        RequestedBy = requestedBy;
        RequestedAt = requestedAt;
    }

    // For the store, whose columns are the properties.
    private Purchase(Id<Purchase> id, Id<FlexiService> serviceId, Id<CustomerBudget> budgetId, Id<Member> customerId, long pence,
        string supplier, string category, string description, string? outcome, Id<Member> requestedBy, Instant requestedAt)
        : this(id, serviceId, budgetId, customerId, pence, PurchaseDetails.FromStored(supplier, category, description, outcome), requestedBy, requestedAt)
    {
    }

    public IdempotencyKey HoldKey => MovementKeys.For("purchase", Id.Value, "hold");

    /// <summary>What the customer finally paid: the receipt's amount once the change is back.</summary>
    public long SpentPence => Status == PurchaseStatus.Spent ? Receipt?.Pence ?? Pence : 0;

    /// <summary>Records that it was bought as an item the plan agrees, so later purchases of the item see what is left of it.</summary>
    public void BoughtAsAgreed(PlanInForce plan, AgreedItem item)
    {
        if (Status != PurchaseStatus.Spent || Pence > item.RemainingPence)
            throw new InvalidOperationException("Only a purchase the plan's item covered, spent without sign-off, is bought as agreed.");
        (PlanId, PlanItem) = (plan.PlanId, item.What);
    }

    public static (Purchase Purchase, MovementPlan Plan) Request(FlexiService service, CustomerBudget budget, Membership requester,
        PurchaseDetails details, long pence, long availablePence, FlexiPolicy policy, ISignOffPolicy signOff, Instant now)
    {
        var bySelf = requester.MemberId == budget.CustomerId && requester.OrganisationId == service.ProviderId && requester.IsActive;
        if (budget.ServiceId != service.Id || (!bySelf && !FlexiRoles.ActsForCustomers(requester, service.ProviderId)))
            throw new DomainException(new NotAllowed("Only the customer, or staff on their behalf, can spend their cash."));
        if (!budget.IsActive && policy.CashOnLeaving != CashOnLeaving.KeepForCustomer)
            throw new DomainException(new CustomerHasLeft());
        var amount = Amount.Of(pence, "pence");
        if (amount.Value > availablePence)
            throw new DomainException(new NotEnoughCash(Math.Max(availablePence, 0), amount.Value));
        var purchase = new Purchase(Id<Purchase>.New(), service.Id, budget.Id, budget.CustomerId, amount.Value, details, requester.MemberId, now);
        var (from, to) = (FlexiAccounts.CustomerCash(budget.Id), FlexiAccounts.Purchases(service.Id));
        var what = $"{details.Description} from {details.Supplier}";
        if (!signOff.NeedsSignOff(details, amount.Value, policy))
        {
            (purchase.Status, purchase.SpentAt) = (PurchaseStatus.Spent, now);
            return (purchase, MovementPlan.Of(new MoveNow(MovementKeys.For("purchase", purchase.Id.Value, "spend"), FlexiUnit.Pence, from, to, amount, what)));
        }
        (purchase.Status, purchase.ExpiresAt) = (PurchaseStatus.AwaitingSignOff, now + Duration.FromDays(policy.PurchaseExpiryDays));
        return (purchase, MovementPlan.Of(new HoldNow(purchase.HoldKey, FlexiUnit.Pence, from, to, amount, purchase.ExpiresAt, $"{what}, awaiting sign-off")));
    }

    public MovementPlan Approve(Membership approver, Id<Organisation> provider, ISignOffPolicy signOff, Instant now)
    {
        RequireMaySignOff(approver, provider, signOff, now);
        (Status, SpentAt, Decision) = (PurchaseStatus.Spent, now, new SignOff(approver.MemberId, now, null));
        return MovementPlan.Of(new PostHeld(MovementKeys.For("purchase", Id.Value, "post"), FlexiUnit.Pence, HoldKey, Amount.Of(Pence, "pence"), "Purchase signed off"));
    }

    public MovementPlan Reject(Membership approver, Id<Organisation> provider, ISignOffPolicy signOff, string? reason, Instant now)
    {
        var why = Text.Required(reason, "reason", SignOff.ReasonMaxLength);
        RequireMaySignOff(approver, provider, signOff, now);
        (Status, Decision) = (PurchaseStatus.Rejected, new SignOff(approver.MemberId, now, why));
        return Void("Purchase rejected");
    }

    /// <summary>
    /// Rebuilds a purchase from the store, where its sign-off, receipt and conversation note are rows of their own
    /// (each keyed by the purchase, so each happens once); a purchase past its deadline reads as expired.
    /// </summary>
    public void Restore(PurchaseStatus? decided, SignOff? decision, AttachedReceipt? receipt, ConversationNote? conversation, Instant now)
    {
        if (decided is { } status)
        {
            if (Status != PurchaseStatus.AwaitingSignOff || status == PurchaseStatus.AwaitingSignOff)
                throw new InvalidOperationException("Only a purchase awaiting sign-off is decided.");
            (Status, Decision) = (status, decision);
            if (status == PurchaseStatus.Spent)
                SpentAt = decision?.At;
        }
        (Receipt, Conversation) = (receipt, conversation);
        MarkExpired(now);
    }

    /// <summary>The ledger expired the hold at its deadline; the purchase follows.</summary>
    public void MarkExpired(Instant now)
    {
        if (Status == PurchaseStatus.AwaitingSignOff && now >= ExpiresAt)
            Status = PurchaseStatus.Expired;
    }

    internal MovementPlan WithdrawAsCustomerLeft(Id<Member> manager, Instant now)
    {
        if (Status != PurchaseStatus.AwaitingSignOff)
            throw new DomainException(new PurchaseNotAwaitingSignOff(Status));
        (Status, Decision) = (PurchaseStatus.Withdrawn, new SignOff(manager, now, "The customer left the service."));
        return Void("Purchase withdrawn: the customer left");
    }

    /// <summary>A manager notes that a purchase is worth a conversation about outcomes, rather than refusing it.</summary>
    public void FlagForConversation(Membership manager, Id<Organisation> provider, string? note, Instant now)
    {
        FlexiRoles.RequireRunsProvider(manager, provider);
        Conversation = new ConversationNote(Text.Required(note, "note", ConversationNote.MaxLength), manager.MemberId, now);
    }

    /// <summary>The customer (or staff for them) returns the receipt; a receipt for less sends the change back.</summary>
    public MovementPlan AttachReceipt(Membership actor, Id<Organisation> provider, Receipt receipt, CustomerBudget budget, FlexiPolicy policy, Instant now)
    {
        if (actor.MemberId != CustomerId && !FlexiRoles.ActsForCustomers(actor, provider))
            throw new DomainException(new NotYourPurchase());
        if (Status != PurchaseStatus.Spent)
            throw new DomainException(new PurchaseNotSpent());
        if (Receipt is not null)
            throw new DomainException(new ReceiptAlreadyAttached());
        var change = receipt.ChangeFrom(Pence);
        Receipt = new AttachedReceipt(receipt.Reference, receipt.Pence, receipt.Date, actor.MemberId, now);
        if (change == 0)
            return MovementPlan.Nothing;
        var back = ChangeGoesTo(budget, policy);
        return MovementPlan.Of(new MoveNow(MovementKeys.For("purchase", Id.Value, "change"), FlexiUnit.Pence, FlexiAccounts.Purchases(ServiceId), back,
            Amount.Of(change, "pence"), $"Change returned from {Details.Supplier}"));
    }

    /// <summary>Spent, and no receipt back within the policy's days: listed for the manager.</summary>
    public bool IsReceiptMissing(FlexiPolicy policy, Instant now)
        => Status == PurchaseStatus.Spent && Receipt is null && SpentAt + Duration.FromDays(policy.ReceiptDueDays) <= now;

    /// <summary>Change goes back to the customer, or to funding once they have left and the policy keeps their cash.</summary>
    internal static FlexiAccount ChangeGoesTo(CustomerBudget budget, FlexiPolicy policy)
        => budget.IsActive || policy.CashOnLeaving == CashOnLeaving.KeepForCustomer
            ? FlexiAccounts.CustomerCash(budget.Id)
            : FlexiAccounts.Funding(budget.ServiceId);

    private void RequireMaySignOff(Membership approver, Id<Organisation> provider, ISignOffPolicy signOff, Instant now)
    {
        if (approver.MemberId == CustomerId || !signOff.MaySignOff(approver, provider))
            throw new DomainException(new NotAllowed($"Only {signOff.WhoSignsOff} can sign off this purchase."));
        if (Status != PurchaseStatus.AwaitingSignOff)
            throw new DomainException(new PurchaseNotAwaitingSignOff(Status));
        if (now >= ExpiresAt)
            throw new DomainException(new PurchaseExpired());
    }

    private MovementPlan Void(string description)
        => MovementPlan.Of(new VoidHeld(MovementKeys.For("purchase", Id.Value, "void"), FlexiUnit.Pence, HoldKey, description));
}
