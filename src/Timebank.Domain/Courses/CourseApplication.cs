using NodaTime;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Courses;

public enum ApplicationStatus
{
    Pending = 1,
    Accepted = 2,
    Declined = 3,
}

/// <summary>
/// Someone asking for a place on a course that takes applications, with a short statement; an organiser accepts or
/// declines it for suitability, with a note to the applicant (required when declining, so nobody is refused unheard).
/// </summary>
public sealed class CourseApplication
{
    public const int StatementMaxLength = 1000;
    public const int NoteMaxLength = 1000;

    public Id<CourseApplication> Id { get; private set; }
    public Id<Course> CourseId { get; private set; }
    public Id<Organisation> OrganisationId { get; private set; }
    public Id<Member> ApplicantId { get; private set; }
    public string Statement { get; private set; }
    public ApplicationStatus Status { get; private set; }
    public Instant AppliedAt { get; private set; }
    public Id<Member>? DecidedBy { get; private set; }
    public Instant? DecidedAt { get; private set; }

    /// <summary>The organiser's note to the applicant.</summary>
    public string? Note { get; private set; }

    private CourseApplication(Id<CourseApplication> id, Id<Course> courseId, Id<Organisation> organisationId, Id<Member> applicantId, string statement, Instant appliedAt)
    {
        Id = id;
        CourseId = courseId;
        OrganisationId = organisationId;
        ApplicantId = applicantId;
        Statement = statement;
        Status = ApplicationStatus.Pending;
        AppliedAt = appliedAt;
    }

    /// <summary>One open or accepted application per person per course; after a decline they may apply again.</summary>
    public static CourseApplication Apply(Course course, Id<Member> applicant, string? statement, IEnumerable<CourseApplication> earlier, Instant now)
    {
        if (course.Enrolment != EnrolmentMode.Applications)
            throw new DomainException(new NotTakingApplications());
        var text = Text.Required(statement, "statement", StatementMaxLength);
        var open = earlier.FirstOrDefault(a => a.CourseId == course.Id && a.ApplicantId == applicant && a.Status != ApplicationStatus.Declined);
        if (open is not null)
            throw new DomainException(new AlreadyApplied(open.Status));
        return new CourseApplication(Id<CourseApplication>.New(), course.Id, course.OrganisationId, applicant, text, now);
    }

    public bool IsAcceptedFor(Id<Course> course, Id<Member> member)
        => Status == ApplicationStatus.Accepted && CourseId == course && ApplicantId == member;

    public void Accept(Actor organiser, string? note, Instant now)
        => Decide(organiser, ApplicationStatus.Accepted, Text.Optional(note, "note", NoteMaxLength), now);

    public void Decline(Actor organiser, string? note, Instant now)
        => Decide(organiser, ApplicationStatus.Declined, Text.Required(note, "note", NoteMaxLength), now);

    private void Decide(Actor organiser, ApplicationStatus decision, string? note, Instant now)
    {
        organiser.RequireOrganiser(OrganisationId, "decide on applications");
        if (Status != ApplicationStatus.Pending)
            throw new DomainException(new ApplicationDecided(Status));
        Status = decision;
        Note = note;
        DecidedBy = organiser.Member;
        DecidedAt = now;
    }
}
