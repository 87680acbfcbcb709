using NodaTime;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Ledger;

/// <summary>One command waiting for the writer, and where its outcome is sent.</summary>
public sealed class LedgerSubmission(LedgerNeeds needs, Func<LedgerBook, Instant, ICollection<object>, object> apply, IdempotentRequest? idempotency, Id<Member>? actor = null)
{
    public static LedgerSubmission Of<TResult>(ILedgerCommand<TResult> command, IdempotentRequest? idempotency, Id<Member>? actor = null) where TResult : class
        => new(command.Needs, (book, now, inserts) => command.Apply(book, now, inserts), idempotency, actor);

    public LedgerNeeds Needs => needs;
    public IdempotentRequest? Idempotency => idempotency;

    /// <summary>The signed-in member whose request this is, for the write seam.</summary>
    public Id<Member>? Actor => actor;
    public TaskCompletionSource<LedgerOutcome> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public object Apply(LedgerBook book, Instant now, ICollection<object> inserts) => apply(book, now, inserts);

    /// <summary>The command's result, or its refusal thrown (the stored one, for a replayed key).</summary>
    public async Task<TResult> ResultAsync<TResult>(OutcomeJson outcomes, CancellationToken cancellationToken) where TResult : class
        => (await Completion.Task.WaitAsync(cancellationToken)) switch
        {
            LedgerOutcome.Done done => (TResult)done.Result,
            LedgerOutcome.Refused refused => throw new DomainException(refused.Error),
            LedgerOutcome.Stored stored => outcomes.Replay<TResult>(stored.Json),
            LedgerOutcome.Stale => throw new StalePreparationException(),
            _ => throw new InvalidOperationException("unknown outcome"),
        };
}

public abstract record LedgerOutcome
{
    public sealed record Done(object Result) : LedgerOutcome;
    public sealed record Refused(DomainError Error) : LedgerOutcome;
    public sealed record Stored(string Json) : LedgerOutcome;
    public sealed record Stale : LedgerOutcome;
}

/// <summary>What every writer of ledger commands offers; <see cref="LedgerWriter"/> is the one the API runs.</summary>
public interface ILedgerWriter
{
    Task<TResult> SubmitAsync<TResult>(ILedgerCommand<TResult> command, IdempotentRequest? idempotency, CancellationToken cancellationToken) where TResult : class;
}
