using GraphQL.Types;
using NodaTime;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Domain.Flexi.Periods;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Flexi;

/// <summary>A customer's place in a service and their two balances, seen by the customer and the service's managers.</summary>
public sealed class BudgetType : NodeType<BudgetView>
{
    public BudgetType()
        : base(CustomerService.BudgetTypeName, b => b.Budget.Id.Value)
    {
        Description = "A customer's support time and cash in one service, accrued up to now whenever it is read.";
        Field<NonNullGraphType<FlexiServiceType>>("service").Resolve(c => c.Source.Service);
        Field<NonNullGraphType<MemberType>>("customer").Resolve(c => c.Service<ByIdLoader<Member>>().Load(c.Source.Budget.CustomerId));
        Field<NonNullGraphType<InstantGraphType>>("enrolledAt").Resolve(c => c.Source.Budget.EnrolledAt);
        Field<InstantGraphType>("endedAt").Resolve(c => c.Source.Budget.EndedAt);
        Field<NonNullGraphType<CashHoldingType>>("cashHolding").Resolve(c => c.Source.Budget.CashHolding);
        Field<NonNullGraphType<AllowancePeriodType>>("currentPeriod")
            .Resolve(c => c.Source.Service.Service.Schedule.Containing(c.Service<IClock>().GetCurrentInstant()));
        Field<NonNullGraphType<AccountType>>("supportMinutes").Description("The customer's support-minutes account: available is what can still be booked.")
            .Resolve(c => c.Service<ByIdLoader<Account>>().Load(c.Source.MinutesAccountId));
        Field<NonNullGraphType<AccountType>>("cash").Description("The customer's cash account, in pence: available is what can still be spent.")
            .Resolve(c => c.Service<ByIdLoader<Account>>().Load(c.Source.CashAccountId));
        Field<NonNullGraphType<StringGraphType>>("spendingGuidance").Resolve(c => c.Source.Service.Service.SpendingGuidance);
    }
}

public sealed class AllowancePeriodType : ObjectGraphType<AllowancePeriod>
{
    public AllowancePeriodType()
    {
        Name = "AllowancePeriod";
        Description = "One allowance period in the service's zone; a week holding a clock change is 167 or 169 hours long.";
        Field<NonNullGraphType<LocalDateGraphType>>("firstDay").Resolve(c => c.Source.StartDate);
        Field<NonNullGraphType<LocalDateGraphType>>("lastDay").Resolve(c => c.Source.LastDate);
        Field<NonNullGraphType<InstantGraphType>>("start").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<InstantGraphType>>("end").Resolve(c => c.Source.End);
    }
}
