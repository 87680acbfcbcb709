using NodaTime;
using Timebank.Domain.Flexi.Allowances;
using Timebank.Domain.Flexi.Cash;
using Timebank.Domain.Flexi.Movements;
using Timebank.Domain.Flexi.Services;
using Timebank.Domain.Ledger;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Tests.Flexi;

public sealed class PurchaseTests
{
    private readonly FlexiWorld _world = new();
    private readonly Membership _customer;
    private readonly CustomerBudget _budget;
    private readonly LedgerModel _ledger = new();
    private static readonly PurchaseDetails Guitar = PurchaseDetails.Parse("Music Shop", "Music", "Bass guitar", "Play in a band");
    private static readonly PurchaseDetails Lunch = PurchaseDetails.Parse("Café", "Food", "Meal out", null);

    public PurchaseTests()
    {
        (_customer, _budget) = _world.Enrol();
        _world.RunAllowances(_budget, _ledger);
    }

    private FlexiPolicy Policy => _world.History.Current(_world.Service.Schedule, _world.Now);

    private long Available => _ledger.Available(FlexiUnit.Pence, FlexiAccounts.CustomerCash(_budget.Id));

    private (Purchase Purchase, MovementPlan Plan) Request(PurchaseDetails details, long pence, Membership? by = null, ISignOffPolicy? signOff = null)
        => Purchase.Request(_world.Service, _budget, by ?? _customer, details, pence, Available, Policy, signOff ?? ManagerSignOff.Instance, _world.Now);

    private void SaveWeeks(int weeks)
    {
        _world.Clock.Advance(Duration.FromDays(7 * weeks));
        _world.RunAllowances(_budget, _ledger);
    }

    [Fact]
    public void A_purchase_at_or_under_the_threshold_and_the_balance_is_spent_at_once()
    {
        var (purchase, plan) = Request(Lunch, 1250);

        var move = Assert.IsType<MoveNow>(Assert.Single(plan.Steps));
        Assert.Equal((FlexiAccounts.CustomerCash(_budget.Id), FlexiAccounts.Purchases(_world.Service.Id)), (move.From, move.To));
        Assert.True(_ledger.Apply(plan));
        Assert.Equal(2750, Available);
        Assert.Equal(PurchaseStatus.Spent, purchase.Status);
    }

    [Fact]
    public void A_purchase_over_the_available_balance_is_refused_in_pounds_and_pence()
    {
        var error = Assert.IsType<NotEnoughCash>(Assert.Throws<DomainException>(() => Request(Lunch, 4001)).Error);

        Assert.StartsWith("Only £40.00 is available; this purchase needs £40.01.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-100)]
    [InlineData(Amount.Max + 1)]
    public void Pence_of_zero_negative_or_beyond_the_limit_are_refused(long pence)
        => Assert.Equal("pence", Assert.IsType<ValidationFailed>(Assert.Throws<DomainException>(() => Request(Lunch, pence)).Error).Field);

    [Fact]
    public void Saved_cash_pays_for_a_bigger_purchase_that_waits_for_a_manager_then_is_spent()
    {
        SaveWeeks(3); // £160 saved
        var (purchase, hold) = Request(Guitar, 15_000);
        Assert.True(_ledger.Apply(hold));
        Assert.Equal(PurchaseStatus.AwaitingSignOff, purchase.Status);
        Assert.Equal(_world.Now + Duration.FromDays(Policy.PurchaseExpiryDays), purchase.ExpiresAt);
        Assert.Equal(1000, Available);

        var post = purchase.Approve(_world.Manager, _world.Provider.Id, ManagerSignOff.Instance, _world.Now);

        Assert.True(_ledger.Apply(post));
        Assert.Equal(PurchaseStatus.Spent, purchase.Status);
        Assert.Equal(15_000, _ledger.Posted(FlexiUnit.Pence, FlexiAccounts.Purchases(_world.Service.Id)));
    }

    [Fact]
    public void Approving_twice_is_a_typed_error_and_moves_nothing_more()
    {
        SaveWeeks(1);
        var (purchase, _) = Request(Guitar, 6000);
        purchase.Approve(_world.Manager, _world.Provider.Id, ManagerSignOff.Instance, _world.Now);

        var error = Assert.IsType<PurchaseNotAwaitingSignOff>(Assert.Throws<DomainException>(() => purchase.Approve(_world.Manager, _world.Provider.Id, ManagerSignOff.Instance, _world.Now)).Error);

        Assert.Equal("This purchase has already been approved and spent.", error.Message);
        Assert.Throws<DomainException>(() => purchase.Reject(_world.Manager, _world.Provider.Id, ManagerSignOff.Instance, "changed my mind", _world.Now));
    }

    [Fact]
    public void A_manager_by_default_signs_off_and_never_the_customer_themselves()
    {
        SaveWeeks(1);
        var (purchase, _) = Request(Guitar, 6000);
        var staff = _world.Join(Roles.Staff);

        Assert.IsType<NotAllowed>(Assert.Throws<DomainException>(() => purchase.Approve(staff, _world.Provider.Id, ManagerSignOff.Instance, _world.Now)).Error);
        Assert.IsType<NotAllowed>(Assert.Throws<DomainException>(() => purchase.Approve(_customer, _world.Provider.Id, ManagerSignOff.Instance, _world.Now)).Error);
        Assert.Equal(PurchaseStatus.AwaitingSignOff, purchase.Status);
    }

    [Fact]
    public void Rejecting_needs_a_reason_and_releases_the_hold()
    {
        SaveWeeks(1);
        var (purchase, hold) = Request(Guitar, 6000);
        _ledger.Apply(hold);

        Assert.Throws<DomainException>(() => purchase.Reject(_world.Manager, _world.Provider.Id, ManagerSignOff.Instance, " ", _world.Now));
        Assert.True(_ledger.Apply(purchase.Reject(_world.Manager, _world.Provider.Id, ManagerSignOff.Instance, "Not in the plan yet", _world.Now)));

        Assert.Equal(PurchaseStatus.Rejected, purchase.Status);
        Assert.Equal("Not in the plan yet", purchase.Decision!.Reason);
        Assert.Equal(8000, Available);
    }

    [Fact]
    public void A_purchase_waiting_past_its_days_can_no_longer_be_approved()
    {
        SaveWeeks(1);
        var (purchase, _) = Request(Guitar, 6000);
        _world.Clock.Advance(Duration.FromDays(Policy.PurchaseExpiryDays));

        Assert.IsType<PurchaseExpired>(Assert.Throws<DomainException>(() => purchase.Approve(_world.Manager, _world.Provider.Id, ManagerSignOff.Instance, _world.Now)).Error);
        purchase.MarkExpired(_world.Now);
        Assert.Equal(PurchaseStatus.Expired, purchase.Status);
    }

    [Fact]
    public void An_item_already_agreed_in_the_plan_needs_no_further_sign_off()
    {
        SaveWeeks(1);
        var agreed = new AgreedInPlanSignOff(ManagerSignOff.Instance, (details, _) => details.Description == "Bass guitar");

        var (purchase, plan) = Request(Guitar, 6000, signOff: agreed);

        Assert.Equal(PurchaseStatus.Spent, purchase.Status);
        Assert.IsType<MoveNow>(Assert.Single(plan.Steps));
    }

    [Fact]
    public void A_receipt_for_less_returns_the_change_and_only_one_receipt_is_taken()
    {
        var (purchase, plan) = Request(Lunch, 2000);
        _ledger.Apply(plan);
        var receipt = Receipt.Parse("TILL-0042", 1730, new LocalDate(2026, 3, 2), _world.Service.Schedule.Today(_world.Now));

        Assert.True(_ledger.Apply(purchase.AttachReceipt(_customer, _world.Provider.Id, receipt, _budget, Policy, _world.Now)));

        Assert.Equal(4000 - 1730, Available);
        Assert.Equal(1730, purchase.SpentPence);
        Assert.IsType<ReceiptAlreadyAttached>(Assert.Throws<DomainException>(() => purchase.AttachReceipt(_customer, _world.Provider.Id, receipt, _budget, Policy, _world.Now)).Error);
    }

    [Fact]
    public void A_receipt_on_someone_elses_purchase_or_for_more_than_was_spent_is_refused()
    {
        var (purchase, _) = Request(Lunch, 2000);
        var (other, _) = _world.Enrol();
        var today = _world.Service.Schedule.Today(_world.Now);

        Assert.IsType<NotYourPurchase>(Assert.Throws<DomainException>(() =>
            purchase.AttachReceipt(other, _world.Provider.Id, Receipt.Parse("R1", 2000, today, today), _budget, Policy, _world.Now)).Error);
        var more = Assert.IsType<ReceiptExceedsPurchase>(Assert.Throws<DomainException>(() =>
            purchase.AttachReceipt(_customer, _world.Provider.Id, Receipt.Parse("R1", 2100, today, today), _budget, Policy, _world.Now)).Error);
        Assert.Contains("£21.00", more.Message, StringComparison.Ordinal);
        Assert.Null(purchase.Receipt);
        Assert.Throws<DomainException>(() => Receipt.Parse("R1", 100, today.PlusDays(1), today));
    }

    [Fact]
    public void A_purchase_with_no_receipt_after_the_policys_days_is_listed()
    {
        var (purchase, _) = Request(Lunch, 2000);

        _world.Clock.Advance(Duration.FromDays(Policy.ReceiptDueDays) - Duration.FromSeconds(1));
        Assert.False(purchase.IsReceiptMissing(Policy, _world.Now));
        _world.Clock.Advance(Duration.FromSeconds(1));
        Assert.True(purchase.IsReceiptMissing(Policy, _world.Now));
    }

    [Fact]
    public void A_manager_flags_a_purchase_for_a_conversation_rather_than_refusing_it()
    {
        var (purchase, _) = Request(PurchaseDetails.Parse("Corner shop", "Personal", "E-cigarettes", null), 1500);

        purchase.FlagForConversation(_world.Manager, _world.Provider.Id, "Talk about stopping smoking as an outcome", _world.Now);

        Assert.Equal(PurchaseStatus.Spent, purchase.Status);
        Assert.Equal("Talk about stopping smoking as an outcome", purchase.Conversation!.Note);
        Assert.Throws<DomainException>(() => purchase.FlagForConversation(_customer, _world.Provider.Id, "x", _world.Now));
    }

    [Fact]
    public void Staff_may_spend_on_the_customers_behalf_but_another_customer_may_not()
    {
        var (other, _) = _world.Enrol();

        Request(Lunch, 500, by: _world.Join(Roles.Staff));
        Assert.IsType<NotAllowed>(Assert.Throws<DomainException>(() => Request(Lunch, 500, by: other)).Error);
    }

    [Fact]
    public void A_manager_who_is_also_a_customer_cannot_sign_off_their_own_purchase()
    {
        var both = _world.Join(Roles.Customer);
        both.Grant(Roles.Manager, _world.Founder);
        var budget = CustomerBudget.Enrol(_world.Service, both, _world.Manager, CashHolding.PrepaidCard, [], _world.Now);
        var (purchase, _) = Purchase.Request(_world.Service, budget, both, Guitar, 6000, 8000, Policy, ManagerSignOff.Instance, _world.Now);

        Assert.IsType<NotAllowed>(Assert.Throws<DomainException>(() => purchase.Approve(both, _world.Provider.Id, ManagerSignOff.Instance, _world.Now)).Error);
        purchase.Approve(_world.Manager, _world.Provider.Id, ManagerSignOff.Instance, _world.Now);
    }
}
