namespace Timebank.Domain.Brokerage;

public sealed record NotABroker()
    : DomainError("NOT_A_BROKER", "Only members with the broker role can keep a broker profile; ask a coordinator for it.");

public sealed record ConsentNotRecorded()
    : DomainError("CONSENT_NOT_RECORDED", "Record that the person agreed to this request, and how, before asking on their behalf.");

public sealed record BrokerDoesNotMatch(MismatchReason Reason)
    : DomainError("BROKER_DOES_NOT_MATCH", Reason switch
    {
        MismatchReason.OtherTimebank => "That broker belongs to another timebank.",
        MismatchReason.SamePerson => "A broker cannot broker their own request.",
        MismatchReason.NotTakingRequests => "That broker is not taking requests just now.",
        MismatchReason.AreaNotServed => "That broker does not cover the request's area.",
        MismatchReason.LanguageNotSpoken => "That broker does not speak the language asked for.",
        MismatchReason.FormatNotOffered => "That broker does not offer the format asked for.",
        MismatchReason.SafeguardingCheckNotInDate => "This request involves an adult at risk, so it goes only to brokers whose safeguarding check is recorded and in date today.",
        _ => "That broker does not match this request.",
    });

public sealed record AlreadyInvited()
    : DomainError("ALREADY_INVITED", "That broker has already been invited to this request.");

public sealed record TooManyInvites(int Max)
    : DomainError("TOO_MANY_INVITES", $"At most {Max} brokers can be invited to one request.");

public sealed record NotInvited()
    : DomainError("NOT_INVITED", "That broker was not invited to this request.");

public sealed record AlreadyAnswered()
    : DomainError("ALREADY_ANSWERED", "This invitation has already been answered.");

public sealed record BrokerHasNotAccepted()
    : DomainError("BROKER_HAS_NOT_ACCEPTED", "Choose one of the brokers who accepted.");

public sealed record NotAtThisStage(BrokerageRequestState State)
    : DomainError("REQUEST_STAGE", State switch
    {
        BrokerageRequestState.Open => "No broker has been chosen for this request yet.",
        BrokerageRequestState.Arranged => "A broker has already been chosen for this request.",
        BrokerageRequestState.Closed => "This request is closed.",
        _ => "This request was withdrawn.",
    });

public sealed record AlreadyClosed()
    : DomainError("ALREADY_CLOSED", "This request has already been closed.");

public sealed record MoreHoursThanLogged(long MinutesGiven, long MinutesLogged)
    : DomainError("MORE_HOURS_THAN_LOGGED",
        $"{TimeText.Of(MinutesGiven)} is more than the {TimeText.Of(MinutesLogged)} of sessions logged; log the rest first, or close with {TimeText.Of(MinutesLogged)} or less.");

/// <summary>The person cannot pay the hours and the timebank has no brokerage grant.</summary>
public sealed record NoOneCanPay(long Minutes, string Why)
    : DomainError("NO_ONE_CAN_PAY", $"Nobody can pay the {TimeText.Of(Minutes)}: {Why}, and the timebank has no brokerage grant. A coordinator can set one, or close with no hours.")
{
    public const string NotAMember = "the person has no hours account in this timebank";
    public const string PastFloor = "the person's account would go past its lowest allowed balance";
}
