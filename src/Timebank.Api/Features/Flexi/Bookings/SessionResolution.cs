using NodaTime;
using Timebank.Domain.Flexi.Bookings;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Flexi;

/// <summary>
/// How a session ended (completed or cancelled), written with the transfer that posted or voided its hold. Keyed by
/// the session, so a session resolves once even when two requests race; the session row itself is never changed.
/// </summary>
public sealed class SessionResolution
{
    public Id<SupportSession> SessionId { get; private set; }
    public SessionStatus Status { get; private set; }
    public long? DeliveredMinutes { get; private set; }
    public Id<Member> ResolvedBy { get; private set; }
    public Instant ResolvedAt { get; private set; }
    public string? CancelReason { get; private set; }
    public Id<Transfer> TransferId { get; private set; }

    public SessionResolution(Id<SupportSession> sessionId, SessionStatus status, long? deliveredMinutes, Id<Member> resolvedBy, Instant resolvedAt, string? cancelReason, Id<Transfer> transferId)
    {
        SessionId = sessionId;
        Status = status;
        DeliveredMinutes = deliveredMinutes;
        ResolvedBy = resolvedBy;
        ResolvedAt = resolvedAt;
        CancelReason = cancelReason;
        TransferId = transferId;
    }

    public static SessionResolution Of(SupportSession session, Id<Transfer> transfer)
        => new(session.Id, session.Status, session.DeliveredMinutes, session.ResolvedBy!.Value, session.ResolvedAt!.Value, session.CancelReason, transfer);

    public void ApplyTo(SupportSession session) => session.Restore(Status, DeliveredMinutes, ResolvedBy, ResolvedAt, CancelReason);
}
