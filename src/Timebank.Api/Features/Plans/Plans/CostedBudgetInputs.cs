using GraphQL.Types;
using Timebank.Domain.Plans.Plans;

namespace Timebank.Api.Features.Plans.Plans;

public sealed record BudgetLineInput(string FundingStream, string Support, SupportKind? Kind, long WeeklyMinutes, long? HourlyRatePence,
    string? SharedWith, string? Outcome, string? MeetsRule);

public sealed record CapitalItemInput(string What, long Pence, string FundingStream, string Outcome);

public sealed record StreamRuleInput(string FundingStream, string Rule);

public sealed record CostedBudgetInput(List<BudgetLineInput>? Lines, List<CapitalItemInput>? CapitalItems, List<StreamRuleInput>? Rules, long? PersonControlsWeeklyPence)
{
    /// <summary>The domain checks it against the plan's outcomes as the content is made.</summary>
    public Func<Func<string?, string, string?>, CostedBudget> ToBudget() => outcome => CostedBudget.Create(
        Lines?.Select(l => new BudgetLine(l.FundingStream, l.Support, l.Kind ?? SupportKind.Paid, l.WeeklyMinutes, l.HourlyRatePence ?? 0, l.SharedWith, l.Outcome, l.MeetsRule)).ToList(),
        CapitalItems?.Select(c => new CapitalItem(c.What, c.Pence, c.FundingStream, c.Outcome)).ToList(),
        Rules?.Select(r => new StreamRule(r.FundingStream, r.Rule)).ToList(),
        PersonControlsWeeklyPence ?? 0, outcome);
}

public sealed class SupportKindType : EnumerationGraphType<SupportKind>
{
    public SupportKindType() => Name = "SupportKind";
}

public sealed class BudgetLineInputType : InputObjectGraphType<BudgetLineInput>
{
    public BudgetLineInputType()
    {
        Name = "BudgetLineInput";
        Field(i => i.FundingStream).Description("e.g. Adult social care, Supporting People (housing support), Independent Living Fund.");
        Field(i => i.Support).Description("What the support is, e.g. personal assistant, college support.");
        Field<SupportKindType>("kind").Description("PAID unless left to family, friends or volunteers (UNPAID, at no cost).");
        Field(i => i.WeeklyMinutes).Description("Hours a week, in minutes.");
        Field(i => i.HourlyRatePence, nullable: true).Description("Paid support's hourly rate, in pence.");
        Field(i => i.SharedWith, nullable: true).Description("Support shared with another person: whom; the hours are contracted jointly and this line is this person's part.");
        Field(i => i.Outcome, nullable: true).Description("The key of the outcome it serves.");
        Field(i => i.MeetsRule, nullable: true).Description("How it keeps to its funding stream's rule; required where the stream has one.");
    }
}

public sealed class CapitalItemInputType : InputObjectGraphType<CapitalItemInput>
{
    public CapitalItemInputType()
    {
        Name = "CapitalItemInput";
        Field(i => i.What).Description("A one-off item; a purchase naming it as its planItem needs no further sign-off.");
        Field(i => i.Pence);
        Field(i => i.FundingStream);
        Field(i => i.Outcome).Description("The key of the outcome it serves.");
    }
}

public sealed class StreamRuleInputType : InputObjectGraphType<StreamRuleInput>
{
    public StreamRuleInputType()
    {
        Name = "FundingStreamRuleInput";
        Field(i => i.FundingStream);
        Field(i => i.Rule).Description("e.g. housing-support time must be tenancy related.");
    }
}

public sealed class CostedBudgetInputType : InputObjectGraphType<CostedBudgetInput>
{
    public CostedBudgetInputType()
    {
        Name = "CostedBudgetInput";
        Field<ListGraphType<NonNullGraphType<BudgetLineInputType>>>("lines");
        Field<ListGraphType<NonNullGraphType<CapitalItemInputType>>>("capitalItems");
        Field<ListGraphType<NonNullGraphType<StreamRuleInputType>>>("rules");
        Field(i => i.PersonControlsWeeklyPence, nullable: true).Description("Where an appointee manages the budget: the weekly amount the person controls themselves.");
    }
}
