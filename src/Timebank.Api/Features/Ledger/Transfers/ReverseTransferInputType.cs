using GraphQL.Types;

namespace Timebank.Api.Features.Ledger;

public sealed class ReverseTransferInputType : InputObjectGraphType<ReverseTransferInput>
{
    public ReverseTransferInputType()
    {
        Name = "ReverseTransferInput";
        Field<NonNullGraphType<IdGraphType>>("transferId").Description("A posted transfer (for an exchange, its postedTransfer).");
        Field(i => i.Reason);
        Field<NonNullGraphType<StringGraphType>>("idempotencyKey")
            .Description("Chosen by the client, e.g. a UUID: sending the same request again with it returns the first outcome instead of reversing twice.");
    }
}
