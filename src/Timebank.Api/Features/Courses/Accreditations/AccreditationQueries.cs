using GraphQL;
using GraphQL.Types;
using Timebank.Api.Features.Members;
using Timebank.Api.Features.Organisations;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Domain.Courses;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Courses.Accreditations;

public sealed record AccreditationFilter(string OrganisationId, string? Kind = null);

public sealed class AccreditationFilterType : InputObjectGraphType<AccreditationFilter>
{
    public AccreditationFilterType()
    {
        Name = "AccreditationFilter";
        Field<NonNullGraphType<IdGraphType>>("organisationId").Description("The organisation that granted or recorded them.");
        Field(f => f.Kind, nullable: true).Description("e.g. PEER_BROKER.");
    }
}

public sealed class AccreditationQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
        => query.Field<NonNullGraphType<ConnectionGraphType<AccreditationType>>>("accreditations")
            .Description("The accreditations an organisation granted or recorded, by kind, oldest first (its organisers).")
            .Argument<NonNullGraphType<AccreditationFilterType>>("filter")
            .PagingArguments()
            .RequireAuthentication()
            .ResolveAsync(async c =>
            {
                var filter = c.GetArgument<AccreditationFilter>("filter");
                if (GlobalId.TryParse<Organisation>(filter.OrganisationId, OrganisationType.TypeName) is not { } org || !await c.Service<CourseAccess>().OrganisesAsync(org))
                    throw new ExecutionError("Only the organisation's organisers can list the accreditations it granted.") { Code = ErrorCodes.NotAllowed };
                var kind = filter.Kind is null ? null : AccreditationKind.Parse(filter.Kind, "filter.kind");
                return await c.PageByIdAsync(db => db.Set<Accreditation>().Where(a => a.OrganisationId == org && (kind == null || a.Kind == kind)), a => a.Id);
            });
}

public sealed class AccreditationMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ResultPayloadType<Accreditation, AccreditationType>>>("recordAccreditation")
            .Description("Records an accreditation earned elsewhere, with its source (the organisation's organisers).")
            .Argument<NonNullGraphType<RecordAccreditationInputType>>("input").RequireAuthentication()
            .ResolveAsync(async c => await Mutations.RunAsync(c, () => c.Service<AccreditationService>().RecordAsync(c.Input<RecordAccreditationInput>(), c.CancellationToken)));
        mutation.Field<NonNullGraphType<ResultPayloadType<AccreditationPractice, PracticeType>>>("recordAccreditationPractice")
            .Description("Records practice after a course against an accreditation, e.g. a volunteer placement (its holder, or the accrediting organisation's organisers).")
            .Argument<NonNullGraphType<RecordPracticeInputType>>("input").RequireAuthentication()
            .ResolveAsync(async c => await Mutations.RunAsync(c, () => c.Service<PracticeService>().RecordAsync(c.Input<RecordPracticeInput>(), c.CancellationToken)));
    }
}

/// <summary>Member.accreditations and Member.enrolments, the courses feature's fields on the members feature's type: seen by the member themselves only; null for anyone else.</summary>
public sealed class MemberCourseFields : IObjectFields<MemberType>
{
    public void AddTo(MemberType member)
    {
        member.Field<ConnectionGraphType<AccreditationType>>("accreditations")
            .Description("What this member is accredited for, oldest first. Only the member sees this; null for others.")
            .PagingArguments()
            .ResolveAsync(async c =>
            {
                var self = c.Source.Id;
                if (await c.Service<CourseAccess>().ViewerAsync() != self)
                    return null;
                return await c.PageByIdAsync(db => db.Set<Accreditation>().Where(a => a.MemberId == self), a => a.Id);
            });
        member.Field<ConnectionGraphType<Enrolments.EnrolmentType>>("enrolments")
            .Description("This member's enrolments in cohorts, oldest first. Only the member sees this; null for others.")
            .PagingArguments()
            .ResolveAsync(async c =>
            {
                var self = c.Source.Id;
                if (await c.Service<CourseAccess>().ViewerAsync() != self)
                    return null;
                return await c.PageByIdAsync(db => db.Set<Enrolment>().Where(e => e.MemberId == self), e => e.Id);
            });
    }
}
