using GraphQL;
using GraphQL.Types;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Domain.Plans.Plans;

namespace Timebank.Api.Features.Plans.Progress;

public sealed class PlanProgressType : ObjectGraphType<PlanProgress>
{
    public PlanProgressType()
    {
        Name = "PlanProgress";
        Description = "Hours and pounds of the person's support while the plan in force runs, outcome by outcome.";
        Field(p => p.Version).Description("The approved version in force.");
        Field<NonNullGraphType<LocalDateGraphType>>("from").Resolve(c => c.Source.From);
        Field<NonNullGraphType<LocalDateGraphType>>("to").Description("Today, or the day the plan ended.").Resolve(c => c.Source.To);
        Field(p => p.Weeks).Description("Weeks of the plan so far, this one included.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OutcomeUseType>>>>("outcomes").WithComplexityImpact(1, 1).Resolve(c => c.Source.Outcomes);
        Field<NonNullGraphType<OutcomeSpendType>>("elsewhere").Description("Spending that names none of this version's outcomes (before the plan, or an outcome since removed).")
            .Resolve(c => c.Source.Elsewhere);
    }
}

public sealed class OutcomeUseType : ObjectGraphType<OutcomeUse>
{
    public OutcomeUseType()
    {
        Name = "OutcomeUse";
        Field<NonNullGraphType<StringGraphType>>("outcome").Resolve(c => c.Source.Outcome.Key);
        Field<NonNullGraphType<StringGraphType>>("inTheirWords").Resolve(c => c.Source.Outcome.InTheirWords);
        Field(p => p.PlannedMinutesToDate).Description("The outcome's weekly minutes times the weeks so far.");
        Field(p => p.PlannedPenceToDate);
        Field(p => p.MinutesDelivered).Description("Support sessions delivered for it.");
        Field(p => p.MinutesBooked).Description("Sessions booked for it and not yet delivered.");
        Field(p => p.PenceSpent).Description("Cash spent on it (what receipts show, once they are back).");
    }
}

public sealed class OutcomeSpendType : ObjectGraphType<OutcomeSpend>
{
    public OutcomeSpendType()
    {
        Name = "OutcomeSpend";
        Field(s => s.MinutesDelivered);
        Field(s => s.MinutesBooked);
        Field(s => s.PenceSpent);
    }
}

public sealed class PlanProgressQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
        => query.Field<PlanProgressType>("planProgress")
            .Description("How the plan in force is being used, outcome by outcome; null when there is no such plan you may read, or none of its versions is approved.")
            .Argument<NonNullGraphType<IdGraphType>>("planId").RequireAuthentication()
            .ResolveAsync(async c => await c.Service<PlanProgressService>().ForAsync(c.GetArgument<string>("planId"), c.CancellationToken));
}
