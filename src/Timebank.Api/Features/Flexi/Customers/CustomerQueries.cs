using GraphQL;
using GraphQL.Types;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Execution;

namespace Timebank.Api.Features.Flexi;

public sealed class CustomerQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
        => query.Field<BudgetType>("customerBudget")
            .Description("Your own budget in a service, or (managers) a customer's; accrued up to now first. Null when there is none or it is not yours to see.")
            .Argument<NonNullGraphType<IdGraphType>>("serviceId")
            .Argument<IdGraphType>("customerId", "Managers: whose budget; yours when left out.")
            .RequireAuthentication()
            .ResolveAsync(async c => await c.Service<CustomerService>().BudgetAsync(c.GetArgument<string>("serviceId"), c.GetArgument<string?>("customerId"), c.CancellationToken));
}

public sealed class CustomerMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        MutationField.Add<ResultPayloadType<BudgetView, BudgetType>, EnrolCustomerInputType, EnrolCustomerInput, BudgetView>(mutation, "enrolCustomer",
            "Managers: enrols a CUSTOMER of the provider, opening their support-minutes and cash accounts; their allowance accrues from the period they join in.",
            (c, i) => c.Service<CustomerService>().EnrolAsync(i, c.CancellationToken));
        MutationField.Add<ResultPayloadType<BudgetView, BudgetType>, EndCustomerInputType, EndCustomerInput, BudgetView>(mutation, "endCustomer",
            "Managers: ends a customer's budget. Accrual stops, booked sessions are cancelled and purchases awaiting sign-off withdrawn (their holds voided), "
            + "unused minutes go back to funding, and unspent cash too unless the policy keeps it for the customer.",
            (c, i) => c.Service<CustomerLeavingService>().EndAsync(i, c.CancellationToken));
    }
}
