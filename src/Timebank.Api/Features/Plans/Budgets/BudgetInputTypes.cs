using GraphQL.Types;

namespace Timebank.Api.Features.Plans.Budgets;

public sealed class AnswerOptionInputType : InputObjectGraphType<AnswerOptionInput>
{
    public AnswerOptionInputType()
    {
        Name = "AnswerOptionInput";
        Field(i => i.Key).Description("A short code: letters, digits, dashes or underscores.");
        Field(i => i.Text);
        Field(i => i.Points).Description("0 to 1,000.");
    }
}

public sealed class AllocationQuestionInputType : InputObjectGraphType<AllocationQuestionInput>
{
    public AllocationQuestionInputType()
    {
        Name = "AllocationQuestionInput";
        Field(i => i.Key);
        Field(i => i.Text);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AnswerOptionInputType>>>>("answers").Description("2 to 12; a person picks one.");
    }
}

public sealed class BudgetBandInputType : InputObjectGraphType<BudgetBandInput>
{
    public BudgetBandInputType()
    {
        Name = "BudgetBandInput";
        Field(i => i.FromPoints);
        Field(i => i.ToPoints).Description("Included.");
        Field(i => i.WeeklyPence);
        Field(i => i.WeeklyMinutes);
    }
}

public sealed class PublishAllocationRulesInputType : InputObjectGraphType<PublishAllocationRulesInput>
{
    public PublishAllocationRulesInputType()
    {
        Name = "PublishAllocationRulesInput";
        Field<NonNullGraphType<IdGraphType>>("organisationId");
        Field(i => i.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AllocationQuestionInputType>>>>("questions");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BudgetBandInputType>>>>("bands").Description("Together they must hold every total from 0 to the most the answers can score, once each.");
    }
}

public sealed class GivenAnswerInputType : InputObjectGraphType<GivenAnswerInput>
{
    public GivenAnswerInputType()
    {
        Name = "GivenAnswerInput";
        Field(i => i.Question).Description("The question's key.");
        Field(i => i.Answer).Description("The chosen answer's key.");
    }
}

public sealed class SubmitSelfAssessmentInputType : InputObjectGraphType<SubmitSelfAssessmentInput>
{
    public SubmitSelfAssessmentInputType()
    {
        Name = "SubmitSelfAssessmentInput";
        Field<NonNullGraphType<IdGraphType>>("organisationId");
        Field<IdGraphType>("personId").Description("Staff answering with a person; left out, the person is you.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GivenAnswerInputType>>>>("answers").Description("One for every question of the latest rules.");
    }
}

public sealed class ChallengeBudgetInputType : InputObjectGraphType<ChallengeBudgetInput>
{
    public ChallengeBudgetInputType()
    {
        Name = "ChallengeBudgetInput";
        Field<NonNullGraphType<IdGraphType>>("assessmentId");
        Field(i => i.Reason).Description("Why the budget is wrong, in the person's words (up to 4,000 characters).");
        Field(i => i.SupportedBy, nullable: true).Description("Who supports the person in the challenge: an advocate, a relative, a peer broker.");
    }
}

public sealed class DecideBudgetChallengeInputType : InputObjectGraphType<DecideBudgetChallengeInput>
{
    public DecideBudgetChallengeInputType()
    {
        Name = "DecideBudgetChallengeInput";
        Field<NonNullGraphType<IdGraphType>>("challengeId");
        Field(i => i.Upheld);
        Field(i => i.Note, nullable: true).Description("Required when the challenge is not upheld: the reason, for the person.");
        Field(i => i.WeeklyPence, nullable: true).Description("Upheld: the new weekly amount.");
        Field(i => i.WeeklyMinutes, nullable: true).Description("Upheld: the new weekly support time (unchanged when left out).");
    }
}
