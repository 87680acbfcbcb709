using GraphQL.Types;

namespace Timebank.Api.Features.Flexi;

public sealed record EndCustomerInput(string ServiceId, string CustomerId, string? IdempotencyKey = null);

public sealed class EndCustomerInputType : InputObjectGraphType<EndCustomerInput>
{
    public EndCustomerInputType()
    {
        Name = "EndCustomerInput";
        Field<NonNullGraphType<IdGraphType>>("serviceId");
        Field<NonNullGraphType<IdGraphType>>("customerId").Description("The customer whose running budget ends.");
        Field<NonNullGraphType<StringGraphType>>("idempotencyKey").Description("Asking again with the same key moves nothing twice.");
    }
}
