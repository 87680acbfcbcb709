using NodaTime;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Timebank;

/// <summary>What a timebank transfer was for; stored as the transfer's code so the journal says it too.</summary>
public enum ExchangeKind
{
    Exchange = 1,
    GroupExchange = 2,
    Donation = 3,
    Grant = 4,
    Reversal = 5,
}

/// <summary>Where an exchange stands; read from the ledger (the hold and what resolved it), never stored twice.</summary>
public enum ExchangeStatus
{
    AwaitingConfirmation = 1,
    Confirmed = 2,
    Declined = 3,
    Expired = 4,
    Reversed = 5,
}

/// <summary>
/// The story behind a timebank transfer: who gave, who received, how long, what for, when. Written once with its
/// transfer and never edited; corrections are reversals with their own record. Its sides are named as the ledger
/// names them: for help given, the giver is credited (one hour given is one hour earned) and the receiver debited;
/// a donor is debited and a member granted hours credited; a null side is the pool.
/// </summary>
public sealed class Exchange
{
    public const int DescriptionMaxLength = ExchangeDescription.MaxLength;

    public Id<Exchange> Id { get; private set; }
    public Id<Organisation> OrganisationId { get; private set; }
    public ExchangeKind Kind { get; private set; }
    /// <summary>Whose account was credited: the giver of help (or the member granted hours); null for the pool.</summary>
    public Id<Member>? CreditedMemberId { get; private set; }

    /// <summary>Whose account was debited: the receiver of help (or the member who donated); null for the pool.</summary>
    public Id<Member>? DebitedMemberId { get; private set; }
    public long Minutes { get; private set; }
    public string Description { get; private set; }
    public Id<Category>? CategoryId { get; private set; }
    public LocalDate Date { get; private set; }
    public Id<Member> RecordedBy { get; private set; }
    public Instant RecordedAt { get; private set; }

    /// <summary>The transfer that moved the hours, or the hold waiting for the receiver.</summary>
    public Id<Transfer> TransferId { get; private set; }

    /// <summary>Shared by the exchanges of one group session.</summary>
    public Guid? GroupId { get; private set; }

    /// <summary>For a reversal: the exchange it undoes.</summary>
    public Id<Exchange>? ReversesId { get; private set; }

    private Exchange(ExchangeKind kind, Id<Organisation> organisationId, long minutes, string description, LocalDate date, Id<Member> recordedBy, Instant recordedAt, Id<Transfer> transferId)
    {
        Id = Id<Exchange>.New();
        Kind = kind;
        OrganisationId = organisationId;
        Minutes = minutes;
        Description = description;
        Date = date;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
        TransferId = transferId;
    }

    /// <summary>The description and date come checked (<see cref="ExchangeDescription"/>, <see cref="ExchangeDate"/>): nothing unchecked is recorded.</summary>
    public static Exchange Record(ExchangeKind kind, Id<Organisation> organisation, Id<Member>? credited, Id<Member>? debited, Amount minutes,
        ExchangeDescription description, Id<Category>? category, ExchangeDate date, Id<Member> recordedBy, Instant now, Id<Transfer> transfer,
        Guid? groupId = null, Id<Exchange>? reverses = null)
        => new(kind, organisation, minutes.Value, description.Value ?? throw new ArgumentException("unchecked description", nameof(description)),
            date.Value, recordedBy, now, transfer)
        {
            CreditedMemberId = credited,
            DebitedMemberId = debited,
            CategoryId = category,
            GroupId = groupId,
            ReversesId = reverses,
        };
}

/// <summary>How an exchange recorded by someone is treated.</summary>
public enum Recording
{
    /// <summary>The receiver or a coordinator recorded it: the hours move now.</summary>
    PostNow = 1,

    /// <summary>The giver recorded it: the hours are held until the receiver confirms.</summary>
    AwaitReceiver = 2,
}

public static class ExchangeRules
{
    public static Recording Decide(Id<Member> recorder, bool recorderCoordinates, Id<Member> giver, Id<Member> receiver)
    {
        if (giver == receiver)
            throw new DomainException(new ValidationFailed("receiverId", "must be someone other than the giver"));
        if (recorder == receiver || recorderCoordinates)
            return Recording.PostNow;
        if (recorder == giver)
            return Recording.AwaitReceiver;
        throw new DomainException(new NotAllowed("Only the giver, the receiver or a coordinator can record an exchange."));
    }

    /// <summary>The receiver confirms; a coordinator may confirm for someone who cannot.</summary>
    public static void RequireMayConfirm(Exchange exchange, Id<Member> actor, bool actorCoordinates)
    {
        if (exchange.DebitedMemberId != actor && !actorCoordinates)
            throw new DomainException(new NotAllowed("Only the receiver or a coordinator can confirm this exchange."));
    }

    /// <summary>The receiver declines it, the giver withdraws it, or a coordinator clears it.</summary>
    public static void RequireMayDecline(Exchange exchange, Id<Member> actor, bool actorCoordinates)
    {
        if (exchange.DebitedMemberId != actor && exchange.CreditedMemberId != actor && !actorCoordinates)
            throw new DomainException(new NotAllowed("Only the giver, the receiver or a coordinator can decline this exchange."));
    }

    public static ExchangeStatus Status(TransferKind recordedAs, TransferKind? resolvedAs, bool reversed, bool holdPastDeadline)
        => reversed ? ExchangeStatus.Reversed
            : recordedAs == TransferKind.Posted ? ExchangeStatus.Confirmed
            : resolvedAs switch
            {
                TransferKind.PostPending => ExchangeStatus.Confirmed,
                TransferKind.VoidPending => ExchangeStatus.Declined,
                TransferKind.ExpirePending => ExchangeStatus.Expired,
                _ => holdPastDeadline ? ExchangeStatus.Expired : ExchangeStatus.AwaitingConfirmation,
            };
}
