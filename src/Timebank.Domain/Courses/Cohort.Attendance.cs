using NodaTime;
using Timebank.Domain.Members;

namespace Timebank.Domain.Courses;

/// <summary>Registers, recorded outputs, and completing an enrolment against the course's rule.</summary>
public sealed partial class Cohort
{
    private readonly List<AttendanceMark> _attendance = [];

    public IReadOnlyList<AttendanceMark> Attendance => _attendance;

    /// <summary>Takes the register of one session for many people at once; recording someone again corrects their mark.</summary>
    public void RecordAttendance(Actor actor, Id<CohortSession> sessionId, IReadOnlyList<AttendanceEntry> entries, Instant now)
    {
        RequireOrganiserOrFacilitator(actor, "take a session's register");
        var session = Session(sessionId);
        if (session.IsCancelled)
            throw new DomainException(new SessionCancelled(session.Title));
        if (!session.HasStarted(now))
            throw new DomainException(new SessionNotYetHeld(session.Title, Wording.When(session.Start, TimeZone)));
        Guard.NotNull(entries);
        if (entries.Count is 0 or > MaxCapacity)
            throw new DomainException(new ValidationFailed("attendance", $"must list 1 to {MaxCapacity} people"));
        if (entries.Select(e => e.Person.Id).Distinct().Count() != entries.Count)
            throw new DomainException(new ValidationFailed("attendance", "names someone twice"));
        foreach (var entry in entries)
        {
            if (!Enum.IsDefined(entry.Status))
                throw new DomainException(new ValidationFailed("attendance.status", "must be PRESENT, LATE, EXCUSED or ABSENT"));
            if (EnrolmentOf(entry.Person.Id) is not { HoldsPlace: true })
                throw new DomainException(new NotEnrolled(entry.Person.Name));
        }
        foreach (var entry in entries)
        {
            var mark = _attendance.Find(m => m.SessionId == session.Id && m.MemberId == entry.Person.Id);
            if (mark is null)
                _attendance.Add(AttendanceMark.Record(session.Id, entry, actor.Member, now));
            else
                mark.Correct(entry, actor.Member, now);
        }
    }

    /// <summary>Records an output the completion rule asks for (e.g. "a support plan for each person") for one participant.</summary>
    public void RecordOutput(Course course, Actor actor, Person person, string? output, string? note, Instant now)
    {
        RequireCourse(course);
        RequireOrganiserOrFacilitator(actor, "record an output");
        var asked = Text.Required(output, "output", CompletionCriterion.OutputMaxLength);
        var criterion = course.Rule.OutputCalled(asked)
                        ?? throw new DomainException(new ValidationFailed("output", "is not an output this course's completion rule asks for"));
        var noteText = Text.Optional(note, "note", RecordedOutput.NoteMaxLength);
        var enrolment = EnrolmentOf(person.Id) is { HoldsPlace: true } holding ? holding : throw new DomainException(new NotEnrolled(person.Name));
        enrolment.Record(new RecordedOutput(criterion.Output!, now.InZone(TimeZone).Date, actor.Member, noteText));
    }

    /// <summary>
    /// Completes an enrolment when the course's rule is met, and grants the course's accreditation, dated today in the
    /// organisation's time zone, with the course and this cohort as its source. <paramref name="modulesAttendedElsewhere"/>
    /// are the modules the person attended in the course's other cohorts.
    /// </summary>
    public Accreditation Complete(Course course, Actor organiser, Person person, IReadOnlySet<Id<CourseModule>> modulesAttendedElsewhere, Instant now)
    {
        RequireCourse(course);
        organiser.RequireOrganiser(OrganisationId, "complete an enrolment");
        var enrolment = EnrolmentOf(person.Id);
        if (enrolment?.Status == EnrolmentStatus.Completed)
            throw new DomainException(new AlreadyCompleted(person.Name));
        if (enrolment?.Status != EnrolmentStatus.Enrolled)
            throw new DomainException(new NotEnrolled(person.Name));
        var missing = course.Rule.Missing(EvidenceFor(person.Id, modulesAttendedElsewhere), course.Modules);
        if (missing.Count > 0)
            throw new DomainException(new CompletionRuleNotMet(person.Name, course.Rule.Combination, missing));
        enrolment.Complete(now);
        return Accreditation.FromCourse(course, this, person.Id, organiser.Member, now);
    }

    /// <summary>
    /// What the rule reads. Attended: PRESENT or LATE at a session not cancelled. Expected: those sessions, less any the
    /// person was excused from, less any that started before they took their place and that they did not attend.
    /// </summary>
    public CompletionEvidence EvidenceFor(Id<Member> member, IReadOnlySet<Id<CourseModule>> modulesAttendedElsewhere)
    {
        var enrolment = EnrolmentOf(member);
        var placeTaken = enrolment?.PlaceTakenAt;
        int attended = 0, expected = 0;
        foreach (var session in _sessions.Where(s => !s.IsCancelled))
        {
            var mark = MarkOf(session.Id, member);
            if (mark is { Attended: true })
                (attended, expected) = (attended + 1, expected + 1);
            else if (mark?.Status != AttendanceStatus.Excused && !(placeTaken is { } taken && session.Start < taken))
                expected++;
        }
        var modules = new HashSet<Id<CourseModule>>(ModulesAttendedBy(member));
        modules.UnionWith(Guard.NotNull(modulesAttendedElsewhere));
        var outputs = new HashSet<string>(enrolment?.Outputs.Select(o => o.Output) ?? [], StringComparer.OrdinalIgnoreCase);
        return new CompletionEvidence(attended, expected, modules, outputs);
    }

    /// <summary>The modules this person attended in this cohort; another cohort of the course passes them to <see cref="Complete"/>.</summary>
    public IReadOnlySet<Id<CourseModule>> ModulesAttendedBy(Id<Member> member)
        => _sessions.Where(s => !s.IsCancelled && MarkOf(s.Id, member) is { Attended: true })
            .SelectMany(s => s.ModuleIds)
            .ToHashSet();

    public AttendanceMark? MarkOf(Id<CohortSession> session, Id<Member> member)
        => _attendance.Find(m => m.SessionId == session && m.MemberId == member);

    private void RequireOrganiserOrFacilitator(Actor actor, string what)
    {
        if (!actor.Organises(OrganisationId) && !Facilitates(actor.Member))
            throw new DomainException(new NotAllowed($"Only the cohort's facilitators or an organiser can {what}."));
    }
}
