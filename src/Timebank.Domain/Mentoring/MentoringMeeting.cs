using System.Security.Cryptography;
using System.Text;
using NodaTime;
using Timebank.Domain.Courses;
using Timebank.Domain.Ledger;
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

    private MentoringMeeting(Id<MentoringMeeting> id, Id<MentoringPairing> pairingId, LocalDate date, int minutes, bool creditsMentor, Id<Member> loggedBy, Instant loggedAt)
    {
        Id = id;
        PairingId = pairingId;
        Date = date;
        Minutes = minutes;
        CreditsMentor = creditsMentor;
        LoggedBy = loggedBy;
        LoggedAt = loggedAt;
    }

    internal static MentoringMeeting Log(MentoringPairing pairing, LocalDate date, int minutes, string? notes, bool creditsMentor, Id<Member> by, Instant now, Id<MentoringMeeting>? id)
    {
        if (minutes is < MinMinutes or > MaxMinutes)
            throw new DomainException(new ValidationFailed("minutes",
                $"must be between {Wording.HoursAndMinutes(MinMinutes)} and {Wording.HoursAndMinutes(MaxMinutes)}"));
        var text = Text.Optional(notes, "notes", NotesMaxLength);
        return new MentoringMeeting(id ?? Id<MentoringMeeting>.New(), pairing.Id, date, minutes, creditsMentor, by, now) { Notes = text };
    }

    /// <summary>
    /// The id a meeting logged with a client's idempotency key gets, the same however often it is sent, so a retry
    /// finds the meeting it logged and the mentor's hours (keyed by the meeting) are banked once. Keys are the logger's own.
    /// </summary>
    public static Id<MentoringMeeting> KeyedId(Id<MentoringPairing> pairing, Id<Member> loggedBy, IdempotencyKey key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"mentoring-meeting\n{pairing.Value:N}\n{loggedBy.Value:N}\n{Guard.NotNull(key).Value}"));
        return Id<MentoringMeeting>.From(new Guid(hash.AsSpan(0, 16)));
    }

    /// <summary>Whether a request to log a meeting asks for what this meeting already records (a retry), or for something else under its key.</summary>
    public bool Records(LocalDate date, int minutes, string? notes, bool creditsMentor)
        => Date == date && Minutes == minutes && CreditsMentor == creditsMentor && (Notes ?? string.Empty) == (notes?.Trim() ?? string.Empty);

    /// <summary>The notes for a member of the pair; null for anyone else, organisers included.</summary>
    public string? NotesFor(MentoringPairing pairing, Id<Member> viewer)
        => Guard.NotNull(pairing).Id == PairingId && pairing.Involves(viewer) ? Notes : null;
}
