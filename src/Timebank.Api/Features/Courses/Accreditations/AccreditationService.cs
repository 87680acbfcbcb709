using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Features.Organisations;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Courses;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Courses.Accreditations;

public sealed record RecordAccreditationInput(string OrganisationId, string MemberId, string Kind, LocalDate AwardedOn, string Source);

public sealed class RecordAccreditationInputType : InputObjectGraphType<RecordAccreditationInput>
{
    public RecordAccreditationInputType()
    {
        Name = "RecordAccreditationInput";
        Field<NonNullGraphType<IdGraphType>>("organisationId");
        Field<NonNullGraphType<IdGraphType>>("memberId");
        Field(a => a.Kind).Description("e.g. SUPPORT_PLANNING_CHAMPION.");
        Field(a => a.AwardedOn);
        Field(a => a.Source).Description("Where it was earned, up to 300 characters.");
    }
}

/// <summary>An organiser records an accreditation earned elsewhere (the domain's <see cref="Accreditation.RecordEarnedElsewhere"/>).</summary>
public sealed class AccreditationService(IDbContextFactory<TimebankDbContext> databases, CourseAccess access, IClock clock)
{
    public async Task<Accreditation> RecordAsync(RecordAccreditationInput input, CancellationToken cancellationToken)
    {
        var organisation = GlobalId.Parse<Organisation>(input.OrganisationId, OrganisationType.TypeName, "organisationId");
        var actor = await access.ActorAsync(organisation);
        if (actor.Membership is not { IsActive: true })
            throw new DomainException(new NotFound("organisation", input.OrganisationId));
        var person = await access.PersonAsync(input.MemberId, "memberId", cancellationToken);
        var now = clock.GetCurrentInstant();
        var accreditation = Accreditation.RecordEarnedElsewhere(organisation, actor, person.Id, AccreditationKind.Parse(input.Kind, "kind"),
            input.AwardedOn, input.Source, now.InZone(await access.ZoneAsync(organisation, cancellationToken)).Date, now);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.Add(accreditation);
        await db.SaveChangesAsync(cancellationToken);
        return accreditation;
    }
}
