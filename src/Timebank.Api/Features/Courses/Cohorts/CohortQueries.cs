using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Features.Organisations;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Domain.Courses;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Courses.Cohorts;

public sealed record CohortFilter(string OrganisationId, CohortPhase? Phase = null, string? CourseId = null);

public sealed class CohortFilterType : InputObjectGraphType<CohortFilter>
{
    public CohortFilterType()
    {
        Name = "CohortFilter";
        Field<NonNullGraphType<IdGraphType>>("organisationId");
        Field<CohortPhaseType>("phase").Description("UPCOMING, RUNNING, FINISHED or CANCELLED, as of now.");
        Field<IdGraphType>("courseId");
    }
}

public sealed class CohortQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<CohortType>("cohort")
            .Description("A cohort by id: its sessions, counts and attendance per session.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .RequireAuthentication()
            .ResolveAsync(async c => GlobalId.TryParse<Cohort>(c.GetArgument<string>("id"), CohortStore.CohortTypeName) is { } id
                ? await c.Service<CohortLoader>().LoadAsync(id, c.CancellationToken)
                : null);

        query.Field<NonNullGraphType<ConnectionGraphType<CohortType>>>("cohorts")
            .Description("An organiser's dashboard: their organisation's cohorts, oldest first, by phase and course.")
            .Argument<NonNullGraphType<CohortFilterType>>("filter")
            .PagingArguments()
            .RequireAuthentication()
            .ResolveAsync(async c =>
            {
                var filter = c.GetArgument<CohortFilter>("filter");
                var organisation = GlobalId.TryParse<Organisation>(filter.OrganisationId, OrganisationType.TypeName);
                if (organisation is not { } org || !await c.Service<CourseAccess>().OrganisesAsync(org))
                    throw new ExecutionError("Only the organisation's organisers can list its cohorts.") { Code = ErrorCodes.NotAllowed };
                var course = filter.CourseId is null ? (Id<Course>?)null : GlobalId.TryParse<Course>(filter.CourseId, "Course") ?? default(Id<Course>);
                var now = c.Service<IClock>().GetCurrentInstant();
                var phase = filter.Phase;
                return await c.PageByIdAsync(db => db.Set<Cohort>()
                    .Where(x => x.OrganisationId == org && (course == null || x.CourseId == course))
                    .Where(x => phase == null
                        || (phase == CohortPhase.Cancelled && x.StartsAt == null)
                        || (phase == CohortPhase.Upcoming && x.StartsAt > now)
                        || (phase == CohortPhase.Running && x.StartsAt <= now && x.EndsAt > now)
                        || (phase == CohortPhase.Finished && x.EndsAt <= now)), x => x.Id);
            });
    }
}
