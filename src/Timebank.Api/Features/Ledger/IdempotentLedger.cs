using Microsoft.EntityFrameworkCore;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Ledger;

/// <summary>
/// How every money- or time-moving mutation runs: the idempotency key is checked before anything else (a replay
/// gets the first outcome back, refusals included; other input under the same key is refused); then the request is
/// prepared (permissions, validation) and refusals there are stored too; then the command goes to the writer,
/// which stores its outcome in the same transaction as its transfers.
/// </summary>
public sealed class IdempotentLedger(LedgerWriter writer, IDbContextFactory<TimebankDbContext> databases, OutcomeJson outcomes)
{
    public async Task<T> RunAsync<T>(IdempotentRequest request, Func<Task<ILedgerCommand<T>>> prepare, CancellationToken cancellationToken)
        where T : class
    {
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
        {
            var earlier = await db.Set<IdempotencyRecord>().AsNoTracking()
                .FirstOrDefaultAsync(r => r.Scope == request.Scope && r.Key == request.Key.Value, cancellationToken);
            if (earlier is not null)
            {
                return earlier.RequestHash == request.RequestHash
                    ? outcomes.Replay<T>(earlier.Outcome)
                    : throw new DomainException(new IdempotencyKeyReused());
            }
        }

        ILedgerCommand<T> command;
        try
        {
            command = await prepare();
        }
        catch (DomainException refused)
        {
            await writer.RecordRefusalAsync(request, refused.Error, cancellationToken);
            throw;
        }
        return await writer.SubmitAsync(command, request, cancellationToken);
    }
}
