using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.Caching;
using Timebank.Domain.Ledger;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

/// <summary>
/// The timebank's part in reverseTransfer: a reversal exchange beside the reversing transfer, pointing at the exchange
/// it corrects, dated today in the timebank's zone, and a limit refusal naming whose balance it would break.
/// </summary>
public sealed class ExchangeReversal(TimebankService timebanks, ExchangeByTransferLoader exchanges, LimitRefusals refusals, LookupCache cache)
    : ILedgerReversal
{
    public LedgerPurpose Purpose => TimebankLedger.Hours;

    public async Task<ReversalPlan> PrepareAsync(ReversalRequest request, CancellationToken cancellationToken)
    {
        var reason = ExchangeDescription.Parse(request.Reason, "reason");
        var transfer = request.Original;
        var settings = await timebanks.TimebankAsync(request.Ledger.OrganisationId, cancellationToken);
        var original = await exchanges.LoadAsync(transfer.Id, cancellationToken);
        // The reversal takes back from whoever was credited (the giver) and returns to whoever was debited.
        Party[] parties =
        [
            new(transfer.CreditAccountId, "transferId", "giver", original?.CreditedMemberId, Readable: true),
            new(transfer.DebitAccountId, "transferId", "receiver", original?.DebitedMemberId, Readable: true),
        ];
        return new ReversalPlan(
            (int)ExchangeKind.Reversal,
            settings.Today,
            Record: (reversal, now, inserts) => inserts.Add(Exchange.Record(ExchangeKind.Reversal, settings.OrganisationId, original?.DebitedMemberId, original?.CreditedMemberId,
                Amount.Of(reversal.Amount, "amount"), reason, original?.CategoryId, ExchangeDate.Today(settings.Today(now)), request.Actor, now, reversal.Id, reverses: original?.Id)),
            Preconditions: [new SettingsUnchanged(settings, () => cache.Forget(TimebankService.SettingsKey(settings.OrganisationId)))],
            Present: async refused => refused is LimitExceeded limit ? await refusals.PresentAsync(limit, parties, request.Actor, cancellationToken) : refused);
    }
}
