using NodaTime;
using Timebank.Domain.Flexi.Allowances;
using Timebank.Domain.Flexi.Cash;
using Timebank.Domain.Flexi.Services;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Flexi;

/// <summary>
/// A joint purchase as requested, in flat columns (the ledger writer stores rows set-based, one value per column);
/// its shares, agreements, decision and receipt are rows of their own, each written once, and restored on load.
/// </summary>
public sealed class JointPurchaseRow(Id<JointPurchase> id, Id<FlexiService> serviceId, long pence, string supplier, string category, string description, string? outcome,
    Id<Member> requestedBy, Instant requestedAt, Instant expiresAt, bool needsSignOff)
{
    public Id<JointPurchase> Id { get; private set; } = id;
    public Id<FlexiService> ServiceId { get; private set; } = serviceId;
    public long Pence { get; private set; } = pence;
    public string Supplier { get; private set; } = supplier;
    public string Category { get; private set; } = category;
    public string Description { get; private set; } = description;
    public string? Outcome { get; private set; } = outcome;
    public Id<Member> RequestedBy { get; private set; } = requestedBy;
    public Instant RequestedAt { get; private set; } = requestedAt;
    public Instant ExpiresAt { get; private set; } = expiresAt;
    public bool NeedsSignOff { get; private set; } = needsSignOff;

    public static JointPurchaseRow Of(JointPurchase p)
        => new(p.Id, p.ServiceId, p.Pence, p.Details.Supplier, p.Details.Category, p.Details.Description, p.Details.Outcome, p.RequestedBy, p.RequestedAt, p.ExpiresAt, p.NeedsSignOff);
}

/// <summary>One customer's share, in the order asked (the order change is shared back in).</summary>
public sealed class JointShareRow(Id<JointPurchase> purchaseId, Id<CustomerBudget> budgetId, Id<Member> customerId, long pence, int position)
{
    public Id<JointPurchase> PurchaseId { get; private set; } = purchaseId;
    public Id<CustomerBudget> BudgetId { get; private set; } = budgetId;
    public Id<Member> CustomerId { get; private set; } = customerId;
    public long Pence { get; private set; } = pence;
    public int Position { get; private set; } = position;
}

/// <summary>A customer agreeing to their share; keyed by (purchase, budget), so each agrees once however often they ask.</summary>
public sealed class JointShareAgreement(Id<JointPurchase> purchaseId, Id<CustomerBudget> budgetId, Instant agreedAt)
{
    public Id<JointPurchase> PurchaseId { get; private set; } = purchaseId;
    public Id<CustomerBudget> BudgetId { get; private set; } = budgetId;
    public Instant AgreedAt { get; private set; } = agreedAt;
}

/// <summary>How a joint purchase was resolved (spent, rejected, withdrawn), written with the transfers that posted or voided its holds; once.</summary>
public sealed class JointPurchaseDecision(Id<JointPurchase> purchaseId, PurchaseStatus status, Id<Member> by, Instant at, string? reason)
{
    public Id<JointPurchase> PurchaseId { get; private set; } = purchaseId;
    public PurchaseStatus Status { get; private set; } = status;
    public Id<Member> By { get; private set; } = by;
    public Instant At { get; private set; } = at;
    public string? Reason { get; private set; } = reason;

    public static JointPurchaseDecision Of(JointPurchase p) => new(p.Id, p.Status, p.Decision!.By, p.Decision.At, p.Decision.Reason);
}

/// <summary>The receipt for a whole joint purchase, written with the change it shared back; once.</summary>
public sealed class JointPurchaseReceipt(Id<JointPurchase> purchaseId, string reference, long pence, LocalDate date, Id<Member> attachedBy, Instant attachedAt)
{
    public Id<JointPurchase> PurchaseId { get; private set; } = purchaseId;
    public string Reference { get; private set; } = reference;
    public long Pence { get; private set; } = pence;
    public LocalDate Date { get; private set; } = date;
    public Id<Member> AttachedBy { get; private set; } = attachedBy;
    public Instant AttachedAt { get; private set; } = attachedAt;

    public static JointPurchaseReceipt Of(JointPurchase p)
        => new(p.Id, p.Receipt!.Reference, p.Receipt.Pence, p.Receipt.Date, p.Receipt.AttachedBy, p.Receipt.AttachedAt);

    public AttachedReceipt ToReceipt() => new(Reference, Pence, Date, AttachedBy, AttachedAt);
}
