using NodaTime;
using Timebank.Domain.Ledger;
using Timebank.Domain.Organisations;
using Timebank.Domain.Timebank;
using Timebank.Ledger.Testing;

namespace Timebank.Domain.Tests.Ledger;

/// <summary>The domain's <see cref="LedgerBook"/> as a ledger under test: one book for the whole sequence, in memory.</summary>
public sealed class LedgerBookUnderTest : ILedgerUnderTest
{
    private static readonly Instant Start = Instant.FromUtc(2026, 1, 5, 9, 0);
    private readonly List<Account> _accounts;
    private readonly LedgerBook _book;
    private readonly List<Id<Transfer>> _holds = [];
    private readonly List<Id<Transfer>> _moves = [];
    private long _seconds;

    public LedgerBookUnderTest(IReadOnlyList<AccountSetup> setup)
    {
        var ledgers = setup.Select(a => a.Ledger).Distinct()
            .ToDictionary(l => l, _ => Domain.Ledger.Ledger.Open(Id<Organisation>.New(), TimebankLedger.Hours, TimebankLedger.Unit, Start));
        _accounts = setup.Select(a => ledgers[a.Ledger].OpenAccount(TimebankLedger.MemberHours, Guid.NewGuid(), new BalanceLimits(a.Floor, a.Ceiling), Start)).ToList();
        _book = new LedgerBook(_accounts);
    }

    public LedgerBook Book => _book;

    public IReadOnlyList<Account> Accounts => _accounts;

    private Instant Now => Start + Duration.FromSeconds(_seconds);

    public Task<Outcome> ApplyAsync(LedgerOp op)
    {
        try
        {
            return Task.FromResult(Apply(op));
        }
        catch (DomainException refused)
        {
            return Task.FromResult(Outcome.Refused(refused.Error.Code));
        }
    }

    public Task<IReadOnlyList<Totals>> TotalsAsync()
        => Task.FromResult<IReadOnlyList<Totals>>(_accounts.Select(a => new Totals(a.Posted, a.PendingDebits, a.PendingCredits)).ToList());

    private Outcome Apply(LedgerOp op)
    {
        switch (op)
        {
            case PostOp post:
                return Move(_book.Post(Order(post), Now));
            case HoldOp hold:
                var held = _book.Hold(new TransferOrder(_accounts[hold.Debit].Id, _accounts[hold.Credit].Id, Amount.Of(hold.Amount, "amount"), 1, Now.InUtc().Date), Now + Duration.FromSeconds(hold.SecondsToLive), Now);
                _holds.Add(held.Id);
                return Outcome.Made1(_holds.Count - 1);
            case PostHoldOp post:
                return Move(_book.PostHold(HoldId(post.Hold), post.Amount, Now));
            case VoidHoldOp cancel:
                _book.VoidHold(HoldId(cancel.Hold), Now);
                return Outcome.Ok;
            case ReverseOp reverse:
                return Move(_book.Reverse(reverse.Move >= 0 && reverse.Move < _moves.Count ? _moves[reverse.Move] : Id<Transfer>.New(), 5, Now, Now.InUtc().Date));
            case LinkedOp linked:
                var transfers = _book.PostLinked(linked.Posts.Select(Order).ToList(), Now);
                return new Outcome("OK", transfers.Select(t => { _moves.Add(t.Id); return _moves.Count - 1; }).ToList());
            case SetLimitsOp limits:
                _book.SetLimits(_accounts[limits.Account].Id, new BalanceLimits(limits.Floor, limits.Ceiling));
                return Outcome.Ok;
            case AdvanceOp advance:
                _seconds += advance.Seconds;
                return Outcome.Ok;
            case AdvanceToDeadlineOp to:
                if (to.Hold >= 0 && to.Hold < _holds.Count && _book.NewTransfers.First(t => t.Id == _holds[to.Hold]).ExpiresAt is { } deadline && deadline > Now)
                    _seconds += (long)(deadline - Now).TotalSeconds;
                return Outcome.Ok;
            case ExpireDueOp:
                var expired = new List<int>();
                for (var i = 0; i < _holds.Count; i++)
                {
                    if (_book.FindOpenHold(_holds[i]) is { } open && open.IsExpiredAt(Now))
                    {
                        _book.ExpireHold(_holds[i], Now);
                        expired.Add(i);
                    }
                }
                return new Outcome("OK", expired);
            default:
                throw new ArgumentException($"not a step the book takes: {op}", nameof(op));
        }
    }

    private TransferOrder Order(PostOp post) => new(_accounts[post.Debit].Id, _accounts[post.Credit].Id, Amount.Of(post.Amount, "amount"), 1, Now.InUtc().Date);

    private Id<Transfer> HoldId(int index) => index >= 0 && index < _holds.Count ? _holds[index] : Id<Transfer>.New();

    private Outcome Move(Transfer transfer)
    {
        _moves.Add(transfer.Id);
        return Outcome.Made1(_moves.Count - 1);
    }
}
