using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Courses;

namespace Timebank.Api.Features.Courses.Accreditations;

public sealed record RecordPracticeInput(string AccreditationId, LocalDate On, string What, int? Minutes);

public sealed class RecordPracticeInputType : InputObjectGraphType<RecordPracticeInput>
{
    public RecordPracticeInputType()
    {
        Name = "RecordAccreditationPracticeInput";
        Field<NonNullGraphType<IdGraphType>>("accreditationId");
        Field(p => p.On).Description("The day it happened, in the accrediting organisation's calendar; not before the accreditation, not in the future.");
        Field(p => p.What).Description("What was done, e.g. a volunteer placement or a first Planning Live session (up to 500 characters).");
        Field(p => p.Minutes, nullable: true).Description("How long it took, when that matters (1 minute to 24 hours).");
    }
}

/// <summary>Practice after a course, recorded against the accreditation by its holder or an organiser of the organisation that granted it.</summary>
public sealed class PracticeService(IDbContextFactory<TimebankDbContext> databases, CourseAccess access, IClock clock)
{
    public async Task<AccreditationPractice> RecordAsync(RecordPracticeInput input, CancellationToken cancellationToken)
    {
        var id = GlobalId.Parse<Accreditation>(input.AccreditationId, "Accreditation", "accreditationId");
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var accreditation = await db.Set<Accreditation>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        var actor = accreditation is null ? default : await access.ActorAsync(accreditation.OrganisationId);
        // Anyone who may not record against it is told it is not there, so its existence stays private.
        if (accreditation is null || (actor.Member != accreditation.MemberId && !actor.Organises(accreditation.OrganisationId)))
            throw new DomainException(new NotFound("accreditation", input.AccreditationId));
        var now = clock.GetCurrentInstant();
        var today = now.InZone(await access.ZoneAsync(accreditation.OrganisationId, cancellationToken)).Date;
        var practice = accreditation.RecordPractice(actor, input.On, input.What, input.Minutes, today, now);
        db.Add(practice);
        await db.SaveChangesAsync(cancellationToken);
        return practice;
    }
}
