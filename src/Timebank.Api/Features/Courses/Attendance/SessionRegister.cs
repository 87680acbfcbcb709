using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Courses;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Courses.Attendance;

/// <summary>One person's mark on a session's register, as the organiser or facilitator who keeps it sees it.</summary>
public sealed class AttendanceLineType : ObjectGraphType<AttendanceMark>
{
    public AttendanceLineType()
    {
        Name = "AttendanceLine";
        Field<NonNullGraphType<MemberType>>("member").Resolve(c => c.Service<ByIdLoader<Member>>().Load(c.Source.MemberId));
        Field<NonNullGraphType<AttendanceStatusType>>("status").Resolve(c => c.Source.Status);
        Field(m => m.WithSupporter).Description("Their supporter came alongside them (takes no place).");
    }
}

/// <summary>The register itself: who was marked how, for the people who keep it; null for anyone else.</summary>
public static class SessionRegister
{
    public const string Description = "Each person's mark, for the cohort's organisers and facilitators (null for others); someone not yet marked is not listed.";

    public static async Task<IReadOnlyList<AttendanceMark>?> ResolveAsync(IResolveFieldContext<CohortSession> context)
    {
        var session = context.Source;
        var cohort = await context.Service<CohortLoader>().LoadAsync(session.CohortId, context.CancellationToken);
        var access = context.Service<CourseAccess>();
        if (cohort is null || !(await access.OrganisesAsync(cohort.OrganisationId) || await access.ViewerAsync() is { } me && cohort.Facilitates(me)))
            return null;
        await using var db = await context.Service<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync(context.CancellationToken);
        return await db.Set<AttendanceMark>().AsNoTracking().Where(m => m.SessionId == session.Id).ToListAsync(context.CancellationToken);
    }
}
