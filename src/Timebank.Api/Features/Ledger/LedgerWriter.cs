using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using NodaTime;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Ledger;

/// <summary>
/// The only way hours and money move. Requests queue here; one writer takes everything waiting and runs it in a
/// single database transaction (group commit): each request keeps its own outcome, its idempotency record is
/// written with its transfers, and nobody hears back until the commit is durable.
/// <para>
/// Correctness does not rest on the queue alone: accounts are locked for the transaction (PostgreSQL row locks;
/// SQLite's single writer via BEGIN IMMEDIATE) and the database re-checks limits and the journal's shape, so several
/// API processes on one PostgreSQL database stay consistent.
/// </para>
/// <para>
/// On SQLite the writer has a connection of its own and keeps the committed state of the accounts it touched
/// (<see cref="CommittedAccounts"/>), so a batch reads only what it has not seen, and balance reads skip the database.
/// </para>
/// </summary>
public sealed partial class LedgerWriter : BackgroundService
{
    private readonly Channel<Submission> _queue = Channel.CreateUnbounded<Submission>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IDbContextFactory<TimebankDbContext> _databases;
    private readonly IClock _clock;
    private readonly OutcomeJson _outcomes;
    private readonly IEnumerable<ILedgerCommitObserver> _observers;
    private readonly LedgerOptions _options;
    private readonly ILogger<LedgerWriter> _logger;
    private readonly IEnumerable<IInterceptor> _interceptors;
    private readonly CommittedAccounts _accounts;
    private readonly PreconditionStates _sqlitePreconditions = new();
    private SqliteWriterConnection? _sqlite;
    private bool _storeChosen;

    public LedgerWriter(
        IDbContextFactory<TimebankDbContext> databases,
        IClock clock,
        OutcomeJson outcomes,
        IEnumerable<ILedgerCommitObserver> observers,
        IOptions<LedgerOptions> options,
        IHostEnvironment environment,
        IEnumerable<IInterceptor> interceptors,
        CommittedAccounts accounts,
        ILogger<LedgerWriter> logger)
    {
        _accounts = accounts;
        _interceptors = interceptors;
        _databases = databases;
        _clock = clock;
        _outcomes = outcomes;
        _observers = observers;
        _options = options.Value;
        _logger = logger;
        if (!_options.ConcurrencyControl && !environment.IsEnvironment("Testing"))
            throw new InvalidOperationException("Timebank:Ledger:ConcurrencyControl=false exists only to test the invariant checker.");
    }

    /// <summary>Runs a command and returns its result, or throws its refusal (the stored one, for a replayed key).</summary>
    public async Task<TResult> SubmitAsync<TResult>(ILedgerCommand<TResult> command, IdempotentRequest? idempotency, CancellationToken cancellationToken)
        where TResult : class
    {
        var submission = new Submission(command.Needs, (book, now, inserts) => command.Apply(book, now, inserts), idempotency);
        if (_options.ConcurrencyControl)
            await _queue.Writer.WriteAsync(submission, cancellationToken);
        else
            await RunAsync([submission], CancellationToken.None);
        return (await submission.Completion.Task.WaitAsync(cancellationToken)) switch
        {
            Outcome.Done done => (TResult)done.Result,
            Outcome.Refused refused => throw new DomainException(refused.Error),
            Outcome.Stored stored => _outcomes.Replay<TResult>(stored.Json),
            Outcome.Stale => throw new StalePreparationException(),
            _ => throw new InvalidOperationException("unknown outcome"),
        };
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = _queue.Reader;
        var batch = new List<Submission>(_options.MaxBatchSize);
        OpenWriterConnection();
        while (await WaitForWorkAsync(reader, stoppingToken))
        {
            batch.Clear();
            while (batch.Count < _options.MaxBatchSize && reader.TryRead(out var next))
                batch.Add(next);
            await ProcessAsync(batch, stoppingToken);
        }
    }

    /// <summary>Waits for requests; on SQLite an idle writer wakes every so often to look for writes by others.</summary>
    private async Task<bool> WaitForWorkAsync(ChannelReader<Submission> reader, CancellationToken stoppingToken)
    {
        while (true)
        {
            if (_sqlite is null || reader.TryPeek(out _))
                return await reader.WaitToReadAsync(stoppingToken);
            using var idle = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            idle.CancelAfter(_options.IdleCheckInterval);
            try
            {
                return await reader.WaitToReadAsync(idle.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                await CheckForOtherWritersAsync(_sqlite, stoppingToken);
            }
        }
    }

    private async Task CheckForOtherWritersAsync(SqliteWriterConnection sqlite, CancellationToken cancellationToken)
    {
        try
        {
            if (await sqlite.ChangedByOthersAsync(cancellationToken))
                ForgetCommittedState();
            _accounts.Checked();
        }
        catch (SqliteException failure)
        {
            ForgetCommittedState();
            LogCheckFailed(_logger, failure);
        }
    }

    private async Task ProcessAsync(List<Submission> batch, CancellationToken cancellationToken, bool again = false)
    {
        try
        {
            await RunAsync(batch, cancellationToken);
        }
        catch (Exception failure) when (batch.Count > 1 && failure is not OperationCanceledException)
        {
            // One request broke the shared transaction (a bug, or a database refusal): run each alone so the
            // others still commit, and only the broken one fails.
            LogBatchRetry(_logger, failure, batch.Count);
            foreach (var submission in batch)
                await ProcessAsync([submission], cancellationToken);
        }
        catch (Exception failure) when (!again && WriteConflict.IsLostRace(failure))
        {
            // Another writer (another API process) committed the same key first: run it once more, and it finds
            // that outcome and answers with it, as any replay does.
            LogConflictRetry(_logger, failure);
            await ProcessAsync(batch, cancellationToken, again: true);
        }
        catch (Exception failure)
        {
            foreach (var submission in batch)
                submission.Completion.TrySetException(failure);
        }
    }

    private async Task RunAsync(IReadOnlyList<Submission> batch, CancellationToken cancellationToken)
    {
        try
        {
            await RunInTransactionAsync(batch, cancellationToken);
        }
        catch
        {
            // The database rolled back what the batch's account states may already show: forget them all.
            ForgetCommittedState();
            throw;
        }
    }

    /// <summary>SQLite: someone else wrote, or a batch failed; what the writer kept from earlier batches may be wrong.</summary>
    private void ForgetCommittedState()
    {
        _accounts.Forget();
        _sqlitePreconditions.Forget();
    }

    private async Task RunInTransactionAsync(IReadOnlyList<Submission> batch, CancellationToken cancellationToken)
    {
        var sqlite = WriterConnection();
        await using var ownContext = sqlite is null ? await _databases.CreateDbContextAsync(cancellationToken) : null;
        var db = sqlite?.Context ?? ownContext!;
        await using var transaction = _options.ConcurrencyControl ? await BeginWriteAsync(db, cancellationToken) : null;
        var now = _clock.GetCurrentInstant();
        if (sqlite is not null)
            await CheckForOtherWritersAsync(sqlite, cancellationToken);

        var records = await LedgerBatchStore.ExistingRecordsAsync(db, batch.Select(s => s.Idempotency).OfType<IdempotentRequest>(), cancellationToken);
        var (book, accounts) = await LedgerBatchStore.LoadBookAsync(db, batch.Select(s => s.Needs).ToList(), sqlite is null ? null : _accounts, cancellationToken);

        var preconditions = sqlite is null ? new PreconditionStates() : _sqlitePreconditions;
        var outcomes = new Outcome[batch.Count];
        var rows = new List<object>();
        var newRecords = new List<IdempotencyRecord>();
        for (var i = 0; i < batch.Count; i++)
        {
            var submission = batch[i];
            var key = submission.Idempotency is { } idempotency ? (idempotency.Scope, idempotency.Key.Value) : default;
            if (submission.Idempotency is not null && records.TryGetValue(key, out var earlier))
            {
                outcomes[i] = earlier.RequestHash == submission.Idempotency.RequestHash
                    ? new Outcome.Stored(earlier.Outcome)
                    : new Outcome.Refused(new IdempotencyKeyReused());
                continue;
            }
            if (submission.Needs.Preconditions is { Count: > 0 } checks && !await preconditions.HoldAsync(db, checks, cancellationToken))
            {
                outcomes[i] = new Outcome.Stale();
                continue;
            }

            var inserts = new List<object>();
            string stored;
            try
            {
                var result = book.Atomically(() => submission.Apply(book, now, inserts));
                outcomes[i] = new Outcome.Done(result);
                rows.AddRange(inserts);
                stored = submission.Idempotency is null ? string.Empty : _outcomes.Result(result);
            }
            catch (DomainException refused)
            {
                outcomes[i] = new Outcome.Refused(refused.Error);
                stored = submission.Idempotency is null ? string.Empty : _outcomes.Refusal(refused.Error);
            }
            if (submission.Idempotency is { } request)
            {
                var record = new IdempotencyRecord(request.Scope, request.Key.Value, request.RequestHash, stored, now);
                records[key] = (record.RequestHash, record.Outcome);
                newRecords.Add(record);
            }
        }

        await LedgerBatchStore.PersistAsync(db, book, rows, newRecords, cancellationToken);
        if (transaction is not null)
            await transaction.CommitAsync(cancellationToken);
        if (sqlite is not null)
            _accounts.Publish(accounts);
        try
        {
            foreach (var observer in _observers)
                observer.Committed(batch.Count);
        }
        catch (Exception lostReply)
        {
            // The work is committed: never run it again. The callers hear of a failure, as if the reply were lost.
            foreach (var submission in batch)
                submission.Completion.TrySetException(lostReply);
            return;
        }
        for (var i = 0; i < batch.Count; i++)
            batch[i].Completion.TrySetResult(outcomes[i]);
    }

    /// <summary>
    /// Opens the SQLite writer's connection at start, so its idle checks (and with them balance reads from memory)
    /// work before the first write. A failure here is not fatal: the first batch tries again.
    /// </summary>
    private void OpenWriterConnection()
    {
        try
        {
            WriterConnection();
        }
        catch (Exception failure) when (failure is SqliteException or InvalidOperationException)
        {
            LogOpenFailed(_logger, failure);
        }
    }

    /// <summary>SQLite with concurrency control: the writer's own connection, opened on first use. Otherwise null.</summary>
    private SqliteWriterConnection? WriterConnection()
    {
        if (_storeChosen)
            return _sqlite;
        using (var probe = _databases.CreateDbContext())
        {
            if (probe.Store == StoreKind.Sqlite && _options.ConcurrencyControl)
                _sqlite = new SqliteWriterConnection(probe.Database.GetConnectionString()!, _interceptors, _options.SqliteCacheMegabytes, _options.SqliteCheckpointPages, _options.SqliteCheckpointInterval, _logger);
        }
        _storeChosen = true;
        return _sqlite;
    }

    public override void Dispose()
    {
        // The host disposes this twice (as itself and as a hosted service).
        _sqlite?.Dispose();
        _sqlite = null;
        base.Dispose();
    }

    private static async Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction> BeginWriteAsync(TimebankDbContext db, CancellationToken cancellationToken)
    {
        if (db.Store != StoreKind.Sqlite)
            return await db.Database.BeginTransactionAsync(cancellationToken);
        // BEGIN IMMEDIATE takes SQLite's write lock up front, so what this transaction reads cannot go stale before it writes.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var sqlite = (SqliteConnection)db.Database.GetDbConnection();
        return await db.Database.UseTransactionAsync(sqlite.BeginTransaction(deferred: false), cancellationToken)
            ?? throw new InvalidOperationException("no transaction");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking for writes by other connections failed; cached account states were dropped")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Opening the ledger writer's connection failed; the first batch will try again")]
    private static partial void LogOpenFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "A ledger request lost a race with another writer; running it again")]
    private static partial void LogConflictRetry(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A ledger batch of {Count} failed as a whole; running its requests one by one")]
    private static partial void LogBatchRetry(ILogger logger, Exception exception, int count);

    private sealed class Submission(LedgerNeeds needs, Func<LedgerBook, Instant, ICollection<object>, object> apply, IdempotentRequest? idempotency)
    {
        public LedgerNeeds Needs => needs;
        public IdempotentRequest? Idempotency => idempotency;
        public TaskCompletionSource<Outcome> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public object Apply(LedgerBook book, Instant now, ICollection<object> inserts) => apply(book, now, inserts);
    }

    private abstract record Outcome
    {
        public sealed record Done(object Result) : Outcome;
        public sealed record Refused(DomainError Error) : Outcome;
        public sealed record Stored(string Json) : Outcome;
        public sealed record Stale : Outcome;
    }
}
