using NodaTime;
using Timebank.Domain.Common;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Plans.Sessions;

/// <summary>
/// A "Planning Live" group session: a few people draft their plans together over one or more sittings, with their
/// allies and named facilitators. The session is small (at most 10 people planning) and read and changed whole, so
/// who is in it, their allies and attendance live on it and its capacity is checked against its own list.
/// </summary>
public sealed class PlanningSession
{
    public const int TitleMaxLength = 120;
    public const int PlaceMaxLength = 300;
    public const int RelationshipMaxLength = 100;
    public const int NameMaxLength = 100;
    public const int MinCapacity = 2;
    public const int MaxCapacity = 10;
    public const int MaxSittings = 10;
    public const int MaxFacilitators = 6;
    public const int MaxAlliesEach = 5;

    public Id<PlanningSession> Id { get; private set; }
    public Id<Organisation> OrganisationId { get; private set; }
    public string Title { get; private set; } = null!;
    public string Place { get; private set; } = null!;
    public int Capacity { get; private set; }
    public IReadOnlyList<Sitting> Sittings { get; private set; } = [];
    public IReadOnlyList<Id<Member>> Facilitators { get; private set; } = [];
    public IReadOnlyList<SessionAttendee> Attendees { get; private set; } = [];
    public IReadOnlyList<SessionAlly> Allies { get; private set; } = [];
    public IReadOnlyList<SittingAttendance> Attendance { get; private set; } = [];
    public Id<Member> ScheduledBy { get; private set; }
    public Instant ScheduledAt { get; private set; }

    private PlanningSession()
    {
    }

    public static PlanningSession Schedule(Id<Organisation> organisation, string? title, string? place, IReadOnlyList<(Instant Start, Instant End)>? sittings,
        int capacity, IReadOnlyList<Id<Member>>? facilitators, Id<Member> by, Instant now)
    {
        var planned = (sittings ?? []).Select((s, i) => Sitting.Plan(s.Start, s.End, $"sittings[{i}]")).OrderBy(s => s.Start).ToList();
        if (planned.Count is 0 or > MaxSittings)
            throw new DomainException(new ValidationFailed("sittings", $"a session has from 1 to {MaxSittings} sittings"));
        for (var i = 1; i < planned.Count; i++)
        {
            if (planned[i].Start < planned[i - 1].End)
                throw new DomainException(new ValidationFailed("sittings", "two sittings overlap"));
        }
        if (capacity is < MinCapacity or > MaxCapacity)
            throw new DomainException(new ValidationFailed("capacity", $"a session is for {MinCapacity} to {MaxCapacity} people planning (allies are not counted)"));
        var named = facilitators ?? [];
        if (named.Count is 0 or > MaxFacilitators || named.Distinct().Count() != named.Count)
            throw new DomainException(new ValidationFailed("facilitators", $"names from 1 to {MaxFacilitators} people, each once"));
        return new PlanningSession
        {
            Id = Id<PlanningSession>.New(),
            OrganisationId = organisation,
            Title = Text.Required(title, "title", TitleMaxLength),
            Place = Text.Required(place, "place", PlaceMaxLength),
            Capacity = capacity,
            Sittings = planned,
            Facilitators = [.. named],
            ScheduledBy = by,
            ScheduledAt = now,
        };
    }

    public bool IsAttendee(Id<Member> person) => Attendees.Any(a => a.Person == person);

    public bool Facilitates(Id<Member> member) => Facilitators.Contains(member);

    /// <summary>Adds a person planning; allies never count towards the places.</summary>
    public void Invite(Id<Member> person, Id<Member> by, Instant now)
    {
        if (IsAttendee(person))
            throw new DomainException(new AlreadyAttending());
        if (Attendees.Count >= Capacity)
            throw new DomainException(new PlanningSessionFull(Capacity));
        Attendees = [.. Attendees, new SessionAttendee(person, by, now)];
    }

    /// <summary>A person planning brings an ally: a member, or a name; either way with how they are related.</summary>
    public SessionAlly InviteAlly(Id<Member> of, Id<Member>? member, string? name, string? relationship, Id<Member> by, Instant now)
    {
        if (!IsAttendee(of))
            throw new DomainException(new NotAnAttendee("Allies come with someone planning in this session; that person is not one of them."));
        var called = Text.Optional(name, "name", NameMaxLength);
        if (member is null && called is null)
            throw new DomainException(new ValidationFailed("name", "names the ally, or give their member id"));
        if (member == of)
            throw new DomainException(new ValidationFailed("memberId", "is the person planning themselves"));
        if (Allies.Count(a => a.Of == of) >= MaxAlliesEach)
            throw new DomainException(new ValidationFailed("allies", $"each person brings at most {MaxAlliesEach} allies"));
        if (member is { } m && Allies.Any(a => a.Of == of && a.Member == m))
            throw new DomainException(new ValidationFailed("memberId", "is already an ally of this person in this session"));
        var ally = new SessionAlly(Guid.CreateVersion7(), of, member, called, Text.Required(relationship, "relationship", RelationshipMaxLength), by, now);
        Allies = [.. Allies, ally];
        return ally;
    }

    /// <summary>Records who was there for a sitting; a later record for the same person and sitting replaces the earlier.</summary>
    public void RecordAttendance(Guid sitting, IReadOnlyList<(Id<Member> Person, bool Present)> marks, Id<Member> by, Instant now)
    {
        if (Sittings.All(s => s.Id != sitting))
            throw new DomainException(new SittingNotInSession());
        if (marks.Count == 0)
            throw new DomainException(new ValidationFailed("marks", "records at least one person"));
        if (marks.Select(m => m.Person).Distinct().Count() != marks.Count)
            throw new DomainException(new ValidationFailed("marks", "names someone twice"));
        if (marks.Any(m => !IsAttendee(m.Person)))
            throw new DomainException(new NotAnAttendee("Attendance is recorded for the people planning in this session; someone named is not one of them."));
        var people = marks.Select(m => m.Person).ToHashSet();
        Attendance = [.. Attendance.Where(a => a.SittingId != sitting || !people.Contains(a.Person)),
            .. marks.Select(m => new SittingAttendance(sitting, m.Person, m.Present, by, now))];
    }
}
