using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.GraphQL;

namespace Timebank.Api.Features.Timebank;

/// <summary><c>ReverseTransferPayload.exchange</c>: the reversal exchange the timebank recorded with the transfer.</summary>
public sealed class ReversalExchangeFields : IObjectFields<ReverseTransferPayloadType>
{
    public void AddTo(ReverseTransferPayloadType type)
        => type.Field<ExchangeType>("exchange")
            .Description("The reversal exchange, for a timebank's transfer; null for other ledgers.")
            .Resolve(c => c.Source.Result is { } reversed ? c.Service<ExchangeByTransferLoader>().Load(reversed.ReversalId) : null);
}
