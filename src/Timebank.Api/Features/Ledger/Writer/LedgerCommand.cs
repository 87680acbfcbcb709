using NodaTime;
using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Ledger;

/// <summary>
/// What a command needs loaded (and locked) before it runs: accounts, holds it resolves, transfers it reverses; and
/// what it was prepared from that must still stand when it runs.
/// </summary>
public sealed record LedgerNeeds(
    IReadOnlyCollection<Id<Account>> Accounts,
    IReadOnlyCollection<Id<Transfer>>? Holds = null,
    IReadOnlyCollection<Id<Transfer>>? Reversals = null,
    IReadOnlyCollection<ILedgerPrecondition>? Preconditions = null);

/// <summary>
/// One request to the ledger. <see cref="Apply"/> runs inside the writer's transaction against a
/// <see cref="LedgerBook"/>; a refusal (DomainException) undoes everything it did. Rows the owning feature wants
/// written with it (an exchange, a purchase) go into <c>inserts</c> and are saved only if it succeeds.
/// </summary>
public interface ILedgerCommand<out TResult> where TResult : class
{
    LedgerNeeds Needs { get; }

    TResult Apply(LedgerBook book, Instant now, ICollection<object> inserts);
}

/// <summary>A command made of a delegate, for features whose commands are one expression.</summary>
public sealed class LedgerCommand<TResult>(LedgerNeeds needs, Func<LedgerBook, Instant, ICollection<object>, TResult> apply)
    : ILedgerCommand<TResult> where TResult : class
{
    public LedgerNeeds Needs => needs;

    public TResult Apply(LedgerBook book, Instant now, ICollection<object> inserts) => apply(book, now, inserts);
}

/// <summary>Bound from <c>Timebank:Ledger</c>.</summary>
public sealed class LedgerOptions
{
    public const string Section = "Timebank:Ledger";

    /// <summary>Requests that share one database commit at most; those waiting while a commit runs go in the next one.</summary>
    public int MaxBatchSize { get; set; } = 128;

    public TimeSpan ExpiryPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>SQLite: the page cache of the writer's own connection.</summary>
    public int SqliteCacheMegabytes { get; set; } = 64;

    /// <summary>SQLite: how often the write-ahead log is copied back into the database beside the writer (zero: never).</summary>
    public TimeSpan SqliteCheckpointInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>SQLite: the writer itself finishes the copy, and the log starts over, once it holds this many pages.</summary>
    public int SqliteCheckpointPages { get; set; } = 20_000;

    /// <summary>SQLite: committed account states kept in memory at most (about 200 bytes each).</summary>
    public int MaxCachedAccounts { get; set; } = 100_000;

    /// <summary>SQLite: how often an idle writer looks for writes by another process (and so how stale a balance read can be after one).</summary>
    public TimeSpan IdleCheckInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>SQLite: committed states are used for reads only this long after the writer's last look for writes by others.</summary>
    public TimeSpan CommittedStateLifetime { get; set; } = TimeSpan.FromSeconds(3);
}
