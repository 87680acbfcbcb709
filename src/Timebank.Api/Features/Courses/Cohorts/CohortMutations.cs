using GraphQL.Types;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Domain.Courses;

namespace Timebank.Api.Features.Courses.Cohorts;

public sealed class CohortMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ResultPayloadType<Cohort, CohortType>>>("scheduleCohort")
            .Description("Schedules a run of a course (its organisers): future sessions that do not overlap, a capacity, accredited facilitators.")
            .Argument<NonNullGraphType<ScheduleCohortInputType>>("input").RequireAuthentication()
            .ResolveAsync(async c => await Mutations.RunAsync(c, () => c.Service<CohortService>().ScheduleAsync(c.Input<ScheduleCohortInput>(), c.CancellationToken)));

        mutation.Field<NonNullGraphType<ResultPayloadType<Cohort, CohortType>>>("rescheduleSession")
            .Description("Moves a session that has not started to a future time that overlaps no other.")
            .Argument<NonNullGraphType<RescheduleSessionInputType>>("input").RequireAuthentication()
            .ResolveAsync(async c => await Mutations.RunAsync(c, () => c.Service<CohortService>().RescheduleAsync(c.Input<RescheduleSessionInput>(), c.CancellationToken)));

        mutation.Field<NonNullGraphType<ResultPayloadType<Cohort, CohortType>>>("cancelSession")
            .Description("Cancels a session whose register has not been taken.")
            .Argument<NonNullGraphType<CancelSessionInputType>>("input").RequireAuthentication()
            .ResolveAsync(async c => await Mutations.RunAsync(c, () => c.Service<CohortService>().CancelSessionAsync(c.Input<CancelSessionInput>(), c.CancellationToken)));

        mutation.Field<NonNullGraphType<ResultPayloadType<Cohort, CohortType>>>("changeCohortCapacity")
            .Description("Changes a cohort's places (its organisers); never below the people already holding one.")
            .Argument<NonNullGraphType<ChangeCapacityInputType>>("input").RequireAuthentication()
            .ResolveAsync(async c => await Mutations.RunAsync(c, () => c.Service<CohortService>().ChangeCapacityAsync(c.Input<ChangeCapacityInput>(), c.CancellationToken)));
    }
}
