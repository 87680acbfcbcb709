using NodaTime;
using Timebank.Domain.Courses;
using Timebank.Domain.Members;

namespace Timebank.Domain.Mentoring;

/// <summary>One meeting of a pairing: when, how long, and notes that only the pair (mentor and mentees) can read.</summary>
public sealed class MentoringMeeting
{
    public const int NotesMaxLength = 4000;
    public const int MinMinutes = 5;
    public const int MaxMinutes = 8 * 60;

    public Id<MentoringMeeting> Id { get; private set; }
    public Id<MentoringPairing> PairingId { get; private set; }
    public LocalDate Date { get; private set; }
    public int Minutes { get; private set; }

    /// <summary>Read through <see cref="NotesFor"/>, which keeps them to the pair.</summary>
    internal string? Notes { get; private set; }

    /// <summary>Whether the mentor's hours for this meeting are banked.</summary>
    public bool CreditsMentor { get; private set; }

    public Id<Member> LoggedBy { get; private set; }
    public Instant LoggedAt { get; private set; }

    private MentoringMeeting(Id<MentoringPairing> pairingId, LocalDate date, int minutes, bool creditsMentor, Id<Member> loggedBy, Instant loggedAt)
    {
        Id = Id<MentoringMeeting>.New();
        PairingId = pairingId;
        Date = date;
        Minutes = minutes;
        CreditsMentor = creditsMentor;
        LoggedBy = loggedBy;
        LoggedAt = loggedAt;
    }

    internal static MentoringMeeting Log(MentoringPairing pairing, LocalDate date, int minutes, string? notes, bool creditsMentor, Id<Member> by, Instant now)
    {
        if (minutes is < MinMinutes or > MaxMinutes)
            throw new DomainException(new ValidationFailed("minutes",
                $"must be between {Wording.HoursAndMinutes(MinMinutes)} and {Wording.HoursAndMinutes(MaxMinutes)}"));
        var text = Text.Optional(notes, "notes", NotesMaxLength);
        return new MentoringMeeting(pairing.Id, date, minutes, creditsMentor, by, now) { Notes = text };
    }

    /// <summary>The notes for a member of the pair; null for anyone else, organisers included.</summary>
    public string? NotesFor(MentoringPairing pairing, Id<Member> viewer)
        => Guard.NotNull(pairing).Id == PairingId && pairing.Involves(viewer) ? Notes : null;
}
