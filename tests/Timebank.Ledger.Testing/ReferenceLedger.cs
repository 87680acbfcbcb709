namespace Timebank.Ledger.Testing;

/// <summary>The accounts a run starts with: which ledger each belongs to and its limits.</summary>
public sealed record AccountSetup(int Ledger, long? Floor, long? Ceiling);

/// <summary>
/// A deliberately plain model of the ledger's rules, written apart from the engine: lists and loops, no shared
/// code. The engine must agree with it on every outcome and every balance. Time is whole seconds from the start.
/// </summary>
public sealed class ReferenceLedger
{
    public const long MaxAmount = 1_000_000_000_000;

    private readonly List<AccountRow> _accounts;
    private readonly List<HoldRow> _holds = [];
    private readonly List<MoveRow> _moves = [];
    private readonly Dictionary<string, (LedgerOp Op, Outcome Outcome)> _keys = [];

    public ReferenceLedger(IEnumerable<AccountSetup> accounts)
        => _accounts = accounts.Select(a => new AccountRow { Ledger = a.Ledger, Floor = a.Floor, Ceiling = a.Ceiling }).ToList();

    public long Now { get; private set; }
    public int HoldCount => _holds.Count;
    public int MoveCount => _moves.Count;
    public int AccountCount => _accounts.Count;

    /// <summary>The deadline of a hold, in seconds from the start.</summary>
    public long? DeadlineOf(int hold) => hold >= 0 && hold < _holds.Count ? _holds[hold].Deadline : null;

    public IReadOnlyList<Totals> Totals => _accounts.Select(a => new Totals(a.Posted, a.PendingDebits, a.PendingCredits)).ToList();

    public Outcome Apply(LedgerOp op)
    {
        if (op.Key is null)
            return Run(op);
        if (_keys.TryGetValue(op.Key, out var earlier))
            return earlier.Op == op ? earlier.Outcome : Outcome.Refused("IDEMPOTENCY_KEY_REUSED");
        var outcome = Run(op);
        _keys[op.Key] = (op, outcome);
        return outcome;
    }

    private Outcome Run(LedgerOp op) => op switch
    {
        PostOp post => Try(() => Made(Post(post, reversing: null))),
        HoldOp hold => Try(() => Hold(hold)),
        PostHoldOp post => Try(() => PostHold(post)),
        VoidHoldOp cancel => Try(() => Resolve(cancel.Hold, "VOIDED", requireLive: true)),
        ReverseOp reverse => Try(() => Made(Reverse(reverse.Move))),
        LinkedOp linked => Try(() => Linked(linked)),
        SetLimitsOp limits => Try(() => SetLimits(limits)),
        AdvanceOp advance => Advance(advance.Seconds),
        AdvanceToDeadlineOp to => Advance(Math.Max(0, (DeadlineOf(to.Hold) ?? Now) - Now)),
        ExpireDueOp => ExpireDue(),
        _ => throw new ArgumentException($"the model does not know {op.GetType().Name}", nameof(op)),
    };

    private Outcome Advance(long seconds)
    {
        Now += seconds;
        return Outcome.Ok;
    }

    private Outcome ExpireDue()
    {
        var expired = new List<int>();
        for (var i = 0; i < _holds.Count; i++)
        {
            if (_holds[i].Resolution is null && _holds[i].Deadline <= Now)
            {
                Release(_holds[i]);
                _holds[i].Resolution = "EXPIRED";
                expired.Add(i);
            }
        }
        return new Outcome("OK", expired);
    }

    private int Post(PostOp post, int? reversing)
    {
        RequireAmount(post.Amount);
        var (debit, credit) = Pair(post.Debit, post.Credit);
        if (debit.Posted - debit.PendingDebits - post.Amount < debit.Floor)
            throw new Refusal("LIMIT_EXCEEDED");
        if (credit.Posted + post.Amount + credit.PendingCredits > credit.Ceiling)
            throw new Refusal("LIMIT_EXCEEDED");
        debit.Posted -= post.Amount;
        credit.Posted += post.Amount;
        _moves.Add(new MoveRow { Debit = post.Debit, Credit = post.Credit, Amount = post.Amount, IsReversal = reversing is not null });
        return _moves.Count - 1;
    }

    private Outcome Hold(HoldOp hold)
    {
        RequireAmount(hold.Amount);
        if (hold.SecondsToLive <= 0)
            throw new Refusal("VALIDATION_FAILED");
        var (debit, credit) = Pair(hold.Debit, hold.Credit);
        if (debit.Posted - (debit.PendingDebits + hold.Amount) < debit.Floor)
            throw new Refusal("LIMIT_EXCEEDED");
        if (credit.Posted + credit.PendingCredits + hold.Amount > credit.Ceiling)
            throw new Refusal("LIMIT_EXCEEDED");
        debit.PendingDebits += hold.Amount;
        credit.PendingCredits += hold.Amount;
        _holds.Add(new HoldRow { Debit = hold.Debit, Credit = hold.Credit, Amount = hold.Amount, Deadline = Now + hold.SecondsToLive });
        return Made(_holds.Count - 1);
    }

    private Outcome PostHold(PostHoldOp post)
    {
        var hold = Live(post.Hold, requireLive: true);
        var amount = post.Amount ?? hold.Amount;
        if (amount <= 0)
            throw new Refusal("VALIDATION_FAILED");
        if (amount > hold.Amount)
            throw new Refusal("AMOUNT_EXCEEDS_HOLD");
        Release(hold);
        hold.Resolution = "POSTED";
        _accounts[hold.Debit].Posted -= amount;
        _accounts[hold.Credit].Posted += amount;
        _moves.Add(new MoveRow { Debit = hold.Debit, Credit = hold.Credit, Amount = amount });
        return Made(_moves.Count - 1);
    }

    private Outcome Resolve(int index, string how, bool requireLive)
    {
        var hold = Live(index, requireLive);
        Release(hold);
        hold.Resolution = how;
        return Outcome.Ok;
    }

    private int Reverse(int index)
    {
        if (index < 0 || index >= _moves.Count)
            throw new Refusal("NOT_FOUND");
        var move = _moves[index];
        if (move.IsReversal)
            throw new Refusal("NOT_REVERSIBLE");
        if (move.Reversed)
            throw new Refusal("ALREADY_REVERSED");
        var made = Post(new PostOp(move.Credit, move.Debit, move.Amount), reversing: index);
        move.Reversed = true;
        return made;
    }

    private Outcome Linked(LinkedOp linked)
    {
        if (linked.Posts.Count == 0)
            throw new Refusal("VALIDATION_FAILED");
        // Every amount is checked before anything moves.
        foreach (var post in linked.Posts)
            RequireAmount(post.Amount);
        var snapshot = _accounts.Select(a => (a.Posted, a.PendingDebits)).ToList();
        var moves = _moves.Count;
        try
        {
            return new Outcome("OK", linked.Posts.Select(p => Post(p, reversing: null)).ToList());
        }
        catch (Refusal)
        {
            for (var i = 0; i < _accounts.Count; i++)
                _accounts[i].Posted = snapshot[i].Posted;
            _moves.RemoveRange(moves, _moves.Count - moves);
            throw;
        }
    }

    private Outcome SetLimits(SetLimitsOp limits)
    {
        if (limits.Floor > limits.Ceiling || limits.Floor > 0 || limits.Ceiling < 0)
            throw new Refusal("VALIDATION_FAILED");
        var account = _accounts[limits.Account];
        if (account.Posted - account.PendingDebits < limits.Floor || account.Posted + account.PendingCredits > limits.Ceiling)
            throw new Refusal("LIMITS_CONFLICT");
        (account.Floor, account.Ceiling) = (limits.Floor, limits.Ceiling);
        return Outcome.Ok;
    }

    private HoldRow Live(int index, bool requireLive)
    {
        if (index < 0 || index >= _holds.Count)
            throw new Refusal("NOT_FOUND");
        var hold = _holds[index];
        if (hold.Resolution is not null)
            throw new Refusal("HOLD_RESOLVED");
        if (requireLive && hold.Deadline <= Now)
            throw new Refusal("HOLD_EXPIRED");
        return hold;
    }

    private void Release(HoldRow hold)
    {
        _accounts[hold.Debit].PendingDebits -= hold.Amount;
        _accounts[hold.Credit].PendingCredits -= hold.Amount;
    }

    private (AccountRow Debit, AccountRow Credit) Pair(int debit, int credit)
    {
        if (debit == credit)
            throw new Refusal("VALIDATION_FAILED");
        if (_accounts[debit].Ledger != _accounts[credit].Ledger)
            throw new Refusal("LEDGER_MISMATCH");
        return (_accounts[debit], _accounts[credit]);
    }

    private static void RequireAmount(long amount)
    {
        if (amount is <= 0 or > MaxAmount)
            throw new Refusal("VALIDATION_FAILED");
    }

    private static Outcome Made(int index) => Outcome.Made1(index);

    private static Outcome Try(Func<Outcome> step)
    {
        try
        {
            return step();
        }
        catch (Refusal refusal)
        {
            return Outcome.Refused(refusal.Code);
        }
    }

    private sealed class Refusal(string code) : Exception(code)
    {
        public string Code { get; } = code;
    }

    private sealed class AccountRow
    {
        public int Ledger;
        public long Posted, PendingDebits, PendingCredits;
        public long? Floor, Ceiling;
    }

    private sealed class HoldRow
    {
        public int Debit, Credit;
        public long Amount;
        public long Deadline;
        public string? Resolution;
    }

    private sealed class MoveRow
    {
        public int Debit, Credit;
        public long Amount;
        public bool IsReversal, Reversed;
    }
}
