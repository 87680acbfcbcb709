using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Ledger;

/// <summary>
/// How every money- or time-moving mutation runs. The request is prepared (permissions, validation); a refusal there
/// becomes a command that refuses inside the writer. Either way the writer checks the idempotency key before it runs
/// anything, in the same transaction that stores the outcome: a replay gets the first outcome back (refusals
/// included, even if preparing would now turn out differently), other input under the same key is refused, and
/// nothing is read per request outside the batch.
/// </summary>
public sealed class IdempotentLedger(LedgerWriter writer)
{
    public async Task<T> RunAsync<T>(IdempotentRequest request, Func<Task<ILedgerCommand<T>>> prepare, CancellationToken cancellationToken)
        where T : class
    {
        ILedgerCommand<T> command;
        try
        {
            command = await prepare();
        }
        catch (DomainException refused)
        {
            command = new LedgerCommand<T>(new LedgerNeeds([]), (_, _, _) => throw new DomainException(refused.Error));
        }
        return await writer.SubmitAsync(command, request, cancellationToken);
    }
}
