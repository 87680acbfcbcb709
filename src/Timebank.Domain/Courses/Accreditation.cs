using NodaTime;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Courses;

public enum AccreditationSourceKind
{
    /// <summary>Granted by completing a cohort of a course here.</summary>
    CourseCompletion = 1,

    /// <summary>Earned elsewhere and recorded by an organiser, with its source in words.</summary>
    RecordedElsewhere = 2,
}

/// <summary>That a person is trained for something (a peer broker, a champion, an enabler), since when, and on whose word.</summary>
public sealed class Accreditation
{
    public const int SourceMaxLength = 300;

    public Id<Accreditation> Id { get; private set; }
    public Id<Member> MemberId { get; private set; }
    public AccreditationKind Kind { get; private set; }
    public LocalDate AwardedOn { get; private set; }
    public AccreditationSourceKind SourceKind { get; private set; }
    public Id<Course>? CourseId { get; private set; }
    public Id<Cohort>? CohortId { get; private set; }

    /// <summary>For an accreditation earned elsewhere: where, in the organiser's words.</summary>
    public string? SourceDescription { get; private set; }

    /// <summary>The organisation that granted or recorded it.</summary>
    public Id<Organisation> OrganisationId { get; private set; }

    public Id<Member> RecordedBy { get; private set; }
    public Instant RecordedAt { get; private set; }

    private Accreditation(Id<Member> memberId, AccreditationKind kind, LocalDate awardedOn, AccreditationSourceKind sourceKind, Id<Organisation> organisationId, Id<Member> recordedBy, Instant recordedAt)
    {
        Id = Id<Accreditation>.New();
        MemberId = memberId;
        Kind = kind;
        AwardedOn = awardedOn;
        SourceKind = sourceKind;
        OrganisationId = organisationId;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    internal static Accreditation FromCourse(Course course, Cohort cohort, Id<Member> member, Id<Member> grantedBy, Instant now)
        => new(member, course.Grants, now.InZone(cohort.TimeZone).Date, AccreditationSourceKind.CourseCompletion, course.OrganisationId, grantedBy, now)
        {
            CourseId = course.Id,
            CohortId = cohort.Id,
        };

    /// <summary>An organiser records an accreditation earned elsewhere; it was awarded on or before today.</summary>
    public static Accreditation RecordEarnedElsewhere(Id<Organisation> organisation, Actor organiser, Id<Member> holder, AccreditationKind kind,
        LocalDate awardedOn, string? source, LocalDate today, Instant now)
    {
        organiser.RequireOrganiser(organisation, "record an accreditation");
        Guard.NotNull(kind);
        var description = Text.Required(source, "source", SourceMaxLength);
        if (awardedOn > today)
            throw new DomainException(new ValidationFailed("awardedOn", "must not be in the future"));
        return new Accreditation(holder, kind, awardedOn, AccreditationSourceKind.RecordedElsewhere, organisation, organiser.Member, now)
        {
            SourceDescription = description,
        };
    }

    /// <summary>Practice after the course (a placement, a first Planning Live session), recorded by the holder or an organiser.</summary>
    public AccreditationPractice RecordPractice(Actor actor, LocalDate on, string? what, int? minutes, LocalDate today, Instant now)
    {
        if (actor.Member != MemberId && !actor.Organises(OrganisationId))
            throw new DomainException(new NotAllowed("Only the person accredited, or an organiser of the organisation that accredited them, can record their practice."));
        return AccreditationPractice.Record(this, on, what, minutes, actor.Member, today, now);
    }
}
