namespace Timebank.Api.Features.Ledger;

/// <summary>
/// How every money- or time-moving mutation runs. The request is prepared (permissions, validation); a refusal there
/// becomes a command that refuses inside the writer. Either way the writer checks the idempotency key before it runs
/// anything, in the same transaction that stores the outcome: a replay gets the first outcome back (refusals
/// included, even if preparing would now turn out differently), other input under the same key is refused, and
/// nothing is read per request outside the batch. A command whose preconditions no longer held when it reached the
/// writer (a setting changed by another API process) wrote nothing and is prepared again.
/// </summary>
public sealed class IdempotentLedger(ILedgerWriter writer)
{
    // Settings changing between preparing and running is rare; changing again at once, rarer still.
    private const int MaxPreparations = 3;

    public async Task<T> RunAsync<T>(IdempotentRequest request, Func<Task<ILedgerCommand<T>>> prepare, CancellationToken cancellationToken)
        where T : class
    {
        for (var preparation = 1; ; preparation++)
        {
            try
            {
                return await writer.SubmitAsync(await PrepareAsync(prepare), request, cancellationToken);
            }
            catch (StalePreparationException) when (preparation < MaxPreparations)
            {
                // What it was prepared from changed (another API process changed a setting): prepare it again.
            }
        }
    }

    private static async Task<ILedgerCommand<T>> PrepareAsync<T>(Func<Task<ILedgerCommand<T>>> prepare)
        where T : class
    {
        try
        {
            return await prepare();
        }
        catch (DomainException refused)
        {
            return new LedgerCommand<T>(new LedgerNeeds([]), (_, _, _) => throw new DomainException(refused.Error));
        }
    }
}
