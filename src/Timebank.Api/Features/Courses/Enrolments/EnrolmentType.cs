using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Courses.Accreditations;
using Timebank.Api.Features.Courses.Cohorts;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Courses;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Courses.Enrolments;

public sealed class EnrolmentStatusType : EnumerationGraphType<EnrolmentStatus>
{
    public EnrolmentStatusType() => Name = "EnrolmentStatus";
}

/// <summary>One person's place, or place in the queue; seen by that person and by the cohort's organisers and facilitators.</summary>
public sealed class EnrolmentType : Platform.GraphQL.Relay.NodeType<Enrolment>
{
    public EnrolmentType()
        : base("Enrolment", e => e.Id.Value)
    {
        Field<NonNullGraphType<CohortType>>("cohort").Resolve(c => c.Service<CohortLoader>().Load(c.Source.CohortId));
        Field<NonNullGraphType<MemberType>>("member").Resolve(c => c.Service<ByIdLoader<Member>>().Load(c.Source.MemberId));
        Field<NonNullGraphType<EnrolmentStatusType>>("status").Resolve(c => c.Source.Status);
        Field(e => e.Supporter, nullable: true);
        Field(e => e.RequestedAt);
        Field(e => e.PlaceTakenAt, nullable: true);
        Field(e => e.PromotedAt, nullable: true).Description("Set when the place came from the wait list.");
        Field(e => e.WithdrawnAt, nullable: true);
        Field(e => e.CompletedAt, nullable: true);
        Field<IntGraphType>("waitListPosition")
            .Description("1 for the next person offered a place; null when not waiting.")
            .ResolveAsync(async c =>
            {
                if (c.Source.Status != EnrolmentStatus.Waiting)
                    return null;
                var (cohort, queue) = (c.Source.CohortId, c.Source.QueueNumber);
                await using var db = await c.Service<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync(c.CancellationToken);
                return 1 + await db.Set<Enrolment>().CountAsync(e => e.CohortId == cohort && e.Status == EnrolmentStatus.Waiting && e.QueueNumber < queue, c.CancellationToken);
            });
    }
}

public sealed class CompleteEnrolmentPayloadType : PayloadType<Completed>
{
    public CompleteEnrolmentPayloadType()
        : base("CompleteEnrolmentPayload")
    {
        Result<EnrolmentType>("enrolment", r => r.Enrolment);
        Result<AccreditationType>("accreditation", r => r.Accreditation).Description("The accreditation it granted, dated today, with the course and cohort as its source.");
    }
}

public sealed class EnrolmentMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ResultPayloadType<Enrolment, EnrolmentType>>>("enrol")
            .Description("Takes a place (yourself, or someone else when an organiser asks); beyond the capacity, a place on the wait list.")
            .Argument<NonNullGraphType<EnrolInputType>>("input").RequireAuthentication()
            .ResolveAsync(async c => await Mutations.RunAsync(c, () => c.Service<EnrolmentService>().EnrolAsync(c.Input<EnrolInput>(), c.CancellationToken)));

        mutation.Field<NonNullGraphType<ResultPayloadType<Enrolment, EnrolmentType>>>("withdrawEnrolment")
            .Description("Gives up a place (yourself, or anyone when an organiser asks); the first person waiting is promoted into it.")
            .Argument<NonNullGraphType<EnrolmentRefInputType>>("input").RequireAuthentication()
            .ResolveAsync(async c => await Mutations.RunAsync(c, () => c.Service<EnrolmentService>().WithdrawAsync(c.Input<EnrolmentRefInput>(), c.CancellationToken)));

        mutation.Field<NonNullGraphType<CompleteEnrolmentPayloadType>>("completeEnrolment")
            .Description("Completes an enrolment when the course's rule is met (organisers), granting its accreditation; COMPLETION_RULE_NOT_MET says what is missing.")
            .Argument<NonNullGraphType<EnrolmentRefInputType>>("input").RequireAuthentication()
            .ResolveAsync(async c => await Mutations.RunAsync(c, () => c.Service<EnrolmentService>().CompleteAsync(c.Input<EnrolmentRefInput>(), c.CancellationToken)));

        mutation.Field<NonNullGraphType<ResultPayloadType<Enrolment, EnrolmentType>>>("recordOutput")
            .Description("Records an output the course's rule asks for, for one participant (organisers and the cohort's facilitators).")
            .Argument<NonNullGraphType<RecordOutputInputType>>("input").RequireAuthentication()
            .ResolveAsync(async c => await Mutations.RunAsync(c, () => c.Service<EnrolmentService>().RecordOutputAsync(c.Input<RecordOutputInput>(), c.CancellationToken)));
    }
}
