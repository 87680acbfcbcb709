using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Common;
using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Ledger;

/// <summary>
/// reverseTransfer for every purpose: an administrator of the ledger undoes a posted transfer with a new one the other
/// way, pointing at the original (the journal is never edited). The purpose's <see cref="ILedgerReversal"/> records
/// its own rows beside it in the same command; a transfer is reversed at most once, however often it is asked.
/// </summary>
public sealed class TransferReversals(
    LedgerOperations operations, LedgerAdministration administration, LedgerPurposes purposes,
    IEnumerable<ILedgerReversal> reversals, IDbContextFactory<TimebankDbContext> databases)
{
    public const int ReasonMaxLength = 500;

    public async Task<TransferReversed> ReverseAsync(ReverseTransferInput input, CancellationToken cancellationToken)
    {
        ReversalPlan? plan = null;
        return await operations.RunAsync<TransferReversed>("reverseTransfer", input.IdempotencyKey, input with { IdempotencyKey = null }, async actor =>
        {
            var transferId = GlobalId.Parse<Transfer>(input.TransferId, TransferType.TypeName, "transferId");
            var reason = Text.Required(input.Reason, "reason", ReasonMaxLength);
            Transfer? found;
            await using (var db = await databases.CreateDbContextAsync(cancellationToken))
                found = await db.Set<Transfer>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == transferId, cancellationToken);
            var (ledger, administrator) = await administration.RequireAdministratorAsync(found?.LedgerId, new NotFound("transfer", input.TransferId), "reverse transfers", cancellationToken);
            var request = new ReversalRequest(found!, ledger, actor, administrator, reason);
            plan = reversals.FirstOrDefault(r => r.Purpose == ledger.Purpose) is { } feature
                ? await feature.PrepareAsync(request, cancellationToken)
                : await PlainAsync(request, cancellationToken);
            return new LedgerCommand<TransferReversed>(new LedgerNeeds([], Reversals: [transferId], Preconditions: plan.Preconditions), (book, now, inserts) =>
            {
                var reversal = book.Reverse(transferId, plan.Kind, now, plan.ValueDate(now));
                plan.Record?.Invoke(reversal, now, inserts);
                // The asker administers the ledger, so both balances are theirs to hear about.
                return new TransferReversed(reversal.Id, BalanceWarning.Of(book, [reversal.DebitAccountId, reversal.CreditAccountId]));
            });
        }, cancellationToken, (_, refused) => plan?.Present is { } present ? present(refused) : Task.FromResult(refused));
    }

    private async Task<ReversalPlan> PlainAsync(ReversalRequest request, CancellationToken cancellationToken)
    {
        var zone = await purposes.Of(request.Ledger.Purpose).ZoneAsync(request.Ledger, cancellationToken);
        return new ReversalPlan(request.Original.Code, now => now.InZone(zone).Date);
    }
}
