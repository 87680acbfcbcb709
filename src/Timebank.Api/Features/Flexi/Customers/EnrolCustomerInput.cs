using GraphQL.Types;
using Timebank.Domain.Flexi.Allowances;

namespace Timebank.Api.Features.Flexi;

public sealed record EnrolCustomerInput(string ServiceId, string CustomerId, CashHolding? CashHolding = null);

public sealed class EnrolCustomerInputType : InputObjectGraphType<EnrolCustomerInput>
{
    public EnrolCustomerInputType()
    {
        Name = "EnrolCustomerInput";
        Field<NonNullGraphType<IdGraphType>>("serviceId");
        Field<NonNullGraphType<IdGraphType>>("customerId").Description("A member with the CUSTOMER role in the service's provider.");
        Field<CashHoldingType>("cashHolding").Description("PREPAID_CARD (the default) or CASH_ADVANCE.");
    }
}
