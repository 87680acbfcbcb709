using NodaTime;
using Timebank.Domain.Flexi.Allowances;
using Timebank.Domain.Flexi.Cash;
using Timebank.Domain.Flexi.Movements;
using Timebank.Domain.Flexi.Services;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Tests.Flexi;

public sealed class JointPurchaseTests
{
    private readonly FlexiWorld _world = new();
    private readonly (Membership Member, CustomerBudget Budget) _ann;
    private readonly (Membership Member, CustomerBudget Budget) _bea;
    private readonly LedgerModel _ledger = new();
    private static readonly PurchaseDetails ArtTutor = PurchaseDetails.Parse("Jo Green, art tutor", "Learning", "Two hours of art tuition", "Try painting");

    public JointPurchaseTests()
    {
        _ann = _world.Enrol();
        _bea = _world.Enrol();
        _world.RunAllowances(_ann.Budget, _ledger);
        _world.RunAllowances(_bea.Budget, _ledger);
    }

    private FlexiPolicy Policy => _world.History.Current(_world.Service.Schedule, _world.Now);

    private long Cash(CustomerBudget budget) => _ledger.Available(FlexiUnit.Pence, FlexiAccounts.CustomerCash(budget.Id));

    private (JointPurchase Purchase, MovementPlan Plan) Request(long annPence, long beaPence, Membership? by = null)
        => JointPurchase.Request(_world.Service, by ?? _ann.Member,
            [new ShareRequest(_ann.Budget, "Ann", annPence, Cash(_ann.Budget)), new ShareRequest(_bea.Budget, "Bea", beaPence, Cash(_bea.Budget))],
            ArtTutor, Policy, ManagerSignOff.Instance, _world.Now);

    [Fact]
    public void Every_share_is_held_together_and_spent_once_each_customer_agrees()
    {
        var (joint, holds) = Request(2500, 2500);
        Assert.Equal(2, holds.Steps.Count);
        Assert.True(_ledger.Apply(holds));
        Assert.NotNull(joint.Shares[0].AgreedAt); // Ann asked, so her share is agreed

        var spend = joint.AgreeShare(_bea.Member, _world.Now);

        Assert.True(_ledger.Apply(spend));
        Assert.Equal(PurchaseStatus.Spent, joint.Status);
        Assert.Equal((1500L, 1500L), (Cash(_ann.Budget), Cash(_bea.Budget)));
        Assert.Equal(5000, _ledger.Posted(FlexiUnit.Pence, FlexiAccounts.Purchases(_world.Service.Id)));
    }

    [Fact]
    public void When_one_share_fails_nothing_is_requested_and_the_message_names_who()
    {
        var error = Assert.IsType<ShareNotAffordable>(Assert.Throws<DomainException>(() => Request(2500, 4500)).Error);

        Assert.Equal("Bea has only £40.00 available for a share of £45.00; nothing has been requested.", error.Message);
        Assert.Equal((4000L, 4000L), (Cash(_ann.Budget), Cash(_bea.Budget)));
    }

    [Fact]
    public void A_linked_set_that_the_ledger_refuses_in_part_moves_nothing()
    {
        var (_, holds) = Request(2500, 2500);
        _ledger.Apply(Purchase.Request(_world.Service, _bea.Budget, _bea.Member, ArtTutor, 3000, Cash(_bea.Budget), Policy, ManagerSignOff.Instance, _world.Now).Plan);

        Assert.False(_ledger.Apply(holds)); // Bea spent in between: her hold no longer fits

        Assert.Equal(4000, Cash(_ann.Budget));
    }

    [Fact]
    public void Each_share_is_agreed_by_its_own_customer_only_once()
    {
        var (joint, _) = Request(2500, 2500, by: _world.Join(Roles.Staff));
        var (carl, _) = _world.Enrol();

        Assert.IsType<NotAllowed>(Assert.Throws<DomainException>(() => joint.AgreeShare(carl, _world.Now)).Error);
        Assert.True(joint.AgreeShare(_ann.Member, _world.Now).IsEmpty);
        Assert.IsType<ShareAlreadyAgreed>(Assert.Throws<DomainException>(() => joint.AgreeShare(_ann.Member, _world.Now)).Error);
    }

    [Fact]
    public void A_declined_share_releases_every_hold()
    {
        var (joint, holds) = Request(2500, 2500);
        _ledger.Apply(holds);

        Assert.True(_ledger.Apply(joint.DeclineShare(_bea.Member, "I would rather go swimming", _world.Now)));

        Assert.Equal(PurchaseStatus.Withdrawn, joint.Status);
        Assert.Equal((4000L, 4000L), (Cash(_ann.Budget), Cash(_bea.Budget)));
    }

    [Fact]
    public void A_share_above_the_threshold_waits_for_the_manager_after_both_agree()
    {
        _world.Clock.Advance(Duration.FromDays(7));
        _world.RunAllowances(_ann.Budget, _ledger);
        _world.RunAllowances(_bea.Budget, _ledger);
        var (joint, holds) = Request(6000, 2000);
        _ledger.Apply(holds);

        Assert.IsType<PurchaseNotAwaitingSignOff>(Assert.Throws<DomainException>(() => joint.Approve(_world.Manager, _world.Provider.Id, ManagerSignOff.Instance, _world.Now)).Error);
        Assert.True(joint.AgreeShare(_bea.Member, _world.Now).IsEmpty);
        Assert.True(_ledger.Apply(joint.Approve(_world.Manager, _world.Provider.Id, ManagerSignOff.Instance, _world.Now)));

        Assert.Equal(PurchaseStatus.Spent, joint.Status);
        Assert.Equal((2000L, 6000L), (Cash(_ann.Budget), Cash(_bea.Budget)));
    }

    [Fact]
    public void Shares_each_under_the_threshold_still_wait_for_the_manager_when_the_whole_is_above_it()
    {
        _world.Clock.Advance(Duration.FromDays(7));
        _world.RunAllowances(_ann.Budget, _ledger);
        _world.RunAllowances(_bea.Budget, _ledger);
        var (joint, holds) = Request(3000, 3000);
        _ledger.Apply(holds);

        Assert.True(joint.NeedsSignOff);
        Assert.True(joint.AgreeShare(_bea.Member, _world.Now).IsEmpty);
        Assert.Equal(PurchaseStatus.AwaitingSignOff, joint.Status);
    }

    [Fact]
    public void A_receipt_for_less_shares_the_change_in_proportion()
    {
        var (joint, holds) = Request(3000, 1000);
        _ledger.Apply(holds);
        _ledger.Apply(joint.AgreeShare(_bea.Member, _world.Now));
        var today = _world.Service.Schedule.Today(_world.Now);

        Assert.True(_ledger.Apply(joint.AttachReceipt(_bea.Member, _world.Provider.Id, Receipt.Parse("INV-7", 3999, today, today), [_ann.Budget, _bea.Budget], Policy, _world.Now)));

        Assert.Equal((1001L, 3000L), (Cash(_ann.Budget), Cash(_bea.Budget))); // 1p back, to the larger share
        Assert.Equal([2999L, 1000L], joint.SpentPerShare());
    }

    [Fact]
    public void Requests_with_fewer_than_two_shares_or_the_same_customer_twice_are_refused()
    {
        Assert.Throws<DomainException>(() => JointPurchase.Request(_world.Service, _ann.Member, [new ShareRequest(_ann.Budget, "Ann", 100, 4000)], ArtTutor, Policy, ManagerSignOff.Instance, _world.Now));
        Assert.Throws<DomainException>(() => JointPurchase.Request(_world.Service, _ann.Member,
            [new ShareRequest(_ann.Budget, "Ann", 100, 4000), new ShareRequest(_ann.Budget, "Ann", 100, 4000)], ArtTutor, Policy, ManagerSignOff.Instance, _world.Now));
    }

    [Theory]
    [InlineData(10, new long[] { 1, 1, 1 }, new long[] { 4, 3, 3 })]
    [InlineData(1, new long[] { 3000, 1000 }, new long[] { 1, 0 })]
    [InlineData(0, new long[] { 5, 7 }, new long[] { 0, 0 })]
    [InlineData(7, new long[] { 1, 2, 4 }, new long[] { 1, 2, 4 })]
    public void Change_is_split_in_whole_pence_that_add_up(long total, long[] weights, long[] expected)
        => Assert.Equal(expected, ShareSplit.Proportional(total, weights));
}
