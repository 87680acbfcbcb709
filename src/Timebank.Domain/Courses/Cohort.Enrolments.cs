using NodaTime;
using Timebank.Domain.Members;

namespace Timebank.Domain.Courses;

/// <summary>Enrolment: places up to the capacity, a wait list beyond it promoted in order, withdrawal.</summary>
public sealed partial class Cohort
{
    private readonly List<Enrolment> _enrolments = [];

    public IReadOnlyList<Enrolment> Enrolments => _enrolments;

    public int PlacesTaken => _enrolments.Count(e => e.HoldsPlace);

    /// <summary>The person's enrolment that is not withdrawn, if any; there is at most one.</summary>
    public Enrolment? EnrolmentOf(Id<Member> member) => _enrolments.Find(e => e.MemberId == member && e.IsActive);

    public IReadOnlyList<Enrolment> WaitList => [.. _enrolments.Where(e => e.Status == EnrolmentStatus.Waiting).OrderBy(e => e.QueueNumber)];

    /// <summary>1 for the next person to be offered a place; null when they are not waiting.</summary>
    public int? WaitListPosition(Id<Member> member)
    {
        var index = WaitList.ToList().FindIndex(e => e.MemberId == member);
        return index < 0 ? null : index + 1;
    }

    /// <summary>
    /// Enrols someone: themselves, or anyone when an organiser asks. A course that takes applications needs an accepted
    /// application unless an organiser enrols them (the organiser is then the one deciding). A full cohort puts them on the wait list.
    /// </summary>
    public Enrolment Enrol(Course course, Person person, Actor actor, CourseApplication? application, string? supporter, Instant now)
    {
        RequireCourse(course);
        var byOrganiser = actor.Organises(OrganisationId);
        if (actor.Member != person.Id && !byOrganiser)
            throw new DomainException(new NotAllowed("You can enrol yourself; only an organiser can enrol someone else."));
        if (course.Enrolment == EnrolmentMode.Applications && !byOrganiser && application?.IsAcceptedFor(course.Id, person.Id) != true)
            throw new DomainException(new ApplicationRequired(person.Name));
        var supporterText = Text.Optional(supporter, "supporter", Enrolment.SupporterMaxLength);
        if (PhaseAt(now) is CohortPhase.Finished or CohortPhase.Cancelled)
            throw new DomainException(new CohortClosed());
        if (EnrolmentOf(person.Id) is { } existing)
            throw new DomainException(new AlreadyEnrolled(person.Name, existing.Status));
        var queueNumber = _enrolments.Count == 0 ? 1 : _enrolments.Max(e => e.QueueNumber) + 1;
        var enrolment = Enrolment.Requested(Id, person.Id, queueNumber, actor.Member, supporterText, now);
        if (PlacesTaken < Capacity)
            enrolment.TakePlace(now, fromWaitList: false);
        _enrolments.Add(enrolment);
        return enrolment;
    }

    /// <summary>Withdraws someone (themselves, or anyone when an organiser asks); returns who was promoted into the place it frees.</summary>
    public IReadOnlyList<Enrolment> Withdraw(Person person, Actor actor, Instant now)
    {
        if (actor.Member != person.Id && !actor.Organises(OrganisationId))
            throw new DomainException(new NotAllowed("You can withdraw yourself; only an organiser can withdraw someone else."));
        var enrolment = EnrolmentOf(person.Id) ?? throw new DomainException(new NotEnrolled(person.Name));
        if (enrolment.Status == EnrolmentStatus.Completed)
            throw new DomainException(new AlreadyCompleted(person.Name));
        var freesPlace = enrolment.HoldsPlace;
        enrolment.Withdraw(now);
        return freesPlace ? PromoteFromWaitList(now) : [];
    }

    /// <summary>Fills free places from the wait list, first come first served.</summary>
    private List<Enrolment> PromoteFromWaitList(Instant now)
    {
        var promoted = new List<Enrolment>();
        if (PhaseAt(now) is CohortPhase.Finished or CohortPhase.Cancelled)
            return promoted;
        foreach (var waiting in WaitList)
        {
            if (PlacesTaken >= Capacity)
                break;
            waiting.TakePlace(now, fromWaitList: true);
            promoted.Add(waiting);
        }
        return promoted;
    }
}
