using Timebank.Api.Platform.Persistence;

namespace Timebank.Api.Features.Ledger;

/// <summary>
/// Something outside the ledger that a command was prepared from and that decides what it writes (a feature's
/// settings: default limits, confirmation days, time zone), checked by the writer inside its transaction. When it no longer
/// holds, the command is not run: its caller prepares it again (<see cref="IdempotentLedger"/>). On SQLite what was
/// read stays trusted until anyone else writes, so what the writer itself writes (a feature's rows beside its
/// transfers) is checked only by a precondition that is not <see cref="KeptAcrossBatches"/> and that looks at the
/// batch's rows (<see cref="HoldsBeside"/>).
/// </summary>
public interface ILedgerPrecondition
{
    /// <summary>Preconditions with equal keys share one read.</summary>
    object Key { get; }

    /// <summary>What the store holds now, read in the writer's transaction.</summary>
    Task<object?> ReadAsync(TimebankDbContext db, CancellationToken cancellationToken);

    /// <summary>Whether the command may run on what the store holds now.</summary>
    bool HoldsFor(object? current);

    /// <summary>It did not hold: drop any copy the command was prepared from, so the next preparation reads the store.</summary>
    void Stale();

    /// <summary>
    /// False for what the writer itself writes (a feature's rows beside its transfers): read again for every command,
    /// never kept for later batches, since the SQLite writer only forgets its reads when someone else writes.
    /// </summary>
    bool KeptAcrossBatches => true;

    /// <summary>Whether the rows earlier commands of the same batch will write (not in the store yet) leave it holding.</summary>
    bool HoldsBeside(IReadOnlyList<object> batchRows) => true;
}

/// <summary>Thrown to the caller of a command whose preconditions no longer held; nothing was written for it.</summary>
public sealed class StalePreparationException() : Exception("What the request was prepared from changed before it ran.");

/// <summary>
/// The writer's reads for preconditions, one per key. On PostgreSQL a fresh set serves one batch; the SQLite writer
/// keeps one across batches and forgets it whenever anyone else has written (as it does its account states).
/// </summary>
internal sealed class PreconditionStates
{
    private readonly Dictionary<object, object?> _states = [];

    public async Task<bool> HoldAsync(TimebankDbContext db, IReadOnlyCollection<ILedgerPrecondition> preconditions, IReadOnlyList<object> batchRows,
        CancellationToken cancellationToken)
    {
        var holds = true;
        foreach (var precondition in preconditions)
        {
            object? current;
            if (!precondition.KeptAcrossBatches)
                current = await precondition.ReadAsync(db, cancellationToken);
            else if (!_states.TryGetValue(precondition.Key, out current))
                _states[precondition.Key] = current = await precondition.ReadAsync(db, cancellationToken);
            if (!precondition.HoldsFor(current) || !precondition.HoldsBeside(batchRows))
            {
                precondition.Stale();
                holds = false;
            }
        }
        return holds;
    }

    public void Forget() => _states.Clear();
}
