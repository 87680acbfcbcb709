using GraphQL;
using GraphQL.Types;
using Timebank.Api.Features.Organisations;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Domain.Courses;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Courses.Courses;

public sealed record CourseFilter(string? OrganisationId = null, string? Grants = null, string? Text = null);

public sealed class CourseFilterType : InputObjectGraphType<CourseFilter>
{
    public CourseFilterType()
    {
        Name = "CourseFilter";
        Field<IdGraphType>("organisationId");
        Field(f => f.Grants, nullable: true).Description("Only courses granting this accreditation, e.g. PEER_BROKER.");
        Field(f => f.Text, nullable: true).Description("Words in the title or description, without regard to case.");
    }
}

public sealed class CourseQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<CourseType>("course")
            .Description("A course by id; any signed-in member may read courses.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .RequireAuthentication()
            .ResolveAsync(async c => GlobalId.TryParse<Course>(c.GetArgument<string>("id"), CourseService.TypeName) is { } id
                ? await c.Service<CourseLoader>().LoadAsync(id, c.CancellationToken)
                : null);

        query.Field<NonNullGraphType<ConnectionGraphType<CourseType>>>("courses")
            .Description("Courses, oldest first, by organisation, accreditation granted and text.")
            .Argument<CourseFilterType>("filter")
            .PagingArguments()
            .RequireAuthentication()
            .ResolveAsync(async c =>
            {
                var filter = c.GetArgument<CourseFilter?>("filter") ?? new CourseFilter();
                var organisation = filter.OrganisationId is null ? (Id<Organisation>?)null : GlobalId.TryParse<Organisation>(filter.OrganisationId, OrganisationType.TypeName) ?? default(Id<Organisation>);
                var grants = filter.Grants is null ? null : AccreditationKind.Parse(filter.Grants, "filter.grants");
                var text = filter.Text?.Trim().ToLowerInvariant();
                return await c.PageByIdAsync(db => db.Set<Course>()
                    .Where(x => organisation == null || x.OrganisationId == organisation)
                    .Where(x => grants == null || x.Grants == grants)
                    .Where(x => string.IsNullOrEmpty(text) || x.SearchText.Contains(text!)), x => x.Id);
            });
    }
}

public sealed class CourseMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<Platform.GraphQL.Errors.ResultPayloadType<Course, CourseType>>>("createCourse")
            .Description("Creates a course in a TRAINING organisation or USER_LED_GROUP (its ORGANISERs).")
            .Argument<NonNullGraphType<CreateCourseInputType>>("input")
            .RequireAuthentication()
            .ResolveAsync(async c => await Platform.GraphQL.Errors.Mutations.RunAsync(c,
                () => c.Service<CourseService>().CreateAsync(c.GetArgument<CreateCourseInput>("input"), c.CancellationToken)));

        mutation.Field<NonNullGraphType<Platform.GraphQL.Errors.ResultPayloadType<Course, CourseType>>>("updateCourse")
            .Description("Replaces a course's details (its organisers); a module scheduled sessions cover cannot be removed.")
            .Argument<NonNullGraphType<UpdateCourseInputType>>("input")
            .RequireAuthentication()
            .ResolveAsync(async c => await Platform.GraphQL.Errors.Mutations.RunAsync(c,
                () => c.Service<CourseService>().UpdateAsync(c.GetArgument<UpdateCourseInput>("input"), c.CancellationToken)));

        mutation.Field<NonNullGraphType<Platform.GraphQL.Errors.ResultPayloadType<CourseApplication, CourseApplicationType>>>("applyForCourse")
            .Description("Applies for a place on a course that takes applications, with a short statement.")
            .Argument<NonNullGraphType<ApplyForCourseInputType>>("input")
            .RequireAuthentication()
            .ResolveAsync(async c => await Platform.GraphQL.Errors.Mutations.RunAsync(c,
                () => c.Service<CourseService>().ApplyAsync(c.GetArgument<ApplyForCourseInput>("input"), c.CancellationToken)));

        mutation.Field<NonNullGraphType<Platform.GraphQL.Errors.ResultPayloadType<CourseApplication, CourseApplicationType>>>("decideApplication")
            .Description("Accepts or declines an application for suitability (the course's organisers), with a note to the applicant.")
            .Argument<NonNullGraphType<DecideApplicationInputType>>("input")
            .RequireAuthentication()
            .ResolveAsync(async c => await Platform.GraphQL.Errors.Mutations.RunAsync(c,
                () => c.Service<CourseService>().DecideAsync(c.GetArgument<DecideApplicationInput>("input"), c.CancellationToken)));
    }
}
