using NodaTime;
using Timebank.Domain.Members;

namespace Timebank.Domain.Brokerage;

public enum InviteStatus
{
    Invited = 1,
    Accepted = 2,
    Declined = 3,

    /// <summary>The person chose this broker.</summary>
    Chosen = 4,

    /// <summary>The person chose another broker; this one sees the request is arranged.</summary>
    ArrangedWithAnother = 5,

    /// <summary>The person withdrew the request.</summary>
    Withdrawn = 6,
}

/// <summary>One broker's invitation to a request and their answer.</summary>
public sealed class BrokerageInvite
{
    public const int NoteMaxLength = 500;

    public Id<BrokerageInvite> Id { get; private set; }
    public Id<BrokerageRequest> RequestId { get; private set; }
    public Id<BrokerProfile> BrokerProfileId { get; private set; }
    public Id<Member> BrokerId { get; private set; }
    public InviteStatus Status { get; private set; }
    public string? Note { get; private set; }
    public Instant InvitedAt { get; private set; }
    public Instant? RespondedAt { get; private set; }

    private BrokerageInvite(Id<BrokerageRequest> requestId, Id<BrokerProfile> brokerProfileId, Id<Member> brokerId, Instant invitedAt)
        => (Id, RequestId, BrokerProfileId, BrokerId, Status, InvitedAt) = (Id<BrokerageInvite>.New(), requestId, brokerProfileId, brokerId, InviteStatus.Invited, invitedAt);

    internal static BrokerageInvite Send(Id<BrokerageRequest> request, BrokerProfile broker, Instant now) => new(request, broker.Id, broker.MemberId, now);

    internal void Answer(bool accept, string? note, Instant now)
    {
        if (Status != InviteStatus.Invited)
            throw new DomainException(new AlreadyAnswered());
        Note = Text.Optional(note, "note", NoteMaxLength);
        Status = accept ? InviteStatus.Accepted : InviteStatus.Declined;
        RespondedAt = now;
    }

    internal void Choose() => Status = InviteStatus.Chosen;

    /// <summary>Anyone still waiting or accepted learns the request is settled without them.</summary>
    internal void Settle(InviteStatus outcome)
    {
        if (Status is InviteStatus.Invited or InviteStatus.Accepted or InviteStatus.Chosen)
            Status = outcome;
    }
}
