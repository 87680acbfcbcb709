using GraphQL;
using GraphQL.Types;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Domain.Members;
using Timebank.Domain.Plans.Budgets;

namespace Timebank.Api.Features.Plans.Budgets;

/// <summary>The type names inside the global ids of assessments and challenges.</summary>
public static class BudgetTypeNames
{
    public const string Rules = "AllocationRules";
    public const string Assessment = "SelfAssessment";
    public const string Challenge = "BudgetChallenge";
}

public sealed class AllocationRulesType : ObjectGraphType<AllocationRules>
{
    public AllocationRulesType()
    {
        Name = BudgetTypeNames.Rules;
        Description = "One published version of how an organisation turns a self-assessment into an indicative weekly budget.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(BudgetTypeNames.Rules, c.Source.Id.Value));
        Field(r => r.Version).Description("1 for the first published; each publication makes the next.");
        Field(r => r.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AllocationQuestionType>>>>("questions").Resolve(c => c.Source.Questions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BudgetBandType>>>>("bands").Description("Lowest first; together they hold every total from 0 to maxPoints.").Resolve(c => c.Source.Bands);
        Field<NonNullGraphType<IntGraphType>>("maxPoints").Resolve(c => c.Source.MaxPoints);
        Field(r => r.PublishedAt);
    }
}

public sealed class AllocationQuestionType : ObjectGraphType<AllocationQuestion>
{
    public AllocationQuestionType()
    {
        Name = "AllocationQuestion";
        Field(q => q.Key);
        Field(q => q.Text);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AnswerOptionType>>>>("answers").Resolve(c => c.Source.Answers);
    }
}

public sealed class AnswerOptionType : ObjectGraphType<AnswerOption>
{
    public AnswerOptionType()
    {
        Name = "AnswerOption";
        Field(a => a.Key);
        Field(a => a.Text);
        Field(a => a.Points);
    }
}

public sealed class BudgetBandType : ObjectGraphType<BudgetBand>
{
    public BudgetBandType()
    {
        Name = "BudgetBand";
        Field(b => b.FromPoints);
        Field(b => b.ToPoints).Description("Included.");
        Field(b => b.WeeklyPence);
        Field(b => b.WeeklyMinutes);
        Field<NonNullGraphType<StringGraphType>>("inWords").Resolve(c => c.Source.Describe());
    }
}

public sealed class WorkingStepType : ObjectGraphType<WorkingStep>
{
    public WorkingStepType()
    {
        Name = "BudgetWorkingStep";
        Field(s => s.Question);
        Field(s => s.Answer);
        Field(s => s.Points);
        Field(s => s.InWords);
    }
}

public sealed class IndicativeBudgetType : ObjectGraphType<PersonBudget>
{
    public IndicativeBudgetType()
    {
        Name = "IndicativeBudget";
        Description = "A person's indicative weekly budget with every step of how it was worked out, and their latest challenge to it.";
        Field<NonNullGraphType<IdGraphType>>("assessmentId").Description("Give this to challengeBudget.")
            .Resolve(c => GlobalId.Encode(BudgetTypeNames.Assessment, c.Source.Working.Assessment.Id.Value));
        Field<NonNullGraphType<MemberType>>("person").Resolve(c => c.Service<ByIdLoader<Member>>().Load(c.Source.Working.Assessment.PersonId));
        Field<NonNullGraphType<AllocationRulesType>>("rules").Description("The version the budget was worked out with.").Resolve(c => c.Source.Working.Rules);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkingStepType>>>>("steps").Resolve(c => c.Source.Working.Steps);
        Field<NonNullGraphType<IntGraphType>>("points").Resolve(c => c.Source.Working.Assessment.Points);
        Field<NonNullGraphType<BudgetBandType>>("band").Resolve(c => c.Source.Working.Band);
        Field<NonNullGraphType<LongGraphType>>("workedWeeklyPence").Description("What the rules gave, before any upheld challenge.").Resolve(c => c.Source.Working.Assessment.WeeklyPence);
        Field<NonNullGraphType<LongGraphType>>("workedWeeklyMinutes").Resolve(c => c.Source.Working.Assessment.WeeklyMinutes);
        Field<NonNullGraphType<LongGraphType>>("weeklyPence").Description("The budget now: an upheld challenge's amount, else what the rules gave.").Resolve(c => c.Source.Working.WeeklyPence);
        Field<NonNullGraphType<LongGraphType>>("weeklyMinutes").Resolve(c => c.Source.Working.WeeklyMinutes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("inWords").Description("The working as sentences, in order.").Resolve(c => c.Source.Working.InWords);
        Field<BudgetChallengeType>("challenge").Description("The latest challenge to this budget, whatever its status.").Resolve(c => c.Source.Challenge);
        Field<NonNullGraphType<Platform.GraphQL.Scalars.InstantGraphType>>("submittedAt").Resolve(c => c.Source.Working.Assessment.SubmittedAt);
    }
}

public sealed class ChallengeStatusType : EnumerationGraphType<ChallengeStatus>
{
    public ChallengeStatusType() => Name = "BudgetChallengeStatus";
}

public sealed class BudgetChallengeType : ObjectGraphType<BudgetChallenge>
{
    public BudgetChallengeType()
    {
        Name = BudgetTypeNames.Challenge;
        Description = "A person's challenge to their indicative budget, and its outcome; visible to the person and the organisation's staff.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(BudgetTypeNames.Challenge, c.Source.Id.Value));
        Field(x => x.Reason);
        Field(x => x.SupportedBy, nullable: true).Description("Who supports the person in the challenge, as they named them.");
        Field(x => x.RaisedOn);
        Field<NonNullGraphType<ChallengeStatusType>>("status").Resolve(c => c.Source.Status);
        Field(x => x.DecidedOn, nullable: true);
        Field(x => x.DecisionNote, nullable: true);
        Field(x => x.NewWeeklyPence, nullable: true);
        Field(x => x.NewWeeklyMinutes, nullable: true);
    }
}
