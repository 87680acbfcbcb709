using NodaTime;
using Timebank.Domain.Flexi.Allowances;
using Timebank.Domain.Flexi.Bookings;
using Timebank.Domain.Flexi.Cash;
using Timebank.Domain.Flexi.Movements;
using Timebank.Domain.Flexi.Services;
using Timebank.Domain.Ledger;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Flexi;

/// <summary>What a customer holds when they leave, as the ledger reads it once their allowance steps are all done.</summary>
/// <param name="PostedMinutes">Posted support minutes (holds released on leaving do not change it).</param>
/// <param name="PostedPence">Posted cash.</param>
public sealed record LeavingBalances(long PostedMinutes, long PostedPence);

/// <summary>
/// Ending a customer: accrual stops, sessions still booked are cancelled and purchases awaiting sign-off withdrawn
/// (their holds released), then their minutes go back to funding, and their cash too unless the policy keeps it for
/// them. One plan, committed together.
/// </summary>
public static class CustomerLeaving
{
    public static MovementPlan End(CustomerBudget budget, FlexiService service, Membership manager, FlexiPolicy policy, LeavingBalances balances,
        IEnumerable<SupportSession> bookedSessions, IEnumerable<Purchase> awaitingPurchases, IEnumerable<JointPurchase> awaitingJointPurchases, Instant now)
    {
        if (budget.ServiceId != service.Id)
            throw new ArgumentException("belongs to another service", nameof(budget));
        budget.End(manager, service.ProviderId, now);
        var plan = MovementPlan.Nothing;
        foreach (var session in bookedSessions.Where(s => s.BudgetId == budget.Id && s.Status == SessionStatus.Booked))
            plan = plan.Then(session.CancelAsCustomerLeft(manager.MemberId, now));
        foreach (var purchase in awaitingPurchases.Where(p => p.BudgetId == budget.Id && p.Status == PurchaseStatus.AwaitingSignOff))
            plan = plan.Then(purchase.WithdrawAsCustomerLeft(manager.MemberId, now));
        foreach (var joint in awaitingJointPurchases.Where(j => j.Status == PurchaseStatus.AwaitingSignOff && j.Shares.Any(s => s.BudgetId == budget.Id)))
            plan = plan.Then(joint.WithdrawAsCustomerLeft(manager.MemberId, now));
        var returns = new List<Movement>(2);
        if (balances.PostedMinutes > 0)
            returns.Add(new MoveNow(MovementKeys.For("leave", budget.Id.Value, "min"), FlexiUnit.Minutes, FlexiAccounts.CustomerMinutes(budget.Id),
                FlexiAccounts.Funding(service.Id), Amount.Of(balances.PostedMinutes, "minutes"), "Support time returned: the customer left"));
        if (balances.PostedPence > 0 && policy.CashOnLeaving == CashOnLeaving.ReturnToFunding)
            returns.Add(new MoveNow(MovementKeys.For("leave", budget.Id.Value, "gbp"), FlexiUnit.Pence, FlexiAccounts.CustomerCash(budget.Id),
                FlexiAccounts.Funding(service.Id), Amount.Of(balances.PostedPence, "pence"), "Unspent cash returned: the customer left"));
        return plan.Then(new MovementPlan(returns));
    }
}
