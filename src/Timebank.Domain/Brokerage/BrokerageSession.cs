using NodaTime;
using Timebank.Domain.Members;

namespace Timebank.Domain.Brokerage;

/// <summary>Time the chosen broker spent on the request, logged by them; closing can pay up to the total logged.</summary>
public sealed class BrokerageSession
{
    public const int NoteMaxLength = 1_000;

    /// <summary>Twelve hours: a longer single session is a typing slip.</summary>
    public const long MaxMinutes = 12 * 60;

    public Id<BrokerageSession> Id { get; private set; }
    public Id<BrokerageRequest> RequestId { get; private set; }
    public LocalDate On { get; private set; }
    public long Minutes { get; private set; }
    public string? Note { get; private set; }
    public Id<Member> LoggedBy { get; private set; }
    public Instant LoggedAt { get; private set; }

    private BrokerageSession(Id<BrokerageRequest> requestId, LocalDate on, long minutes, Id<Member> loggedBy, Instant loggedAt)
        => (Id, RequestId, On, Minutes, LoggedBy, LoggedAt) = (Id<BrokerageSession>.New(), requestId, on, minutes, loggedBy, loggedAt);

    internal static BrokerageSession Log(Id<BrokerageRequest> request, LocalDate on, long minutes, string? note, Id<Member> broker, LocalDate requestedOn, LocalDate today, Instant now)
    {
        if (minutes is < 1 or > MaxMinutes)
            throw new DomainException(new ValidationFailed("minutes", $"must be from 1 minute to {TimeText.Of(MaxMinutes)}"));
        if (on > today)
            throw new DomainException(new ValidationFailed("date", "must not be in the future"));
        if (on < requestedOn)
            throw new DomainException(new ValidationFailed("date", "must not be before the request was made"));
        return new BrokerageSession(request, on, minutes, broker, now) { Note = Text.Optional(note, "note", NoteMaxLength) };
    }
}
