using GraphQL.Types;
using NodaTime;
using Timebank.Domain.Plans.Reviews;

namespace Timebank.Api.Features.Plans.Reviews;

public sealed record OutcomeReviewInput(string Outcome, OutcomeProgress Progress, string? Note);

public sealed record RecordReviewInput(string PlanId, List<OutcomeReviewInput> Outcomes, int ControlRating, DecisionMaker Decides, string? InTheirWords, LocalDate HeldOn, LocalDate NextReviewOn);

public sealed class OutcomeProgressType : EnumerationGraphType<OutcomeProgress>
{
    public OutcomeProgressType() => Name = "OutcomeProgress";
}

public sealed class DecisionMakerType : EnumerationGraphType<DecisionMaker>
{
    public DecisionMakerType()
    {
        Name = "DecisionMaker";
        Description = "Who the person says makes the decisions about their support.";
    }
}

public sealed class OutcomeReviewInputType : InputObjectGraphType<OutcomeReviewInput>
{
    public OutcomeReviewInputType()
    {
        Name = "OutcomeReviewInput";
        Field(i => i.Outcome).Description("The key of an outcome of the approved plan.");
        Field<NonNullGraphType<OutcomeProgressType>>("progress");
        Field(i => i.Note, nullable: true);
    }
}

public sealed class RecordReviewInputType : InputObjectGraphType<RecordReviewInput>
{
    public RecordReviewInputType()
    {
        Name = "RecordReviewInput";
        Field<NonNullGraphType<IdGraphType>>("planId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OutcomeReviewInputType>>>>("outcomes").Description("Progress on every outcome of the approved plan, each once.");
        Field(i => i.ControlRating).Description($"How much control the person says they have, {ControlRating.Lowest} (none) to {ControlRating.Highest} (full).");
        Field<NonNullGraphType<DecisionMakerType>>("decides");
        Field(i => i.InTheirWords, nullable: true).Description("How it has gone, in the person's own words.");
        Field(i => i.HeldOn).Description("When the review took place; not in the future.");
        Field(i => i.NextReviewOn).Description("When the next review falls; after this one.");
    }
}
