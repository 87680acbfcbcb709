using NodaTime;
using Timebank.Domain.Directory;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Brokerage;

/// <summary>
/// A person's request for help to arrange their support, where the person chooses: they invite matching brokers,
/// brokers accept or decline, the person picks one of those who accepted, that broker logs sessions, and the person
/// (or a coordinator) closes it with the outcome and the hours given, which cannot exceed the hours logged.
/// </summary>
public sealed class BrokerageRequest
{
    public const int WhatToArrangeMaxLength = 1_000;
    public const int OutcomeNoteMaxLength = 1_000;
    public const int MaxInvites = 10;
    public const int MaxSessions = 200;

    private readonly List<BrokerageInvite> _invites = [];
    private readonly List<BrokerageSession> _sessions = [];

    public Id<BrokerageRequest> Id { get; private set; }
    public Id<Organisation> OrganisationId { get; private set; }
    public Id<Member> RequestedBy { get; private set; }
    public SupportedPerson? OnBehalfOf { get; private set; }
    public string WhatToArrange { get; private set; }
    public PostcodeDistrict Area { get; private set; }
    public LanguageCode? PreferredLanguage { get; private set; }
    public AccessibleFormats PreferredFormat { get; private set; }
    public bool JudgedIneligible { get; private set; }
    public bool InvolvesAdultAtRisk { get; private set; }
    // Open, arranged or withdrawn as stored; closed when the request has its closure (see BrokerageClosure).
    private BrokerageRequestState _state;

    public BrokerageRequestState State => Closure is null ? _state : BrokerageRequestState.Closed;
    public Instant RequestedAt { get; private set; }

    /// <summary>The day it was made in the timebank's time zone, from which "no broker after N days" counts.</summary>
    public LocalDate RequestedOn { get; private set; }

    public Id<Member>? ChosenBrokerId { get; private set; }
    public Instant? ArrangedAt { get; private set; }
    public BrokerageClosure? Closure { get; private set; }
    public BrokerageOutcome? Outcome => Closure?.Outcome;
    public string? OutcomeNote => Closure?.Note;
    public long? MinutesGiven => Closure?.MinutesGiven;
    public Id<Member>? ClosedBy => Closure?.ClosedBy;
    public Instant? ClosedAt => Closure?.ClosedAt;
    public LocalDate? ClosedOn => Closure?.ClosedOn;
    public Id<Member>? WithdrawnBy { get; private set; }
    public Instant? WithdrawnAt { get; private set; }

    public IReadOnlyList<BrokerageInvite> Invites => _invites;
    public IReadOnlyList<BrokerageSession> Sessions => _sessions;

    private BrokerageRequest(Id<Organisation> organisationId, Id<Member> requestedBy, string whatToArrange, PostcodeDistrict area, Instant requestedAt, LocalDate requestedOn)
    {
        Id = Id<BrokerageRequest>.New();
        (OrganisationId, RequestedBy, WhatToArrange, Area, RequestedAt, RequestedOn) = (organisationId, requestedBy, whatToArrange, area, requestedAt, requestedOn);
        _state = BrokerageRequestState.Open;
    }

    /// <summary>The member whose own hours would pay: the person themselves, if they are a member.</summary>
    public Id<Member>? PersonMemberId => OnBehalfOf is null ? RequestedBy : OnBehalfOf.MemberId;

    public long LoggedMinutes => _sessions.Sum(s => s.Minutes);

    /// <summary>An active member of a timebank asks, for themselves or (with consent) for someone they support.</summary>
    public static BrokerageRequest Make(Membership requester, BrokerageRequestDraft draft, LocalDate today, Instant now)
    {
        if (!requester.Has(Roles.Member))
            throw new DomainException(new NotAllowed("Only an approved member of the timebank can ask for brokerage."));
        if (draft.PreferredFormat != AccessibleFormats.None && !draft.PreferredFormat.IsSingle())
            throw new DomainException(new ValidationFailed("preferredFormat", "must be one format, or none"));
        return new BrokerageRequest(requester.OrganisationId, requester.MemberId,
            Text.Required(draft.WhatToArrange, "whatToArrange", WhatToArrangeMaxLength),
            PostcodeDistrict.ParseDistrictOrPostcode(draft.Area, "area"), now, today)
        {
            PreferredLanguage = draft.PreferredLanguage is null ? null : LanguageCode.Parse(draft.PreferredLanguage, "preferredLanguage"),
            PreferredFormat = draft.PreferredFormat,
            JudgedIneligible = draft.JudgedIneligible,
            InvolvesAdultAtRisk = draft.InvolvesAdultAtRisk,
            OnBehalfOf = draft.OnBehalfOf,
        };
    }

    /// <summary>The requester, or the person they asked for when that person is a member.</summary>
    public bool IsPersonSide(Id<Member> member) => member == RequestedBy || (OnBehalfOf?.MemberId is { } person && person == member);

    /// <summary>The person's side, the brokers invited, and coordinators of the timebank; nobody else.</summary>
    public bool MayBeReadBy(Id<Member> member, bool memberCoordinatesThisTimebank)
        => memberCoordinatesThisTimebank || IsPersonSide(member) || _invites.Exists(i => i.BrokerId == member);

    /// <summary>The person invites a broker who matches the request today.</summary>
    public BrokerageInvite Invite(Id<Member> actor, BrokerProfile broker, LocalDate today, Instant now)
    {
        RequirePersonSide(actor, "invite brokers");
        RequireState(BrokerageRequestState.Open);
        if (BrokerMatching.Mismatch(this, broker, today) is { } reason)
            throw new DomainException(new BrokerDoesNotMatch(reason));
        if (_invites.Exists(i => i.BrokerId == broker.MemberId))
            throw new DomainException(new AlreadyInvited());
        if (_invites.Count >= MaxInvites)
            throw new DomainException(new TooManyInvites(MaxInvites));
        var invite = BrokerageInvite.Send(Id, broker, now);
        _invites.Add(invite);
        return invite;
    }

    /// <summary>An invited broker accepts or declines, with a note if they like.</summary>
    public void Respond(BrokerProfile broker, bool accept, string? note, LocalDate today, Instant now)
    {
        var invite = InviteOf(broker.MemberId);
        RequireState(BrokerageRequestState.Open);
        if (accept)
            RequireSafeguardingFor(broker, today);
        invite.Answer(accept, note, now);
    }

    /// <summary>The person picks one of the brokers who accepted; everyone else invited sees it is arranged.</summary>
    public void Choose(Id<Member> actor, BrokerProfile broker, LocalDate today, Instant now)
    {
        RequirePersonSide(actor, "choose the broker");
        RequireState(BrokerageRequestState.Open);
        var chosen = InviteOf(broker.MemberId);
        if (chosen.Status != InviteStatus.Accepted)
            throw new DomainException(new BrokerHasNotAccepted());
        RequireSafeguardingFor(broker, today);
        chosen.Choose();
        foreach (var other in _invites.Where(i => i != chosen))
            other.Settle(InviteStatus.ArrangedWithAnother);
        (_state, ChosenBrokerId, ArrangedAt) = (BrokerageRequestState.Arranged, broker.MemberId, now);
    }

    /// <summary>The chosen broker logs time spent on the request.</summary>
    public BrokerageSession LogSession(Id<Member> actor, LocalDate on, long minutes, string? note, LocalDate today, Instant now)
    {
        if (actor != ChosenBrokerId)
            throw new DomainException(new NotAllowed("Only the broker the person chose can log sessions."));
        RequireState(BrokerageRequestState.Arranged);
        if (_sessions.Count >= MaxSessions)
            throw new DomainException(new ValidationFailed("sessions", $"at most {MaxSessions} can be logged on one request"));
        var session = BrokerageSession.Log(Id, on, minutes, note, actor, RequestedOn, today, now);
        _sessions.Add(session);
        return session;
    }

    /// <summary>
    /// The person (or a coordinator) closes it with the outcome and the minutes given, at most what was logged.
    /// <see cref="BrokerageHours.ForClosed"/> then says what should move; if that refuses, nothing is saved.
    /// The closure returned is what the store writes, with the exchange, in one transaction.
    /// </summary>
    public BrokerageClosure Close(Id<Member> actor, bool actorCoordinatesThisTimebank, BrokerageOutcome outcome, string? note, long minutesGiven, LocalDate today, Instant now)
    {
        if (!IsPersonSide(actor) && !actorCoordinatesThisTimebank)
            throw new DomainException(new NotAllowed("Only the person, whoever asked on their behalf, or a coordinator can close this request."));
        if (State == BrokerageRequestState.Closed)
            throw new DomainException(new AlreadyClosed());
        RequireState(BrokerageRequestState.Arranged);
        if (!Enum.IsDefined(outcome))
            throw new DomainException(new ValidationFailed("outcome", "must be arranged, partly arranged or not arranged"));
        if (minutesGiven < 0)
            throw new DomainException(new ValidationFailed("minutesGiven", "must not be negative"));
        if (minutesGiven > LoggedMinutes)
            throw new DomainException(new MoreHoursThanLogged(minutesGiven, LoggedMinutes));
        Closure = BrokerageClosure.Make(Id, outcome, Text.Optional(note, "note", OutcomeNoteMaxLength), minutesGiven, actor, now, today);
        return Closure;
    }

    /// <summary>The person (or a coordinator) withdraws a request no session has been logged on.</summary>
    public void Withdraw(Id<Member> actor, bool actorCoordinatesThisTimebank, Instant now)
    {
        if (!IsPersonSide(actor) && !actorCoordinatesThisTimebank)
            throw new DomainException(new NotAllowed("Only the person, whoever asked on their behalf, or a coordinator can withdraw this request."));
        if (State is BrokerageRequestState.Closed or BrokerageRequestState.Withdrawn)
            throw new DomainException(new NotAtThisStage(State));
        if (_sessions.Count > 0)
            throw new DomainException(new ValidationFailed("requestId", "has sessions logged; close it with its outcome instead"));
        foreach (var invite in _invites)
            invite.Settle(InviteStatus.Withdrawn);
        (_state, WithdrawnBy, WithdrawnAt) = (BrokerageRequestState.Withdrawn, actor, now);
    }

    private BrokerageInvite InviteOf(Id<Member> broker)
        => _invites.Find(i => i.BrokerId == broker) ?? throw new DomainException(new NotInvited());

    private void RequireSafeguardingFor(BrokerProfile broker, LocalDate today)
    {
        if (InvolvesAdultAtRisk && !broker.CheckInDateOn(today))
            throw new DomainException(new BrokerDoesNotMatch(MismatchReason.SafeguardingCheckNotInDate));
    }

    private void RequirePersonSide(Id<Member> actor, string what)
    {
        if (!IsPersonSide(actor))
            throw new DomainException(new NotAllowed($"Only the person, or whoever asked on their behalf, can {what}."));
    }

    private void RequireState(BrokerageRequestState state)
    {
        if (State != state)
            throw new DomainException(new NotAtThisStage(State));
    }
}
