using NodaTime;
using Timebank.Domain.Ledger;
using Timebank.Domain.Organisations;
using Timebank.Domain.Timebank;

namespace Timebank.Domain.Tests.Ledger;

public sealed class LedgerBookTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 2, 10, 0);
    private static readonly Instant Later = Now + Duration.FromHours(1);
    private readonly Domain.Ledger.Ledger _hours = Domain.Ledger.Ledger.Open(Id<Organisation>.New(), TimebankLedger.Hours, TimebankLedger.Unit, Now);
    private readonly Account _ann;
    private readonly Account _bob;
    private readonly Account _pool;

    public LedgerBookTests()
    {
        _ann = _hours.OpenAccount(TimebankLedger.MemberHours, Guid.NewGuid(), new BalanceLimits(-600, null), Now);
        _bob = _hours.OpenAccount(TimebankLedger.MemberHours, Guid.NewGuid(), new BalanceLimits(-600, 1_000), Now);
        _pool = _hours.OpenAccount(TimebankLedger.Pool, Guid.NewGuid(), new BalanceLimits(0, null), Now);
    }

    private LedgerBook Book(params Account[] extra) => new([_ann, _bob, _pool, .. extra]);

    private static TransferOrder Order(Account debit, Account credit, long amount) => new(debit.Id, credit.Id, Amount.Of(amount, "amount"), 1, Now.InUtc().Date);

    private static T Refusal<T>(Action act) where T : DomainError => Assert.IsType<T>(Assert.Throws<DomainException>(act).Error);

    [Fact]
    public void Posting_moves_the_amount_and_writes_one_statement_line_per_side()
    {
        var book = Book();

        var transfer = book.Post(Order(_ann, _bob, 90), Now);

        Assert.Equal((-90, 90), (_ann.Posted, _bob.Posted));
        Assert.Equal(TransferKind.Posted, transfer.Kind);
        Assert.Equal([(-90L, -90L), (90L, 90L)], book.NewEntries.Select(e => (e.Change, e.BalanceAfter)));
        Assert.All(book.NewEntries, e => Assert.Equal(1, e.Sequence));
    }

    [Fact]
    public void A_debit_past_the_floor_is_refused_and_changes_nothing()
    {
        var book = Book();
        book.Post(Order(_ann, _bob, 600), Now);

        var error = Refusal<LimitExceeded>(() => book.Post(Order(_ann, _bob, 1), Now));

        Assert.Equal(("FLOOR", -600L, -601L), (error.Limit, error.LimitValue, error.BalanceWouldBe));
        Assert.Equal(-600, _ann.Posted);
        Assert.Single(book.NewTransfers);
    }

    [Fact]
    public void A_credit_past_the_ceiling_is_refused()
    {
        var issuer = _hours.OpenAccount(TimebankLedger.Pool, Guid.NewGuid(), BalanceLimits.None, Now);

        Assert.Equal("CEILING", Refusal<LimitExceeded>(() => Book(issuer).Post(Order(issuer, _bob, 1_001), Now)).Limit);
    }

    [Fact]
    public void Value_never_crosses_ledgers()
    {
        var cash = Domain.Ledger.Ledger.Open(Id<Organisation>.New(), new LedgerPurpose(3), LedgerUnit.Pence, Now).OpenAccount(new AccountKind(4), Guid.NewGuid(), BalanceLimits.None, Now);

        Refusal<DifferentLedgers>(() => Book(cash).Post(Order(_ann, cash, 10), Now));
    }

    [Fact]
    public void An_account_cannot_pay_itself()
        => Assert.Equal("accounts", Refusal<ValidationFailed>(() => Book().Post(Order(_ann, _ann, 10), Now)).Field);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(Amount.Max + 1)]
    public void Amounts_are_positive_and_bounded(long amount)
        => Assert.Equal("minutes", Refusal<ValidationFailed>(() => Amount.Of(amount, "minutes")).Field);

    [Fact]
    public void An_unknown_account_is_not_found()
        => Refusal<NotFound>(() => Book().Post(new TransferOrder(Id<Account>.New(), _bob.Id, Amount.Of(1, "a"), 1, Now.InUtc().Date), Now));

    [Fact]
    public void A_hold_reserves_the_amount_against_the_available_balance_only()
    {
        var book = Book();

        book.Hold(Order(_ann, _bob, 500), Later, Now);

        Assert.Equal((0L, -500L, 500L), (_ann.Posted, _ann.Available, _bob.PendingCredits));
        Refusal<LimitExceeded>(() => book.Hold(Order(_ann, _bob, 101), Later, Now));
        Assert.Empty(book.NewEntries);
    }

    [Fact]
    public void A_hold_needs_a_deadline_in_the_future()
        => Assert.Equal("expiresAt", Refusal<ValidationFailed>(() => Book().Hold(Order(_ann, _bob, 5), Now, Now)).Field);

    [Fact]
    public void Posting_a_hold_for_less_moves_that_much_and_releases_the_rest()
    {
        var book = Book();
        var hold = book.Hold(Order(_ann, _bob, 120), Later, Now);

        var posted = book.PostHold(hold.Id, 45, Now);

        Assert.Equal((TransferKind.PostPending, hold.Id, 45L), (posted.Kind, posted.PendingId!.Value, posted.Amount));
        Assert.Equal((-45L, -45L, 0L), (_ann.Posted, _ann.Available, _ann.PendingDebits));
        Assert.Equal((45L, 0L), (_bob.Posted, _bob.PendingCredits));
    }

    [Fact]
    public void A_hold_posted_later_is_still_dated_by_the_day_it_is_about()
    {
        var book = Book();
        var day = new LocalDate(2026, 11, 10);
        var hold = book.Hold(Order(_ann, _bob, 60) with { ValueDate = day }, Later, Now);

        book.PostHold(hold.Id, null, Now + Duration.FromMinutes(30));

        Assert.Equal([day, day], book.NewEntries.Select(e => e.ValueDate));
    }

    [Fact]
    public void A_hold_cannot_be_posted_for_more_than_it_holds_or_for_nothing()
    {
        var book = Book();
        var hold = book.Hold(Order(_ann, _bob, 60), Later, Now);

        Assert.Equal(60, Refusal<AmountExceedsHold>(() => book.PostHold(hold.Id, 61, Now)).Held);
        Refusal<ValidationFailed>(() => book.PostHold(hold.Id, 0, Now));
        Assert.Equal(60, _ann.PendingDebits);
    }

    [Fact]
    public void A_hold_resolves_exactly_once()
    {
        var book = Book();
        var hold = book.Hold(Order(_ann, _bob, 60), Later, Now);
        book.VoidHold(hold.Id, Now);

        Assert.Equal("VOIDED", Refusal<HoldNotPending>(() => book.PostHold(hold.Id, null, Now)).State);
        Refusal<HoldNotPending>(() => book.VoidHold(hold.Id, Now));
        Assert.Equal((0L, 0L), (_ann.PendingDebits, _bob.PendingCredits));
    }

    [Fact]
    public void At_its_deadline_a_hold_can_no_longer_be_posted_or_voided_only_expired()
    {
        var book = Book();
        var hold = book.Hold(Order(_ann, _bob, 60), Later, Now);

        Refusal<HoldExpired>(() => book.PostHold(hold.Id, null, Later));
        Refusal<HoldExpired>(() => book.VoidHold(hold.Id, Later));
        var expired = book.ExpireHold(hold.Id, Later);

        Assert.Equal(TransferKind.ExpirePending, expired.Kind);
        Assert.Equal("EXPIRED", Refusal<HoldNotPending>(() => book.ExpireHold(hold.Id, Later)).State);
        Assert.Equal(0, _ann.PendingDebits);
    }

    [Fact]
    public void A_hold_cannot_be_expired_before_its_deadline()
    {
        var book = Book();
        var hold = book.Hold(Order(_ann, _bob, 60), Later, Now);

        Refusal<ValidationFailed>(() => book.ExpireHold(hold.Id, Later - Duration.FromTicks(1)));
    }

    [Fact]
    public void An_unknown_hold_is_not_found()
        => Refusal<NotFound>(() => Book().VoidHold(Id<Transfer>.New(), Now));

    [Fact]
    public void A_reversal_moves_the_amount_back_once_and_points_at_the_original()
    {
        var book = Book();
        var original = book.Post(Order(_ann, _bob, 90), Now);

        var reversal = book.Reverse(original.Id, 5, Now, Now.InUtc().Date);

        Assert.Equal((original.Id, _bob.Id, _ann.Id), (reversal.ReversesId!.Value, reversal.DebitAccountId, reversal.CreditAccountId));
        Assert.Equal((0L, 0L), (_ann.Posted, _bob.Posted));
        Refusal<AlreadyReversed>(() => book.Reverse(original.Id, 5, Now, Now.InUtc().Date));
        Refusal<NotReversible>(() => book.Reverse(reversal.Id, 5, Now, Now.InUtc().Date));
    }

    [Fact]
    public void Holds_are_not_reversed_and_a_reversal_respects_limits()
    {
        var book = Book();
        var hold = book.Hold(Order(_ann, _bob, 10), Later, Now);
        var paid = book.Post(Order(_bob, _ann, 600), Now);
        book.Post(Order(_ann, _pool, 600), Now);

        Refusal<NotReversible>(() => book.Reverse(hold.Id, 5, Now, Now.InUtc().Date));
        // Ann spent what she was paid; undoing the payment would take her past her floor.
        Refusal<LimitExceeded>(() => book.Reverse(paid.Id, 5, Now, Now.InUtc().Date));
    }

    [Fact]
    public void Linked_transfers_move_together_or_not_at_all()
    {
        var book = Book();

        Refusal<LimitExceeded>(() => book.PostLinked([Order(_ann, _bob, 100), Order(_pool, _bob, 1)], Now));
        Assert.Equal((0L, 0L), (_ann.Posted, _bob.Posted));
        Assert.Empty(book.NewTransfers);
        Assert.Empty(book.NewEntries);

        var linked = book.PostLinked([Order(_ann, _bob, 100), Order(_ann, _pool, 50)], Now);
        Assert.Single(linked.Select(t => t.LinkId).Distinct());
        Assert.Equal(-150, _ann.Posted);
        Refusal<ValidationFailed>(() => book.PostLinked([], Now));
    }

    [Fact]
    public void Atomically_undoes_everything_a_refused_step_did_including_statement_numbers()
    {
        var book = Book();
        book.Post(Order(_ann, _bob, 10), Now);

        Assert.Throws<DomainException>(() => book.Atomically<int>(() =>
        {
            book.Post(Order(_ann, _bob, 20), Now);
            book.Hold(Order(_ann, _bob, 30), Later, Now);
            throw new DomainException(new NotAllowed("changed my mind"));
        }));
        var next = book.Post(Order(_ann, _bob, 5), Now);

        Assert.Equal((-15L, 0L, 2L), (_ann.Posted, _ann.PendingDebits, _ann.EntryCount));
        Assert.Equal(2, book.NewTransfers.Count);
        Assert.Equal([1L, 2L], book.NewEntries.Where(e => e.AccountId == _ann.Id).Select(e => e.Sequence));
        Assert.Equal(next.Id, book.NewTransfers[^1].Id);
    }

    [Fact]
    public void Limits_change_only_when_the_balance_already_fits_them()
    {
        var book = Book();
        book.Post(Order(_ann, _bob, 300), Now);

        Refusal<LimitsConflictWithBalance>(() => book.SetLimits(_ann.Id, new BalanceLimits(-100, null)));
        Refusal<ValidationFailed>(() => book.SetLimits(_ann.Id, new BalanceLimits(-100, -200)));
        Refusal<ValidationFailed>(() => book.SetLimits(_ann.Id, new BalanceLimits(10, null)));
        book.SetLimits(_ann.Id, new BalanceLimits(-300, 500, WarnBelow: -200));

        Assert.Equal(new BalanceLimits(-300, 500, -200, null), _ann.Limits);
        Assert.True(_ann.IsBeyondSoftLimit);
    }

    [Fact]
    public void Soft_limits_must_sit_inside_the_hard_ones()
        => Refusal<ValidationFailed>(() => new BalanceLimits(-600, null, WarnBelow: -700).Validated());

    [Fact]
    public void Balances_that_would_overflow_are_refused_not_wrapped()
    {
        var unbounded = _hours.OpenAccount(TimebankLedger.MemberHours, Guid.NewGuid(), BalanceLimits.None, Now);
        unbounded.Credit(long.MaxValue);

        Refusal<AmountTooLarge>(() => unbounded.Credit(1));
        Assert.Equal(long.MaxValue, unbounded.Posted);
    }
}
