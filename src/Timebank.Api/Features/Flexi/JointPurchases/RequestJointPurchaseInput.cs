using GraphQL.Types;
using NodaTime;
using Timebank.Api.Platform.GraphQL.Scalars;

namespace Timebank.Api.Features.Flexi;

public sealed record JointShareInput(string CustomerId, long Pence);

public sealed record RequestJointPurchaseInput(string ServiceId, IReadOnlyList<JointShareInput> Shares, string Supplier, string Category, string Description,
    string? Outcome = null, string? IdempotencyKey = null);

/// <summary>A customer agreeing to or declining their share, or a manager signing off or rejecting the whole.</summary>
public sealed record DecideJointShareInput(string PurchaseId, string? Reason = null, string? IdempotencyKey = null);

public sealed record AttachJointReceiptInput(string PurchaseId, string Reference, long Pence, LocalDate Date, string? IdempotencyKey = null);

public sealed class JointShareInputType : InputObjectGraphType<JointShareInput>
{
    public JointShareInputType()
    {
        Name = "JointShareInput";
        Field<NonNullGraphType<IdGraphType>>("customerId").Description("A customer of the service.");
        Field<NonNullGraphType<LongGraphType>>("pence").Description("Their share, in pence, from their cash.");
    }
}

public sealed class RequestJointPurchaseInputType : InputObjectGraphType<RequestJointPurchaseInput>
{
    public RequestJointPurchaseInputType()
    {
        Name = "RequestJointPurchaseInput";
        Field<NonNullGraphType<IdGraphType>>("serviceId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JointShareInputType>>>>("shares").Description("Two or more customers, each once, with their share.");
        Field(i => i.Supplier);
        Field(i => i.Category).Description("Reported by category, e.g. LEARNING.");
        Field(i => i.Description);
        Field<StringGraphType>("outcome").Description("The plan outcome it serves.");
        Field<NonNullGraphType<StringGraphType>>("idempotencyKey").Description("Asking again with the same key moves nothing twice.");
    }
}

public sealed class DecideJointShareInputType : InputObjectGraphType<DecideJointShareInput>
{
    public DecideJointShareInputType()
    {
        Name = "DecideJointPurchaseInput";
        Field<NonNullGraphType<IdGraphType>>("purchaseId");
        Field<StringGraphType>("reason").Description("Required to reject; optional when declining a share.");
        Field<NonNullGraphType<StringGraphType>>("idempotencyKey").Description("Asking again with the same key moves nothing twice.");
    }
}

public sealed class AttachJointReceiptInputType : InputObjectGraphType<AttachJointReceiptInput>
{
    public AttachJointReceiptInputType()
    {
        Name = "AttachJointPurchaseReceiptInput";
        Field<NonNullGraphType<IdGraphType>>("purchaseId");
        Field(i => i.Reference);
        Field<NonNullGraphType<LongGraphType>>("pence").Description("The amount on the receipt; less than was spent returns the difference to the customers in proportion to their shares.");
        Field<NonNullGraphType<LocalDateGraphType>>("date");
        Field<NonNullGraphType<StringGraphType>>("idempotencyKey").Description("Asking again with the same key moves nothing twice.");
    }
}
