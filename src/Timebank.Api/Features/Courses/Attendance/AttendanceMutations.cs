using GraphQL.Types;
using Timebank.Api.Features.Courses.Cohorts;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Domain.Courses;

namespace Timebank.Api.Features.Courses.Attendance;

public sealed class AttendanceMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ResultPayloadType<Cohort, CohortType>>>("recordAttendance")
            .Description("Takes one session's register for many people at once (the cohort's facilitators or an organiser); once the session has ended it also banks the facilitators' hours, once.")
            .Argument<NonNullGraphType<RecordAttendanceInputType>>("input").RequireAuthentication()
            .ResolveAsync(async c => await Mutations.RunAsync(c, () => c.Service<AttendanceService>().RecordAsync(c.Input<RecordAttendanceInput>(), c.CancellationToken)));

        mutation.Field<NonNullGraphType<ResultPayloadType<Cohort, CohortType>>>("bankSessionHours")
            .Description("Banks a delivered session's hours for its volunteer facilitators in the course's timebank; exactly once per session and facilitator.")
            .Argument<NonNullGraphType<BankSessionHoursInputType>>("input").RequireAuthentication()
            .ResolveAsync(async c => await Mutations.RunAsync(c, () => c.Service<AttendanceService>().BankSessionHoursAsync(c.Input<BankSessionHoursInput>(), c.CancellationToken)));
    }
}
