using GraphQL;
using GraphQL.Types;
using Timebank.Domain.Plans.Plans;

namespace Timebank.Api.Features.Plans.Plans;

/// <summary>The costed budget as the field's own table: per line the stream, hours, rate, weekly and yearly totals.</summary>
public sealed class CostedBudgetType : ObjectGraphType<CostedBudget>
{
    public CostedBudgetType()
    {
        Name = "CostedBudget";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BudgetLineType>>>>("lines").WithComplexityImpact(1, 1).Resolve(c => c.Source.Lines);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CapitalItemType>>>>("capitalItems").WithComplexityImpact(1, 1).Resolve(c => c.Source.CapitalItems);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StreamRuleType>>>>("rules").WithComplexityImpact(1, 1).Resolve(c => c.Source.Rules);
        Field(b => b.WeeklyPence).Description("Paid support each week, in pence.");
        Field(b => b.YearlyPence).Description("Paid support over 52 weeks, in pence.");
        Field(b => b.CapitalPence).Description("One-off items, in pence.");
        Field(b => b.PaidWeeklyMinutes);
        Field(b => b.UnpaidWeeklyMinutes);
        Field(b => b.PersonControlsWeeklyPence).Description("Where an appointee manages the budget: what the person controls themselves each week.");
    }
}

public sealed class BudgetLineType : ObjectGraphType<BudgetLine>
{
    public BudgetLineType()
    {
        Name = "BudgetLine";
        Field(l => l.FundingStream);
        Field(l => l.Support);
        Field<NonNullGraphType<SupportKindType>>("kind").Resolve(c => c.Source.Kind);
        Field(l => l.WeeklyMinutes);
        Field(l => l.HourlyRatePence);
        Field(l => l.WeeklyPence);
        Field(l => l.YearlyPence);
        Field(l => l.SharedWith, nullable: true);
        Field<StringGraphType>("outcome").Resolve(c => c.Source.OutcomeKey);
        Field(l => l.MeetsRule, nullable: true);
    }
}

public sealed class CapitalItemType : ObjectGraphType<CapitalItem>
{
    public CapitalItemType()
    {
        Name = "CapitalItem";
        Field(i => i.What);
        Field(i => i.Pence);
        Field(i => i.FundingStream);
        Field<NonNullGraphType<StringGraphType>>("outcome").Resolve(c => c.Source.OutcomeKey);
    }
}

public sealed class StreamRuleType : ObjectGraphType<StreamRule>
{
    public StreamRuleType()
    {
        Name = "FundingStreamRule";
        Field(r => r.FundingStream);
        Field(r => r.Rule);
    }
}
