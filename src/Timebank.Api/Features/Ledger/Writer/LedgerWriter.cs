using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Timebank.Api.Platform.Persistence;

namespace Timebank.Api.Features.Ledger;

/// <summary>
/// The only way hours and money move. Requests queue here; one writer takes everything waiting and runs it in a
/// single database transaction (group commit, see <see cref="LedgerBatchRunner"/>): each request keeps its own
/// outcome, its idempotency record is written with its transfers, and nobody hears back until the commit is durable.
/// <para>
/// Correctness does not rest on the queue alone: accounts are locked for the transaction (<see cref="ILedgerLocking"/>)
/// and the database re-checks limits and the journal's shape, so several API processes on one PostgreSQL database
/// stay consistent.
/// </para>
/// </summary>
public sealed partial class LedgerWriter(LedgerBatchRunner runner, OutcomeJson outcomes, WriteActor actor, IOptions<LedgerOptions> options, ILogger<LedgerWriter> logger)
    : BackgroundService, ILedgerWriter
{
    private readonly Channel<LedgerSubmission> _queue = Channel.CreateUnbounded<LedgerSubmission>(new UnboundedChannelOptions { SingleReader = true });
    private readonly LedgerOptions _options = options.Value;

    /// <summary>Runs a command and returns its result, or throws its refusal (the stored one, for a replayed key).</summary>
    public async Task<TResult> SubmitAsync<TResult>(ILedgerCommand<TResult> command, IdempotentRequest? idempotency, CancellationToken cancellationToken)
        where TResult : class
    {
        var submission = LedgerSubmission.Of(command, idempotency, actor.Current);
        await _queue.Writer.WriteAsync(submission, cancellationToken);
        return await submission.ResultAsync<TResult>(outcomes, cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = _queue.Reader;
        var batch = new List<LedgerSubmission>(_options.MaxBatchSize);
        runner.OpenWriterConnection();
        while (await WaitForWorkAsync(reader, stoppingToken))
        {
            batch.Clear();
            while (batch.Count < _options.MaxBatchSize && reader.TryRead(out var next))
                batch.Add(next);
            await ProcessAsync(batch, stoppingToken);
        }
    }

    /// <summary>Waits for requests; on SQLite an idle writer wakes every so often to look for writes by others.</summary>
    private async Task<bool> WaitForWorkAsync(ChannelReader<LedgerSubmission> reader, CancellationToken stoppingToken)
    {
        while (true)
        {
            if (!runner.HasSqliteWriter || reader.TryPeek(out _))
                return await reader.WaitToReadAsync(stoppingToken);
            using var idle = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            idle.CancelAfter(_options.IdleCheckInterval);
            try
            {
                return await reader.WaitToReadAsync(idle.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                await runner.CheckForOtherWritersAsync(stoppingToken);
            }
        }
    }

    private async Task ProcessAsync(List<LedgerSubmission> batch, CancellationToken cancellationToken, bool again = false)
    {
        try
        {
            await runner.RunAsync(batch, cancellationToken);
        }
        catch (Exception failure) when (batch.Count > 1 && failure is not OperationCanceledException)
        {
            // One request broke the shared transaction (a bug, or a database refusal): run each alone so the
            // others still commit, and only the broken one fails.
            LogBatchRetry(logger, failure, batch.Count);
            foreach (var submission in batch)
                await ProcessAsync([submission], cancellationToken);
        }
        catch (Exception failure) when (!again && WriteConflict.IsLostRace(failure))
        {
            // Another writer (another API process) committed the same key first: run it once more, and it finds
            // that outcome and answers with it, as any replay does.
            LogConflictRetry(logger, failure);
            await ProcessAsync(batch, cancellationToken, again: true);
        }
        catch (Exception failure)
        {
            foreach (var submission in batch)
                submission.Completion.TrySetException(failure);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A ledger request lost a race with another writer; running it again")]
    private static partial void LogConflictRetry(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A ledger batch of {Count} failed as a whole; running its requests one by one")]
    private static partial void LogBatchRetry(ILogger logger, Exception exception, int count);
}
