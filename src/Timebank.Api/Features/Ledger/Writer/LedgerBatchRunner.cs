using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using NodaTime;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Ledger;

/// <summary>
/// Runs one batch of submissions in one transaction (taken by the <see cref="ILedgerLocking"/>): idempotency records
/// first, then each command against the book, then every row in set-based writes, then the commit, the write seam,
/// and only then the replies. On SQLite with a shared writer it keeps the committed state of the accounts it touched
/// (<see cref="CommittedAccounts"/>), so a batch reads only what it has not seen.
/// </summary>
public sealed partial class LedgerBatchRunner(
    IDbContextFactory<TimebankDbContext> databases,
    IClock clock,
    OutcomeJson outcomes,
    ILedgerLocking locking,
    WriteSeam seam,
    IOptions<LedgerOptions> options,
    IEnumerable<IInterceptor> interceptors,
    CommittedAccounts accounts,
    ILogger<LedgerBatchRunner> logger) : IDisposable
{
    private readonly PreconditionStates _sqlitePreconditions = new();
    private SqliteWriterConnection? _sqlite;
    private bool _storeChosen;

    /// <summary>SQLite's shared writer connection, once open; null on PostgreSQL or when batches do not share one.</summary>
    public bool HasSqliteWriter => _sqlite is not null;

    public async Task RunAsync(IReadOnlyList<LedgerSubmission> batch, CancellationToken cancellationToken)
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

    public async Task CheckForOtherWritersAsync(CancellationToken cancellationToken)
    {
        if (_sqlite is null)
            return;
        try
        {
            if (await _sqlite.ChangedByOthersAsync(cancellationToken))
                ForgetCommittedState();
            accounts.Checked();
        }
        catch (SqliteException failure)
        {
            ForgetCommittedState();
            LogCheckFailed(logger, failure);
        }
    }

    /// <summary>
    /// Opens the SQLite writer's connection at start, so its idle checks (and with them balance reads from memory)
    /// work before the first write. A failure here is not fatal: the first batch tries again.
    /// </summary>
    public void OpenWriterConnection()
    {
        try
        {
            WriterConnection();
        }
        catch (Exception failure) when (failure is SqliteException or InvalidOperationException)
        {
            LogOpenFailed(logger, failure);
        }
    }

    /// <summary>SQLite: someone else wrote, or a batch failed; what the writer kept from earlier batches may be wrong.</summary>
    private void ForgetCommittedState()
    {
        accounts.Forget();
        _sqlitePreconditions.Forget();
    }

    private async Task RunInTransactionAsync(IReadOnlyList<LedgerSubmission> batch, CancellationToken cancellationToken)
    {
        var sqlite = WriterConnection();
        await using var ownContext = sqlite is null ? await databases.CreateDbContextAsync(cancellationToken) : null;
        var db = sqlite?.Context ?? ownContext!;
        await using var transaction = await locking.BeginAsync(db, cancellationToken);
        var now = clock.GetCurrentInstant();
        await CheckForOtherWritersAsync(cancellationToken);

        var records = await LedgerBatchStore.ExistingRecordsAsync(db, batch.Select(s => s.Idempotency).OfType<IdempotentRequest>(), cancellationToken);
        var (book, loaded) = await LedgerBatchStore.LoadBookAsync(db, batch.Select(s => s.Needs).ToList(), sqlite is null ? null : accounts, cancellationToken);

        var preconditions = sqlite is null ? new PreconditionStates() : _sqlitePreconditions;
        var results = new LedgerOutcome[batch.Count];
        var rows = new List<object>();
        var newRecords = new List<IdempotencyRecord>();
        var actors = seam.IsListening ? new BatchActors() : null;
        for (var i = 0; i < batch.Count; i++)
        {
            var submission = batch[i];
            var key = submission.Idempotency is { } idempotency ? (idempotency.Scope, idempotency.Key.Value) : default;
            if (submission.Idempotency is not null && records.TryGetValue(key, out var earlier))
            {
                results[i] = earlier.RequestHash == submission.Idempotency.RequestHash
                    ? new LedgerOutcome.Stored(earlier.Outcome)
                    : new LedgerOutcome.Refused(new IdempotencyKeyReused());
                continue;
            }
            if (submission.Needs.Preconditions is { Count: > 0 } checks && !await preconditions.HoldAsync(db, checks, rows, cancellationToken))
            {
                results[i] = new LedgerOutcome.Stale();
                continue;
            }

            var inserts = new List<object>();
            var transfersBefore = book.NewTransfers.Count;
            string stored;
            try
            {
                var result = book.Atomically(() => submission.Apply(book, now, inserts));
                results[i] = new LedgerOutcome.Done(result);
                rows.AddRange(inserts);
                actors?.Add(submission.Actor, book.NewTransfers.Skip(transfersBefore), inserts);
                stored = submission.Idempotency is null ? string.Empty : outcomes.Result(result);
            }
            catch (DomainException refused)
            {
                results[i] = new LedgerOutcome.Refused(refused.Error);
                stored = submission.Idempotency is null ? string.Empty : outcomes.Refusal(refused.Error);
            }
            if (submission.Idempotency is { } request)
            {
                var record = new IdempotencyRecord(request.Scope, request.Key.Value, request.RequestHash, stored, now);
                records[key] = (record.RequestHash, record.Outcome);
                newRecords.Add(record);
                actors?.Add(submission.Actor, [], [record]);
            }
        }

        var written = await LedgerBatchStore.PersistAsync(db, book, rows, newRecords, actors, cancellationToken);
        if (transaction is not null)
            await transaction.CommitAsync(cancellationToken);
        if (sqlite is not null)
            accounts.Publish(loaded);
        try
        {
            seam.Committed(written);
        }
        catch (Exception lostReply)
        {
            // The work is committed: never run it again. The callers hear of a failure, as if the reply were lost.
            foreach (var submission in batch)
                submission.Completion.TrySetException(lostReply);
            return;
        }
        for (var i = 0; i < batch.Count; i++)
            batch[i].Completion.TrySetResult(results[i]);
    }

    /// <summary>SQLite, when batches share its writer: the writer's own connection, opened on first use. Otherwise null.</summary>
    private SqliteWriterConnection? WriterConnection()
    {
        if (_storeChosen)
            return _sqlite;
        using (var probe = databases.CreateDbContext())
        {
            if (probe.Store == StoreKind.Sqlite && locking.SharesSqliteWriter)
            {
                var settings = options.Value;
                _sqlite = new SqliteWriterConnection(probe.Database.GetConnectionString()!, interceptors, settings.SqliteCacheMegabytes, settings.SqliteCheckpointPages, settings.SqliteCheckpointInterval, logger);
            }
        }
        _storeChosen = true;
        return _sqlite;
    }

    public void Dispose()
    {
        _sqlite?.Dispose();
        _sqlite = null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking for writes by other connections failed; cached account states were dropped")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Opening the ledger writer's connection failed; the first batch will try again")]
    private static partial void LogOpenFailed(ILogger logger, Exception exception);
}
