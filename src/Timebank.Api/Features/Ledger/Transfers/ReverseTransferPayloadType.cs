using GraphQL.Types;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Ledger;

/// <summary>reverseTransfer's answer; a feature adds what it recorded beside the reversal (the timebank: <c>exchange</c>).</summary>
public sealed class ReverseTransferPayloadType : PayloadType<TransferReversed>
{
    /// <summary>For the type's name only; the schema builds it through DI.</summary>
    public ReverseTransferPayloadType()
        : this([])
    {
    }

    [ActivatorUtilitiesConstructor]
    public ReverseTransferPayloadType(IEnumerable<IObjectFields<ReverseTransferPayloadType>> extensions)
        : base("ReverseTransferPayload")
    {
        Description = "The reversing transfer, what the ledger's feature recorded with it, and any soft-limit warnings.";
        Field<TransferType>("reversal").Resolve(c => c.Source.Result is { } r ? c.Service<ByIdLoader<Transfer>>().Load(r.ReversalId) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BalanceWarningType>>>>("warnings")
            .Resolve(c => (object?)c.Source.Result?.Warnings ?? Array.Empty<BalanceWarning>());
        this.Apply(extensions);
    }
}
