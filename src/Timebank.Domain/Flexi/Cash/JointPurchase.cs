using NodaTime;
using Timebank.Domain.Flexi.Allowances;
using Timebank.Domain.Flexi.Movements;
using Timebank.Domain.Flexi.Services;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Flexi.Cash;

/// <summary>
/// One purchase paid in shares from several customers' cash (two customers buying an art tutor's time): every share
/// is held together or none is, each customer agrees to their own share, and the shares are spent together once all
/// have agreed (and it is signed off, where the whole amount is above the threshold: splitting a purchase does not
/// take it under the sign-off it would need as one).
/// </summary>
public sealed class JointPurchase
{
    public const int MaxShares = 50;

    private readonly List<JointShare> _shares = [];

    public Id<JointPurchase> Id { get; private set; }
    public Id<FlexiService> ServiceId { get; private set; }
    public long Pence { get; private set; }
    public PurchaseDetails Details { get; private set; }
    public Id<Member> RequestedBy { get; private set; }
    public Instant RequestedAt { get; private set; }
    public Instant ExpiresAt { get; private set; }
    public PurchaseStatus Status { get; private set; }
    public bool NeedsSignOff { get; private set; }
    public Instant? SpentAt { get; private set; }
    public SignOff? Decision { get; private set; }
    public AttachedReceipt? Receipt { get; private set; }
    public ConversationNote? Conversation { get; private set; }
    public IReadOnlyList<JointShare> Shares => _shares;

    private JointPurchase(Id<JointPurchase> id, Id<FlexiService> serviceId, PurchaseDetails details, Id<Member> requestedBy, Instant requestedAt)
        => (Id, ServiceId, Details, RequestedBy, RequestedAt) = (id, serviceId, details, requestedBy, requestedAt);

    public bool AllAgreed => _shares.TrueForAll(s => s.AgreedAt is not null);

    public static (JointPurchase Purchase, MovementPlan Plan) Request(FlexiService service, Membership requester, IReadOnlyList<ShareRequest> shares,
        PurchaseDetails details, FlexiPolicy policy, ISignOffPolicy signOff, Instant now)
    {
        if (shares.Count is < 2 or > MaxShares)
            throw new DomainException(new ValidationFailed("shares", $"a joint purchase has between 2 and {MaxShares} shares"));
        var isSharer = shares.Any(s => s.Budget.CustomerId == requester.MemberId) && requester.OrganisationId == service.ProviderId && requester.IsActive;
        if (!isSharer && !FlexiRoles.ActsForCustomers(requester, service.ProviderId))
            throw new DomainException(new NotAllowed("Only a customer taking a share, or staff on their behalf, can ask for a joint purchase."));
        if (shares.Select(s => s.Budget.Id).Distinct().Count() != shares.Count)
            throw new DomainException(new ValidationFailed("shares", "each customer takes one share"));
        var purchase = new JointPurchase(Id<JointPurchase>.New(), service.Id, details, requester.MemberId, now)
        {
            ExpiresAt = now + Duration.FromDays(policy.PurchaseExpiryDays),
            Status = PurchaseStatus.AwaitingSignOff,
        };
        long total = 0;
        foreach (var share in shares)
        {
            if (share.Budget.ServiceId != service.Id || !share.Budget.IsActive)
                throw new DomainException(new ValidationFailed("shares", $"{share.CustomerName} is not a customer of this service"));
            var pence = Amount.Of(share.Pence, "shares.pence").Value;
            if (pence > share.AvailablePence)
                throw new DomainException(new ShareNotAffordable(share.CustomerName, Math.Max(share.AvailablePence, 0), pence));
            total = Amount.Of(checked(total + pence), "pence").Value;
            purchase._shares.Add(new JointShare(share.Budget.Id, share.Budget.CustomerId, pence, share.Budget.CustomerId == requester.MemberId ? now : null));
        }
        purchase.Pence = total;
        purchase.NeedsSignOff = signOff.NeedsSignOff(details, total, policy);
        var holds = purchase._shares.Select(s => (Movement)new HoldNow(purchase.ShareKey(s, "hold"), FlexiUnit.Pence, FlexiAccounts.CustomerCash(s.BudgetId),
            FlexiAccounts.Purchases(service.Id), Amount.Of(s.Pence, "pence"), purchase.ExpiresAt, $"Share of {details.Description} from {details.Supplier}"));
        return (purchase, new MovementPlan([.. holds]));
    }

    /// <summary>A customer agrees to their own share; the last agreement spends every share, unless it still needs sign-off.</summary>
    public MovementPlan AgreeShare(Membership customer, Instant now)
    {
        var index = _shares.FindIndex(s => s.CustomerId == customer.MemberId);
        if (index < 0 || !customer.IsActive)
            throw new DomainException(new NotAllowed("Only a customer taking a share can agree to it."));
        RequireOpen(now, allAgreed: false);
        if (_shares[index].AgreedAt is not null)
            throw new DomainException(new ShareAlreadyAgreed());
        _shares[index] = _shares[index] with { AgreedAt = now };
        return AllAgreed && !NeedsSignOff ? Spend(now) : MovementPlan.Nothing;
    }

    /// <summary>
    /// Every customer has agreed and no sign-off is needed, yet it still waits: two last agreements crossed, each
    /// made before the other was stored. Spends it; the holds resolve once, so a second try is refused.
    /// </summary>
    public MovementPlan SpendOnceAllAgreed(Instant now)
    {
        if (!AllAgreed || NeedsSignOff)
            throw new DomainException(new PurchaseNotAwaitingSignOff(Status));
        RequireOpen(now, allAgreed: true);
        return Spend(now);
    }

    /// <summary>A customer declines their share: the whole purchase is withdrawn, every hold released.</summary>
    public MovementPlan DeclineShare(Membership customer, string? reason, Instant now)
    {
        if (!_shares.Exists(s => s.CustomerId == customer.MemberId))
            throw new DomainException(new NotAllowed("Only a customer taking a share can decline it."));
        RequireOpen(now, allAgreed: false);
        (Status, Decision) = (PurchaseStatus.Withdrawn, new SignOff(customer.MemberId, now, Text.Optional(reason, "reason", SignOff.ReasonMaxLength)));
        return VoidAll("Joint purchase declined");
    }

    public MovementPlan Approve(Membership approver, Id<Organisation> provider, ISignOffPolicy signOff, Instant now)
    {
        RequireMaySignOff(approver, provider, signOff, now);
        Decision = new SignOff(approver.MemberId, now, null);
        return Spend(now);
    }

    public MovementPlan Reject(Membership approver, Id<Organisation> provider, ISignOffPolicy signOff, string? reason, Instant now)
    {
        var why = Text.Required(reason, "reason", SignOff.ReasonMaxLength);
        RequireMaySignOff(approver, provider, signOff, now);
        (Status, Decision) = (PurchaseStatus.Rejected, new SignOff(approver.MemberId, now, why));
        return VoidAll("Joint purchase rejected");
    }

    /// <summary>
    /// Rebuilds a joint purchase from the store, where the request, its shares, each agreement, its decision and its
    /// receipt are rows of their own (each written once); one past its deadline reads as expired.
    /// </summary>
    public static JointPurchase Restore(Id<JointPurchase> id, Id<FlexiService> serviceId, PurchaseDetails details, Id<Member> requestedBy, Instant requestedAt,
        Instant expiresAt, bool needsSignOff, IEnumerable<JointShare> shares, PurchaseStatus? decided, SignOff? decision, AttachedReceipt? receipt, Instant now)
    {
        var purchase = new JointPurchase(id, serviceId, details, requestedBy, requestedAt)
        {
            ExpiresAt = expiresAt,
            NeedsSignOff = needsSignOff,
            Status = decided ?? PurchaseStatus.AwaitingSignOff,
            Decision = decision,
            Receipt = receipt,
        };
        purchase._shares.AddRange(shares);
        purchase.Pence = purchase._shares.Sum(s => s.Pence);
        if (purchase.Status == PurchaseStatus.Spent)
            purchase.SpentAt = decision?.At;
        purchase.MarkExpired(now);
        return purchase;
    }

    public void MarkExpired(Instant now)
    {
        if (Status == PurchaseStatus.AwaitingSignOff && now >= ExpiresAt)
            Status = PurchaseStatus.Expired;
    }

    internal MovementPlan WithdrawAsCustomerLeft(Id<Member> manager, Instant now)
    {
        if (Status != PurchaseStatus.AwaitingSignOff)
            throw new DomainException(new PurchaseNotAwaitingSignOff(Status));
        (Status, Decision) = (PurchaseStatus.Withdrawn, new SignOff(manager, now, "A customer sharing it left the service."));
        return VoidAll("Joint purchase withdrawn: a customer left");
    }

    public void FlagForConversation(Membership manager, Id<Organisation> provider, string? note, Instant now)
    {
        FlexiRoles.RequireRunsProvider(manager, provider);
        Conversation = new ConversationNote(Text.Required(note, "note", ConversationNote.MaxLength), manager.MemberId, now);
    }

    /// <summary>One receipt for the whole purchase; change is shared back in proportion to the shares.</summary>
    public MovementPlan AttachReceipt(Membership actor, Id<Organisation> provider, Receipt receipt, IReadOnlyCollection<CustomerBudget> budgets, FlexiPolicy policy, Instant now)
    {
        if (!_shares.Exists(s => s.CustomerId == actor.MemberId) && !FlexiRoles.ActsForCustomers(actor, provider))
            throw new DomainException(new NotYourPurchase());
        if (Status != PurchaseStatus.Spent)
            throw new DomainException(new PurchaseNotSpent());
        if (Receipt is not null)
            throw new DomainException(new ReceiptAlreadyAttached());
        var change = receipt.ChangeFrom(Pence);
        var back = ShareSplit.Proportional(change, [.. _shares.Select(s => s.Pence)]);
        var steps = new List<Movement>();
        for (var i = 0; i < _shares.Count; i++)
        {
            if (back[i] == 0)
                continue;
            var budget = budgets.Single(b => b.Id == _shares[i].BudgetId);
            steps.Add(new MoveNow(ShareKey(_shares[i], "change"), FlexiUnit.Pence, FlexiAccounts.Purchases(ServiceId), Purchase.ChangeGoesTo(budget, policy),
                Amount.Of(back[i], "pence"), $"Change returned from {Details.Supplier}"));
        }
        Receipt = new AttachedReceipt(receipt.Reference, receipt.Pence, receipt.Date, actor.MemberId, now);
        return new MovementPlan(steps);
    }

    public bool IsReceiptMissing(FlexiPolicy policy, Instant now)
        => Status == PurchaseStatus.Spent && Receipt is null && SpentAt + Duration.FromDays(policy.ReceiptDueDays) <= now;

    /// <summary>What each customer finally paid, once any change is back.</summary>
    public IReadOnlyList<long> SpentPerShare()
    {
        if (Status != PurchaseStatus.Spent)
            return [.. _shares.Select(_ => 0L)];
        var change = Receipt is { } r ? Pence - r.Pence : 0;
        var back = ShareSplit.Proportional(change, [.. _shares.Select(s => s.Pence)]);
        return [.. _shares.Select((s, i) => s.Pence - back[i])];
    }

    private MovementPlan Spend(Instant now)
    {
        (Status, SpentAt) = (PurchaseStatus.Spent, now);
        return new MovementPlan([.. _shares.Select(s => (Movement)new PostHeld(ShareKey(s, "post"), FlexiUnit.Pence, ShareKey(s, "hold"), Amount.Of(s.Pence, "pence"), "Joint purchase spent"))]);
    }

    private MovementPlan VoidAll(string description)
        => new([.. _shares.Select(s => (Movement)new VoidHeld(ShareKey(s, "void"), FlexiUnit.Pence, ShareKey(s, "hold"), description))]);

    private void RequireMaySignOff(Membership approver, Id<Organisation> provider, ISignOffPolicy signOff, Instant now)
    {
        if (_shares.Exists(s => s.CustomerId == approver.MemberId) || !signOff.MaySignOff(approver, provider))
            throw new DomainException(new NotAllowed($"Only {signOff.WhoSignsOff} can sign off this purchase."));
        RequireOpen(now, allAgreed: true);
    }

    /// <param name="allAgreed">Whether every customer must already have agreed (sign-off comes after them).</param>
    private void RequireOpen(Instant now, bool allAgreed)
    {
        if (Status != PurchaseStatus.AwaitingSignOff || (allAgreed && !AllAgreed))
            throw new DomainException(new PurchaseNotAwaitingSignOff(Status));
        if (now >= ExpiresAt)
            throw new DomainException(new PurchaseExpired());
    }

    /// <summary>The key a share's hold was made under, to find its transfer when it is posted or voided.</summary>
    public IdempotencyKey HoldKeyOf(JointShare share) => ShareKey(share, "hold");

    private IdempotencyKey ShareKey(JointShare share, string step) => MovementKeys.For("joint", Id.Value, $"{share.BudgetId.Value:N}:{step}");
}
