using NodaTime;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Brokerage;

public enum AccreditationSource
{
    /// <summary>Granted when the broker completed a course here (kept by the courses feature).</summary>
    Course = 1,

    /// <summary>Recorded by a coordinator who saw evidence of it (a certificate, another group's course).</summary>
    RecordedByCoordinator = 2,

    /// <summary>Earned elsewhere and recorded by an organiser of a training organisation (the courses feature keeps it).</summary>
    RecordedByOrganiser = 3,
}

/// <summary>A qualification a broker holds, with where it came from, so people choosing a broker can weigh it.</summary>
public sealed class Accreditation
{
    public const int NameMaxLength = 120;
    public const int SourceDescriptionMaxLength = 255;

    public Id<Accreditation> Id { get; private set; }
    public Id<BrokerProfile> BrokerProfileId { get; private set; }
    public Id<Organisation> OrganisationId { get; private set; }
    public string Name { get; private set; }
    public AccreditationSource Source { get; private set; }

    /// <summary>Who awarded it, in words ("Peer brokerage course, third run", "Awarded by the county council").</summary>
    public string SourceDescription { get; private set; }

    /// <summary>For a course accreditation: the completion it came from (owned by the courses feature).</summary>
    public Guid? CourseCompletionId { get; private set; }

    public LocalDate AwardedOn { get; private set; }
    public Id<Member>? RecordedBy { get; private set; }
    public Instant RecordedAt { get; private set; }

    private Accreditation(Id<BrokerProfile> brokerProfileId, Id<Organisation> organisationId, string name, AccreditationSource source, string sourceDescription, LocalDate awardedOn, Instant recordedAt)
    {
        Id = Id<Accreditation>.New();
        (BrokerProfileId, OrganisationId, Name, Source, SourceDescription, AwardedOn, RecordedAt) = (brokerProfileId, organisationId, name, source, sourceDescription, awardedOn, recordedAt);
    }

    /// <summary>A coordinator of the broker's timebank records one by hand, saying where it came from.</summary>
    public static Accreditation RecordByHand(Membership coordinator, BrokerProfile profile, string? name, string? source, LocalDate awardedOn, LocalDate today, Instant now)
    {
        BrokerProfile.RequireCoordinatorOf(coordinator, profile.OrganisationId, "record an accreditation");
        return new Accreditation(profile.Id, profile.OrganisationId, Text.Required(name, "name", NameMaxLength), AccreditationSource.RecordedByCoordinator,
            Text.Required(source, "source", SourceDescriptionMaxLength), NotFuture(awardedOn, today), now)
        {
            RecordedBy = coordinator.MemberId,
        };
    }

    /// <summary>A completed course grants its accreditation; the course feature calls this once per completion.</summary>
    public static Accreditation FromCourse(BrokerProfile profile, Guid courseCompletionId, string? courseName, string? awardedBy, LocalDate completedOn, Instant now)
        => new(profile.Id, profile.OrganisationId, Text.Required(courseName, "name", NameMaxLength), AccreditationSource.Course,
            Text.Required(awardedBy, "source", SourceDescriptionMaxLength), completedOn, now)
        {
            CourseCompletionId = courseCompletionId,
        };

    private static LocalDate NotFuture(LocalDate day, LocalDate today)
        => day <= today ? day : throw new DomainException(new ValidationFailed("awardedOn", "must not be in the future"));
}
