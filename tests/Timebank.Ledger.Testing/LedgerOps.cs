namespace Timebank.Ledger.Testing;

/// <summary>One step of a random sequence. Accounts, holds and moves are referred to by their index in the run.</summary>
public abstract record LedgerOp
{
    /// <summary>When set, the step is sent with this idempotency key (only ledgers that support keys use it).</summary>
    public string? Key { get; init; }
}

public sealed record PostOp(int Debit, int Credit, long Amount) : LedgerOp;

public sealed record HoldOp(int Debit, int Credit, long Amount, int SecondsToLive) : LedgerOp;

/// <summary>Posts hold number <c>Hold</c> (of those made so far), for <c>Amount</c> or in full when null.</summary>
public sealed record PostHoldOp(int Hold, long? Amount) : LedgerOp;

public sealed record VoidHoldOp(int Hold) : LedgerOp;

/// <summary>Reverses move number <c>Move</c> (of the transfers that moved balances so far, reversals included).</summary>
public sealed record ReverseOp(int Move) : LedgerOp;

public sealed record LinkedOp(IReadOnlyList<PostOp> Posts) : LedgerOp
{
    public override string ToString() => $"LinkedOp {{ Key = {Key}, Posts = [{string.Join("; ", Posts)}] }}";
}

public sealed record SetLimitsOp(int Account, long? Floor, long? Ceiling) : LedgerOp;

/// <summary>Moves the clock on; zero is allowed, so several steps can land on one instant.</summary>
public sealed record AdvanceOp(int Seconds) : LedgerOp;

/// <summary>Moves the clock exactly to hold number <c>Hold</c>'s deadline (if it has one), so the next step lands on it.</summary>
public sealed record AdvanceToDeadlineOp(int Hold) : LedgerOp;

/// <summary>The expiry worker's pass: every hold whose deadline has come expires.</summary>
public sealed record ExpireDueOp : LedgerOp;

/// <summary>Sends step number <c>Step</c> again with its key: the same input, or (when <c>Changed</c>) different input under the same key.</summary>
public sealed record ReplayOp(int Step, bool Changed) : LedgerOp;

/// <summary>What a step came to: OK (with the ids it made, as run-local indices), or a refusal code.</summary>
public sealed record Outcome(string Code, IReadOnlyList<int> Made)
{
    public static readonly Outcome Ok = new("OK", []);

    public static Outcome Made1(int index) => new("OK", [index]);

    public static Outcome Refused(string code) => new(code, []);

    public override string ToString() => Made.Count == 0 ? Code : $"{Code}[{string.Join(',', Made)}]";
}

/// <summary>An account's totals, compared between the ledger under test and the model at the end of a run.</summary>
public sealed record Totals(long Posted, long PendingDebits, long PendingCredits);
