using Timebank.Api.Platform.Auth;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Ledger;

/// <summary>
/// The helper every hours- or money-moving mutation calls: who asks, then the idempotency request (the operation's
/// name and its input without the key), then <paramref name="prepare"/> (permissions and validation: a refusal there
/// is stored as the outcome), then the command in the writer. See <see cref="IdempotentLedger"/> for the guarantees.
/// </summary>
public sealed class LedgerOperations(Viewer viewer, IdempotentLedger ledger)
{
    /// <param name="inputWithoutKey">The input with its idempotency key cleared (<c>input with { IdempotencyKey = null }</c>).</param>
    /// <param name="present">Puts a refusal in the asker's terms (replays too); return the error unchanged to keep it.</param>
    public async Task<T> RunAsync<T>(string operation, string? idempotencyKey, object inputWithoutKey,
        Func<Id<Member>, Task<ILedgerCommand<T>>> prepare, CancellationToken cancellationToken,
        Func<Id<Member>, DomainError, Task<DomainError>>? present = null)
        where T : class
    {
        var actor = await viewer.RequireIdAsync();
        try
        {
            return await ledger.RunAsync(IdempotentRequest.For(actor, idempotencyKey, operation, inputWithoutKey), () => prepare(actor), cancellationToken);
        }
        catch (DomainException refused) when (present is not null)
        {
            var shown = await present(actor, refused.Error);
            if (ReferenceEquals(shown, refused.Error))
                throw;
            throw new DomainException(shown);
        }
    }
}
