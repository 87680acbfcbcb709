using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Features.Courses.Courses;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Courses;

namespace Timebank.Api.Features.Courses.Reports;

public sealed class CourseReportType : ObjectGraphType<CourseReport>
{
    public CourseReportType()
    {
        Name = "CourseReport";
        Description = "A course across every cohort; people are counted once however many cohorts they joined.";
        Field(r => r.Runs).Description("Cohorts that have started (running or finished).");
        Field(r => r.Upcoming);
        Field(r => r.PeopleEnrolled);
        Field(r => r.PeopleCompleted);
        Field(r => r.PeopleAccredited).Description("People holding the course's accreditation from this course.");
        Field<IntGraphType>("completionRate").Resolve(c => c.Source.CompletionRate.Percent);
    }
}

public sealed class CourseReportQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
        => query.Field<CourseReportType>("courseReport")
            .Description("Runs, people enrolled, completed and accredited across every cohort of a course (its organisers).")
            .Argument<NonNullGraphType<IdGraphType>>("courseId")
            .RequireAuthentication()
            .ResolveAsync(async c =>
            {
                if (GlobalId.TryParse<Course>(c.GetArgument<string>("courseId"), CourseService.TypeName) is not { } id
                    || await c.Service<CourseLoader>().LoadAsync(id, c.CancellationToken) is not { } course)
                    return null;
                if (!await c.Service<CourseAccess>().OrganisesAsync(course.OrganisationId))
                    throw new ExecutionError("Only the course's organisers can read its report.") { Code = ErrorCodes.NotAllowed };
                await using var db = await c.Service<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync(c.CancellationToken);
                var cohorts = await db.Set<Cohort>().AsNoTracking().Include(x => x.Enrolments).AsSplitQuery().Where(x => x.CourseId == id).ToListAsync(c.CancellationToken);
                var accreditations = await db.Set<Accreditation>().AsNoTracking().Where(a => a.CourseId == id).ToListAsync(c.CancellationToken);
                return CourseReport.Of(course, cohorts, accreditations, c.Service<IClock>().GetCurrentInstant());
            });
}
