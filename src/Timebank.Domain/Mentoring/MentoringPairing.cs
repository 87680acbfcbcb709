using NodaTime;
using Timebank.Domain.Courses;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Mentoring;

/// <summary>
/// A mentor and the people they mentor, meeting at a cadence. A coaching or action-learning set is a pairing with
/// several mentees: they meet together, so one meeting, one cadence and one due date serve the set, and its notes are
/// shared by the set and no one else. <see cref="NextDueOn"/> is stored so "who is overdue" is one indexed query.
/// </summary>
public sealed class MentoringPairing
{
    public const int MaxMentees = 12;

    private readonly List<Id<Member>> _menteeIds = [];

    public Id<MentoringPairing> Id { get; private set; }
    public Id<Organisation> OrganisationId { get; private set; }
    public Id<Member> MentorId { get; private set; }
    public IReadOnlyList<Id<Member>> MenteeIds => _menteeIds;

    /// <summary>The cohort the mentoring follows, if any.</summary>
    public Id<Cohort>? CohortId { get; private set; }

    public Cadence Cadence { get; private set; }
    public LocalDate StartsOn { get; private set; }

    /// <summary>The timebank where the mentor banks hours; null when the pairing banks none.</summary>
    public Id<Organisation>? HoursTimebankId { get; private set; }

    public LocalDate? LastMetOn { get; private set; }

    /// <summary>One cadence after the last meeting, or after the start before any; null once ended.</summary>
    public LocalDate? NextDueOn { get; private set; }

    public LocalDate? EndedOn { get; private set; }
    public Id<Member> PairedBy { get; private set; }
    public Instant PairedAt { get; private set; }

    private MentoringPairing(Id<Organisation> organisationId, Id<Member> mentorId, Cadence cadence, LocalDate startsOn, Id<Member> pairedBy, Instant pairedAt)
    {
        Id = Id<MentoringPairing>.New();
        OrganisationId = organisationId;
        MentorId = mentorId;
        Cadence = cadence;
        StartsOn = startsOn;
        PairedBy = pairedBy;
        PairedAt = pairedAt;
        NextDueOn = cadence.After(startsOn);
    }

    public static MentoringPairing Pair(Id<Organisation> organisation, Actor organiser, Person mentor, IReadOnlyList<Person> mentees,
        Id<Cohort>? cohort, Cadence cadence, LocalDate startsOn, Id<Organisation>? hoursTimebank, Instant now)
    {
        organiser.RequireOrganiser(organisation, "pair a mentor");
        Guard.NotNull(mentees);
        if (mentees.Count is 0 or > MaxMentees || mentees.Select(m => m.Id).Distinct().Count() != mentees.Count)
            throw new DomainException(new ValidationFailed("mentees", $"must name 1 to {MaxMentees} people, each once"));
        if (mentees.Any(m => m.Id == mentor.Id))
            throw new DomainException(new ValidationFailed("mentees", $"{mentor.Name} is the mentor and cannot also be a mentee"));
        if (!Enum.IsDefined(cadence))
            throw new DomainException(new ValidationFailed("cadence", "must be WEEKLY, FORTNIGHTLY, MONTHLY or QUARTERLY"));
        var pairing = new MentoringPairing(organisation, mentor.Id, cadence, startsOn, organiser.Member, now)
        {
            CohortId = cohort,
            HoursTimebankId = hoursTimebank,
        };
        pairing._menteeIds.AddRange(mentees.Select(m => m.Id));
        return pairing;
    }

    public bool Involves(Id<Member> member) => member == MentorId || _menteeIds.Contains(member);

    public bool IsEnded => EndedOn is not null;

    /// <summary>Overdue once the organisation's calendar has passed the due date: not on the due day, from the day after.</summary>
    public bool IsOverdue(Instant now, DateTimeZone zone) => NextDueOn is { } due && now.InZone(Guard.NotNull(zone)).Date > due;

    /// <summary>
    /// Logs a meeting of the pair (by the mentor or a mentee), on or before today and not before the start; a meeting
    /// written up after the pairing ended may be dated up to its end. Returns the hours to bank when asked and possible.
    /// </summary>
    public (MentoringMeeting Meeting, HoursToBank? Credit) LogMeeting(Actor actor, LocalDate date, int minutes, string? notes, bool creditMentor, DateTimeZone zone, Instant now,
        Id<MentoringMeeting>? id = null)
    {
        if (!Involves(actor.Member))
            throw new DomainException(new NotAllowed("Only the mentor and mentees of this pairing can log its meetings."));
        var today = now.InZone(Guard.NotNull(zone)).Date;
        if (date > today)
            throw new DomainException(new ValidationFailed("date", "must not be in the future"));
        if (date < StartsOn)
            throw new DomainException(new ValidationFailed("date", $"must be on or after the pairing's start, {Wording.Day(StartsOn)}"));
        if (EndedOn is { } ended && date > ended)
            throw new DomainException(new PairingEnded(Wording.Day(ended)));
        if (creditMentor && HoursTimebankId is null)
            throw new DomainException(new NoTimebankForHours());
        var meeting = MentoringMeeting.Log(this, date, minutes, notes, creditMentor, actor.Member, now, id);
        if (!IsEnded)
        {
            LastMetOn = LastMetOn is { } last && last > date ? last : date;
            NextDueOn = Cadence.After(LastMetOn.Value);
        }
        return (meeting, creditMentor ? MentoringHours.For(this, meeting) : null);
    }

    /// <summary>Ends the pairing (an organiser or the mentor); nothing is due after that.</summary>
    public void End(Actor actor, LocalDate on, DateTimeZone zone, Instant now)
    {
        if (actor.Member != MentorId && !actor.Organises(OrganisationId))
            throw new DomainException(new NotAllowed("Only the mentor or an organiser can end this pairing."));
        if (EndedOn is { } ended)
            throw new DomainException(new PairingEnded(Wording.Day(ended)));
        if (on > now.InZone(Guard.NotNull(zone)).Date || on < StartsOn)
            throw new DomainException(new ValidationFailed("endedOn", $"must be between the start, {Wording.Day(StartsOn)}, and today"));
        EndedOn = on;
        NextDueOn = null;
    }
}
