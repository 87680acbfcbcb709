using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Ledger;

public sealed record ReverseTransferInput(string TransferId, string Reason, string? IdempotencyKey);

/// <summary>What reverseTransfer answers: the new transfer the other way and any soft-limit warnings.</summary>
public sealed record TransferReversed(Id<Transfer> ReversalId, IReadOnlyList<BalanceWarning> Warnings);
