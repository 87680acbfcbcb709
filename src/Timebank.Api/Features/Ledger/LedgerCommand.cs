using NodaTime;
using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Ledger;

/// <summary>What a command needs loaded (and locked) before it runs: accounts, holds it resolves, transfers it reverses.</summary>
public sealed record LedgerNeeds(
    IReadOnlyCollection<Id<Account>> Accounts,
    IReadOnlyCollection<Id<Transfer>>? Holds = null,
    IReadOnlyCollection<Id<Transfer>>? Reversals = null);

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

/// <summary>Seen by tests: called after each commit, before any reply is sent.</summary>
public interface ILedgerCommitObserver
{
    void Committed(int requests);
}

/// <summary>Bound from <c>Timebank:Ledger</c>.</summary>
public sealed class LedgerOptions
{
    public const string Section = "Timebank:Ledger";

    /// <summary>Requests that share one database commit at most; those waiting while a commit runs go in the next one.</summary>
    public int MaxBatchSize { get; set; } = 128;

    public TimeSpan ExpiryPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Only for the test that proves the invariant checker catches a broken engine: false makes every request read
    /// and write on its own, with no single writer, no locks and no transaction around read-then-write.
    /// Refused outside the Testing environment.
    /// </summary>
    public bool ConcurrencyControl { get; set; } = true;
}
