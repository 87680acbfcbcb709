using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Features.Courses.Attendance;
using Timebank.Api.Features.Courses.Courses;
using Timebank.Api.Features.Courses.Enrolments;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Courses;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Courses.Cohorts;

public sealed class CohortPhaseType : EnumerationGraphType<CohortPhase>
{
    public CohortPhaseType() => Name = "CohortPhase";
}

public sealed class SessionStatusType : EnumerationGraphType<SessionStatus>
{
    public SessionStatusType() => Name = "SessionStatus";
}

/// <summary>
/// A run of a course. Its sessions and counts are for any signed-in member (to choose a run); who is enrolled is for
/// its organisers and facilitators; each person sees their own enrolment.
/// </summary>
public sealed class CohortType : NodeType<Cohort>
{
    public CohortType()
        : base(CohortStore.CohortTypeName, c => c.Id.Value)
    {
        Field<NonNullGraphType<CourseType>>("course").Resolve(c => c.Service<CourseLoader>().Load(c.Source.CourseId));
        Field(c => c.Capacity);
        Field<NonNullGraphType<StringGraphType>>("timeZone").Resolve(c => c.Source.TimeZone.Id);
        Field<NonNullGraphType<CohortPhaseType>>("phase").Resolve(c => c.Source.PhaseAt(c.Service<IClock>().GetCurrentInstant()));
        Field(c => c.StartsAt, nullable: true);
        Field(c => c.EndsAt, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CohortSessionType>>>>("sessions")
            .Resolve(c => c.Service<CohortSessionsLoader>().Load(c.Source.Id).Select(s => s ?? []));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MemberType>>>>("facilitators")
            .Resolve(c => c.Source.Facilitators.Select(f => c.Service<ByIdLoader<Member>>().Load(f.MemberId)).ToList());
        Field<NonNullGraphType<CohortCountsType>>("counts").Resolve(c => c.Service<CohortCountsLoader>().Load(c.Source.Id).Select(t => t ?? CohortTally.None));
        Field<ConnectionGraphType<EnrolmentType>>("enrolments")
            .Description("Everyone who asked for a place, in the order they asked; for the cohort's organisers and facilitators, null for others.")
            .Argument<EnrolmentStatusType>("status")
            .PagingArguments()
            .ResolveAsync(async c =>
            {
                var cohort = c.Source;
                var access = c.Service<CourseAccess>();
                var me = await access.ViewerAsync();
                if (!await access.OrganisesAsync(cohort.OrganisationId) && !(me is { } self && cohort.Facilitates(self)))
                    return null;
                var status = c.GetArgument<EnrolmentStatus?>("status");
                return await c.PageByIdAsync(db => db.Set<Enrolment>().Where(e => e.CohortId == cohort.Id && (status == null || e.Status == status)), e => e.Id);
            });
        Field<EnrolmentType>("viewerEnrolment")
            .Description("Your own enrolment here (not withdrawn), with your place on the wait list if you are waiting.")
            .ResolveAsync(async c =>
            {
                if (await c.Service<CourseAccess>().ViewerAsync() is not { } me)
                    return null;
                var cohort = c.Source.Id;
                await using var db = await c.Service<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync(c.CancellationToken);
                return await db.Set<Enrolment>().AsNoTracking().Where(e => e.CohortId == cohort && e.MemberId == me && e.Status != EnrolmentStatus.Withdrawn)
                    .FirstOrDefaultAsync(c.CancellationToken);
            });
    }
}

public sealed class CohortCountsType : ObjectGraphType<CohortTally>
{
    public CohortCountsType()
    {
        Name = "CohortCounts";
        Description = "Enrolled is everyone holding a place, those who completed included; the completion rate is completed out of enrolled.";
        Field(t => t.Enrolled);
        Field(t => t.Waiting);
        Field(t => t.Completed);
        Field(t => t.Withdrawn);
        Field<IntGraphType>("completionRate").Description("Per cent, rounded half up; null when nobody is enrolled.").Resolve(c => c.Source.CompletionRate.Percent);
    }
}

public sealed class CohortSessionType : NodeType<CohortSession>
{
    public CohortSessionType()
        : base(CohortStore.SessionTypeName, s => s.Id.Value)
    {
        Field(s => s.Title);
        Field(s => s.Start);
        Field(s => s.End);
        Field(s => s.Minutes);
        Field<NonNullGraphType<SessionStatusType>>("status").Resolve(c => c.Source.Status);
        Field(s => s.CancelReason, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("moduleIds")
            .Resolve(c => c.Source.ModuleIds.Select(m => GlobalId.Encode("CourseModule", m.Value)));
        Field<NonNullGraphType<SessionAttendanceType>>("attendance")
            .Description("The register in numbers; supporters came alongside a participant and hold no place.")
            .Resolve(c => c.Service<SessionAttendanceLoader>().Load(c.Source.Id).Select(t => t ?? new SessionTally(0, 0, 0, 0, 0)));
        Field<ListGraphType<NonNullGraphType<AttendanceLineType>>>("register")
            .Description(SessionRegister.Description)
            .ResolveAsync(async c => await SessionRegister.ResolveAsync(c));
    }
}

public sealed class SessionAttendanceType : ObjectGraphType<SessionTally>
{
    public SessionAttendanceType()
    {
        Name = "SessionAttendance";
        Field(t => t.Present);
        Field(t => t.Late);
        Field(t => t.Excused);
        Field(t => t.Absent);
        Field(t => t.Supporters);
    }
}

public sealed class CohortNodeSource : INodeSource
{
    public string TypeName => CohortStore.CohortTypeName;

    public async Task<object?> FindAsync(Guid id, IResolveFieldContext context)
        => await context.Service<CourseAccess>().ViewerAsync() is not null
            ? await context.Service<CohortLoader>().LoadAsync(Id<Cohort>.From(id), context.CancellationToken)
            : null;
}
