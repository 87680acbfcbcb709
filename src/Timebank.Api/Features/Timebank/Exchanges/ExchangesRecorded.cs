using Timebank.Api.Features.Ledger;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

/// <summary>What an hours-moving timebank mutation answers: the exchanges it wrote and the soft-limit warnings.</summary>
public sealed record ExchangesRecorded(IReadOnlyList<Id<Exchange>> ExchangeIds, IReadOnlyList<BalanceWarning> Warnings);
