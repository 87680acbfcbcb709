using GraphQL.Types;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;

namespace Timebank.Api.Features.Ledger;

public sealed class TransferMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
        => MutationField.Add<ReverseTransferPayloadType, ReverseTransferInputType, ReverseTransferInput, TransferReversed>(mutation, "reverseTransfer",
            "Administrators of the ledger (a timebank's coordinators): undoes a transfer with a new one the other way (the journal is never edited).",
            (c, i) => c.Service<TransferReversals>().ReverseAsync(i, c.CancellationToken));
}
