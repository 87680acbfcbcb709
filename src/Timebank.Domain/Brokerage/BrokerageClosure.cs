using NodaTime;
using Timebank.Domain.Members;

namespace Timebank.Domain.Brokerage;

/// <summary>
/// How a request ended: the outcome, the minutes given and who closed it. A row of its own, written once and never
/// changed, so the close can be stored in the same transaction as the ledger exchange that pays the hours (the
/// ledger writes only new rows), and a second close finds it there.
/// </summary>
public sealed class BrokerageClosure
{
    public Id<BrokerageRequest> RequestId { get; private set; }
    public BrokerageOutcome Outcome { get; private set; }
    public string? Note { get; private set; }
    public long MinutesGiven { get; private set; }
    public Id<Member> ClosedBy { get; private set; }
    public Instant ClosedAt { get; private set; }
    public LocalDate ClosedOn { get; private set; }

    /// <summary>The exchange that paid the broker, when hours were given.</summary>
    public Guid? ExchangeId { get; private set; }

    private BrokerageClosure(Id<BrokerageRequest> requestId, BrokerageOutcome outcome, long minutesGiven, Id<Member> closedBy, Instant closedAt, LocalDate closedOn)
        => (RequestId, Outcome, MinutesGiven, ClosedBy, ClosedAt, ClosedOn) = (requestId, outcome, minutesGiven, closedBy, closedAt, closedOn);

    internal static BrokerageClosure Make(Id<BrokerageRequest> request, BrokerageOutcome outcome, string? note, long minutesGiven, Id<Member> closedBy, Instant now, LocalDate today)
        => new(request, outcome, minutesGiven, closedBy, now, today) { Note = note };

    /// <summary>Links the close to the exchange that paid for it; set while both are written together.</summary>
    public void PaidBy(Guid exchangeId) => ExchangeId = exchangeId;
}
