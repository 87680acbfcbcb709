using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Organisations;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Courses;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Courses.Courses;

public sealed class CourseType : NodeType<Course>
{
    public CourseType()
        : base(CourseService.TypeName, c => c.Id.Value)
    {
        Description = "A course an organisation runs in cohorts. Any signed-in member can read it, to enrol or apply.";
        Field(c => c.Title);
        Field(c => c.Description, nullable: true);
        Field<NonNullGraphType<OrganisationType>>("organisation").Resolve(c => c.Service<ByIdLoader<Organisation>>().Load(c.Source.OrganisationId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CourseModuleType>>>>("modules").Resolve(c => c.Source.Modules.OrderBy(m => m.Position));
        Field<NonNullGraphType<StringGraphType>>("grants").Description("The accreditation completing it grants.").Resolve(c => c.Source.Grants.Code);
        Field<StringGraphType>("facilitatorsMustHold").Resolve(c => c.Source.FacilitatorsMustHold?.Code);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MaterialFormatType>>>>("formats")
            .Resolve(c => Enum.GetValues<MaterialFormats>().Where(f => f != MaterialFormats.None && c.Source.Formats.HasFlag(f)));
        Field<NonNullGraphType<EnrolmentModeType>>("enrolment").Resolve(c => c.Source.Enrolment);
        Field<NonNullGraphType<CompletionRuleType>>("rule").Resolve(c => c.Source.Rule);
        Field<OrganisationType>("hoursTimebank").Resolve(c => c.Source.HoursTimebankId is { } id ? c.Service<ByIdLoader<Organisation>>().Load(id) : null);
        Field(c => c.CreatedAt);
        Field(c => c.UpdatedAt);
        Field<ConnectionGraphType<Cohorts.CohortType>>("cohorts")
            .Description("Its cohorts, oldest first.")
            .PagingArguments()
            .ResolveAsync(async c =>
            {
                var course = c.Source.Id;
                return await c.PageByIdAsync(db => db.Set<Cohort>().Where(x => x.CourseId == course), x => x.Id);
            });
        Field<ListGraphType<NonNullGraphType<CourseApplicationType>>>("applications")
            .Description("Every application to it, oldest first, for the organisation's organisers to decide; null for anyone else.")
            .ResolveAsync(async c => await c.Service<CourseAccess>().OrganisesAsync(c.Source.OrganisationId)
                ? c.Service<ApplicationsOfCourseLoader>().Load(c.Source.Id).Then<CourseApplications?, IReadOnlyList<CourseApplication>?>(list => Task.FromResult<IReadOnlyList<CourseApplication>?>(list?.Items ?? []))
                : null);
        Field<CourseApplicationType>("viewerApplication")
            .Description("Your latest application to this course, if any.")
            .ResolveAsync(async c =>
            {
                if (await c.Service<Viewer>().TryGetIdAsync() is not { } me)
                    return null;
                var course = c.Source.Id;
                await using var db = await c.Service<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync(c.CancellationToken);
                return await db.Set<CourseApplication>().AsNoTracking().Where(a => a.CourseId == course && a.ApplicantId == me)
                    .OrderByDescending(a => a.Id).FirstOrDefaultAsync(c.CancellationToken);
            });
    }
}

public sealed class CourseModuleType : NodeType<CourseModule>
{
    public CourseModuleType()
        : base("CourseModule", m => m.Id.Value)
    {
        Field(m => m.Position).Description("1 for the first module.");
        Field(m => m.Title);
        Field(m => m.Minutes);
    }
}

public sealed class CompletionRuleType : ObjectGraphType<CompletionRule>
{
    public CompletionRuleType()
    {
        Name = "CompletionRule";
        Description = "Criteria combined with ALL or ANY. LATE counts as attended; EXCUSED leaves the session out of the share; sessions held before a late enrolment are not expected of them.";
        Field<NonNullGraphType<RuleCombinationType>>("combination").Resolve(c => c.Source.Combination);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompletionCriterionType>>>>("criteria").Resolve(c => c.Source.Criteria);
    }
}

public sealed class CompletionCriterionType : ObjectGraphType<CompletionCriterion>
{
    public CompletionCriterionType()
    {
        Name = "CompletionCriterion";
        Field<NonNullGraphType<CriterionKindType>>("kind").Resolve(c => c.Source.Kind);
        Field(c => c.Number, nullable: true);
        Field(c => c.Output, nullable: true);
        Field<NonNullGraphType<StringGraphType>>("description").Resolve(c => c.Source.Describe());
    }
}

public sealed class CourseApplicationType : NodeType<CourseApplication>
{
    public CourseApplicationType()
        : base("CourseApplication", a => a.Id.Value)
    {
        Description = "An application for a place; seen by the applicant and the course's organisers.";
        Field<NonNullGraphType<CourseType>>("course").Resolve(c => c.Service<CourseLoader>().Load(c.Source.CourseId));
        Field<NonNullGraphType<Members.MemberType>>("applicant").Resolve(c => c.Service<ByIdLoader<Member>>().Load(c.Source.ApplicantId));
        Field(a => a.Statement);
        Field<NonNullGraphType<ApplicationStatusType>>("status").Resolve(c => c.Source.Status);
        Field(a => a.Note, nullable: true).Description("The organiser's note to the applicant.");
        Field(a => a.AppliedAt);
        Field(a => a.DecidedAt, nullable: true);
    }
}

public sealed class CourseNodeSource : INodeSource
{
    public string TypeName => CourseService.TypeName;

    public async Task<object?> FindAsync(Guid id, IResolveFieldContext context)
        => context.Service<Viewer>().IsAuthenticated ? await context.Service<CourseLoader>().LoadAsync(Id<Course>.From(id), context.CancellationToken) : null;
}
