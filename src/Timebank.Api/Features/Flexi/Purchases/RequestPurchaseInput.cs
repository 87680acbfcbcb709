using GraphQL.Types;
using NodaTime;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Domain.Flexi.Cash;

namespace Timebank.Api.Features.Flexi;

public sealed record RequestPurchaseInput(string ServiceId, long Pence, string Supplier, string Category, string Description,
    string? Outcome = null, string? CustomerId = null, string? IdempotencyKey = null, string? PlanItem = null);

public sealed record DecidePurchaseInput(string PurchaseId, string? Reason = null, string? IdempotencyKey = null);

public sealed record AttachReceiptInput(string PurchaseId, string Reference, long Pence, LocalDate Date, string? IdempotencyKey = null);

public sealed record FlagPurchaseInput(string PurchaseId, string Note);

public sealed class PurchaseStatusType : EnumerationGraphType<PurchaseStatus>
{
    public PurchaseStatusType() => Name = "PurchaseStatus";
}

public sealed class RequestPurchaseInputType : InputObjectGraphType<RequestPurchaseInput>
{
    public RequestPurchaseInputType()
    {
        Name = "RequestPurchaseInput";
        Field<NonNullGraphType<IdGraphType>>("serviceId");
        Field<IdGraphType>("customerId").Description("Staff asking on a customer's behalf: whose cash; yours when left out.");
        Field<NonNullGraphType<LongGraphType>>("pence");
        Field(i => i.Supplier);
        Field(i => i.Category).Description("Reported by category, e.g. MUSIC, CLOTHES, MEALS OUT.");
        Field(i => i.Description);
        Field<StringGraphType>("outcome").Description("The plan outcome it serves: required, and one of the plan's, while the customer has an approved plan in force.");
        Field<StringGraphType>("planItem").Description("A one-off item the approved plan agrees: bought within what is left of it, it needs no further sign-off.");
        Field<NonNullGraphType<StringGraphType>>("idempotencyKey").Description("Asking again with the same key moves nothing twice.");
    }
}

public sealed class DecidePurchaseInputType : InputObjectGraphType<DecidePurchaseInput>
{
    public DecidePurchaseInputType()
    {
        Name = "DecidePurchaseInput";
        Field<NonNullGraphType<IdGraphType>>("purchaseId");
        Field<StringGraphType>("reason").Description("Required to reject.");
        Field<NonNullGraphType<StringGraphType>>("idempotencyKey").Description("Asking again with the same key moves nothing twice.");
    }
}

public sealed class AttachReceiptInputType : InputObjectGraphType<AttachReceiptInput>
{
    public AttachReceiptInputType()
    {
        Name = "AttachReceiptInput";
        Field<NonNullGraphType<IdGraphType>>("purchaseId");
        Field(i => i.Reference);
        Field<NonNullGraphType<LongGraphType>>("pence").Description("The amount on the receipt; less than was spent returns the change.");
        Field<NonNullGraphType<LocalDateGraphType>>("date");
        Field<NonNullGraphType<StringGraphType>>("idempotencyKey").Description("Asking again with the same key moves nothing twice.");
    }
}

public sealed class FlagPurchaseInputType : InputObjectGraphType<FlagPurchaseInput>
{
    public FlagPurchaseInputType()
    {
        Name = "FlagPurchaseInput";
        Field<NonNullGraphType<IdGraphType>>("purchaseId");
        Field(i => i.Note).Description("What the conversation about outcomes is to be about.");
    }
}
