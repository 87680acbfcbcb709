using GraphQL;
using GraphQL.Types;
using NodaTime;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Domain.Plans.Reviews;

namespace Timebank.Api.Features.Plans.Reviews;

public sealed class PlanReviewQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewDueType>>>>("reviewsDue")
            .Description($"For the organisation's staff: approved plans whose next review falls on or before dueBy, soonest first (up to {PlanReviewService.MaxDue}); empty for anyone else.")
            .Argument<NonNullGraphType<IdGraphType>>("organisationId")
            .Argument<NonNullGraphType<LocalDateGraphType>>("dueBy")
            .RequireAuthentication()
            .ResolveAsync(async c => await c.Service<PlanReviewService>().DueAsync(c.GetArgument<string>("organisationId"), c.GetArgument<LocalDate>("dueBy"), c.CancellationToken));

        query.Field<ControlReportType>("controlReport")
            .Description("For the organisation's managers, coordinators and commissioners: how people's control over their support changed over reviews held from..to. Figures only, no notes; null for anyone else.")
            .Argument<NonNullGraphType<IdGraphType>>("organisationId")
            .Argument<NonNullGraphType<LocalDateGraphType>>("from")
            .Argument<NonNullGraphType<LocalDateGraphType>>("to")
            .RequireAuthentication()
            .ResolveAsync(async c => await c.Service<PlanReviewService>().ReportAsync(c.GetArgument<string>("organisationId"), c.GetArgument<LocalDate>("from"), c.GetArgument<LocalDate>("to"), c.CancellationToken));
    }
}

public sealed class PlanReviewMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
        => MutationField.Add<ResultPayloadType<PlanReview, PlanReviewType>, RecordReviewInputType, RecordReviewInput, PlanReview>(mutation, "recordReview",
            "Records a review of a plan's approved version (the person, or the staff who support them): progress on each outcome, a control rating, who decides, their words, the next review.",
            (c, input) => c.Service<PlanReviewService>().RecordAsync(input, c.CancellationToken));
}
