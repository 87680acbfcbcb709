using GraphQL;
using GraphQL.Types;
using Timebank.Api.Features.Courses.Cohorts;
using Timebank.Api.Features.Courses.Courses;
using Timebank.Api.Features.Members;
using Timebank.Api.Features.Organisations;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Domain.Courses;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Courses.Accreditations;

public sealed class AccreditationSourceType : EnumerationGraphType<AccreditationSourceKind>
{
    public AccreditationSourceType() => Name = "AccreditationSource";
}

/// <summary>That someone is trained for something, since when, and on whose word; seen by its holder and the organisers of the organisation that accredited them.</summary>
public sealed class AccreditationType : Platform.GraphQL.Relay.NodeType<Accreditation>
{
    public AccreditationType()
        : base("Accreditation", a => a.Id.Value)
    {
        Field<NonNullGraphType<StringGraphType>>("kind").Description("e.g. PEER_BROKER.").Resolve(c => c.Source.Kind.Code);
        Field<NonNullGraphType<MemberType>>("member").Resolve(c => c.Service<ByIdLoader<Member>>().Load(c.Source.MemberId));
        Field(a => a.AwardedOn);
        Field<NonNullGraphType<AccreditationSourceType>>("source").Resolve(c => c.Source.SourceKind);
        Field(a => a.SourceDescription, nullable: true).Description("For one earned elsewhere: where, in the organiser's words.");
        Field<CourseType>("course").Resolve(c => c.Source.CourseId is { } id ? c.Service<CourseLoader>().Load(id) : null);
        Field<CohortType>("cohort").Resolve(c => c.Source.CohortId is { } id ? c.Service<CohortLoader>().Load(id) : null);
        Field<NonNullGraphType<OrganisationType>>("organisation").Resolve(c => c.Service<ByIdLoader<Organisation>>().Load(c.Source.OrganisationId));
        Field<ListGraphType<NonNullGraphType<PracticeType>>>("practice")
            .Description("What the holder did with it since, oldest first. The holder and the organisation's organisers see it; null for others.")
            .ResolveAsync(async c =>
            {
                var access = c.Service<CourseAccess>();
                if (await access.ViewerAsync() != c.Source.MemberId && !await access.OrganisesAsync(c.Source.OrganisationId))
                    return null;
                return c.Service<PracticeLoader>().Load(c.Source.Id).Select(p => p ?? []);
            });
    }
}
