using NodaTime;
using Timebank.Domain.Flexi.Allowances;
using Timebank.Domain.Flexi.Movements;
using Timebank.Domain.Flexi.Services;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Flexi.Bookings;

/// <summary>
/// A one-to-one support session with a worker the customer chose: booked (minutes held), then completed (posted to
/// the worker, possibly fewer minutes, releasing the rest) or cancelled (the hold voided). Never posted by itself: a
/// session left uncompleted is listed for the manager.
/// </summary>
public sealed class SupportSession
{
    public const int OutcomeMaxLength = 200;
    public const int ReasonMaxLength = 500;
    public const long MaxMinutes = 24 * 60;

    public Id<SupportSession> Id { get; private set; }
    public Id<FlexiService> ServiceId { get; private set; }
    public Id<CustomerBudget> BudgetId { get; private set; }
    public Id<Member> CustomerId { get; private set; }
    public Id<Member> WorkerId { get; private set; }
    public Instant Start { get; private set; }
    public long Minutes { get; private set; }
    public SessionWhere Where { get; private set; }
    public string? PlaceName { get; private set; }
    public SessionFormality Formality { get; private set; }
    public string? Outcome { get; private set; }
    public Id<Member> BookedBy { get; private set; }
    public bool WorkerChosenByCustomer { get; private set; }
    public Instant BookedAt { get; private set; }
    public SessionStatus Status { get; private set; }
    public long? DeliveredMinutes { get; private set; }
    public Id<Member>? ResolvedBy { get; private set; }
    public Instant? ResolvedAt { get; private set; }
    public string? CancelReason { get; private set; }

    private SupportSession(Id<SupportSession> id, Id<FlexiService> serviceId, Id<CustomerBudget> budgetId, Id<Member> customerId, Id<Member> workerId,
        Instant start, long minutes, Id<Member> bookedBy, Instant bookedAt)
    {
        Id = id;
        ServiceId = serviceId;
        BudgetId = budgetId;
        CustomerId = customerId;
        WorkerId = workerId;
        Start = start;
        Minutes = minutes;
        BookedBy = bookedBy;
        BookedAt = bookedAt;
        Status = SessionStatus.Booked;
    }

    public Instant End => Start + Duration.FromMinutes(Minutes);

    public bool BookedOnBehalf => BookedBy != CustomerId;

    /// <summary>Booked or given: the worker's and customer's time is taken.</summary>
    public bool HoldsTime => Status is SessionStatus.Booked or SessionStatus.Completed;

    public SessionPlace Place => SessionPlace.Of(Where, PlaceName);

    public IdempotencyKey HoldKey => MovementKeys.For("session", Id.Value, "hold");

    /// <summary>Checks everything first and changes nothing when refused; the plan holds the minutes from the customer to the worker.</summary>
    public static (SupportSession Session, MovementPlan Plan) Book(FlexiService service, CustomerBudget budget, Membership booker,
        Membership worker, SessionRequest request, long availableMinutes, ServiceDiary diary, Instant now)
    {
        var bySelf = booker.MemberId == budget.CustomerId && booker.OrganisationId == service.ProviderId && booker.IsActive;
        if (budget.ServiceId != service.Id || (!bySelf && !FlexiRoles.ActsForCustomers(booker, service.ProviderId)))
            throw new DomainException(new NotAllowed("Only the customer, or staff on their behalf, can book their support."));
        if (!budget.IsActive)
            throw new DomainException(new CustomerHasLeft());
        if (!FlexiRoles.IsStaff(worker, service.ProviderId))
            throw new DomainException(new WorkerNotStaff(request.WorkerName));
        var minutes = Amount.Of(request.Minutes, "minutes").Value;
        if (minutes > MaxMinutes)
            throw new DomainException(new ValidationFailed("minutes", $"a session lasts at most {FlexiText.Minutes(MaxMinutes)}"));
        if (request.Start < now)
            throw new DomainException(new BookingInPast());
        var end = request.Start + Duration.FromMinutes(minutes);
        if (diary.WorkerClash(worker.MemberId, request.Start, end) is { } taken)
            throw new DomainException(new WorkerAlreadyBooked(request.WorkerName, taken.Start, taken.End, diary.Zone));
        if (diary.CustomerClash(budget.CustomerId, request.Start, end) is { } own)
            throw new DomainException(new CustomerAlreadyBooked(own.Start, own.End, diary.Zone));
        if (minutes > availableMinutes)
            throw new DomainException(new NotEnoughMinutes(Math.Max(availableMinutes, 0), minutes));
        if (diary.CoreShortfall(worker.MemberId, request.Start, end) is { } shortfall)
            throw new DomainException(new BelowCoreMinimum(request.WorkerName, shortfall.At, shortfall.Left, diary.CoreMinimum, diary.Zone));

        var session = new SupportSession(Id<SupportSession>.New(), service.Id, budget.Id, budget.CustomerId, worker.MemberId, request.Start, minutes, booker.MemberId, now)
        {
            Where = request.Place.Where,
            PlaceName = request.Place.Name,
            Formality = Enum.IsDefined(request.Formality) ? request.Formality : throw new DomainException(new ValidationFailed("formality", "must be FORMAL or INFORMAL")),
            Outcome = Text.Optional(request.Outcome, "outcome", OutcomeMaxLength),
            WorkerChosenByCustomer = bySelf || request.WorkerChosenByCustomer,
        };
        var hold = new HoldNow(session.HoldKey, FlexiUnit.Minutes, FlexiAccounts.CustomerMinutes(budget.Id), FlexiAccounts.Worker(worker.MemberId),
            Amount.Of(minutes, "minutes"), ExpiresAt: null, $"Support session with {request.WorkerName} on {FlexiText.At(request.Start, diary.Zone)}");
        return (session, MovementPlan.Of(hold));
    }

    /// <summary>The worker (or whoever runs the service) records what was given: that much is posted, the rest released.</summary>
    public MovementPlan Complete(Membership actor, Id<Organisation> provider, long deliveredMinutes, Instant now)
    {
        if (actor.MemberId != WorkerId && !FlexiRoles.RunsProvider(actor, provider))
            throw new DomainException(new NotAllowed("Only the session's worker or a manager can complete it."));
        RequireBooked();
        var delivered = Amount.Of(deliveredMinutes, "deliveredMinutes");
        if (now < Start)
            throw new DomainException(new SessionNotStarted());
        if (delivered.Value > Minutes)
            throw new DomainException(new MoreThanBooked(Minutes, delivered.Value));
        Status = SessionStatus.Completed;
        DeliveredMinutes = delivered.Value;
        (ResolvedBy, ResolvedAt) = (actor.MemberId, now);
        return MovementPlan.Of(new PostHeld(MovementKeys.For("session", Id.Value, "post"), FlexiUnit.Minutes, HoldKey, delivered, "Support session given"));
    }

    /// <summary>The customer, the worker or staff cancel it; the held minutes go back to the customer.</summary>
    public MovementPlan Cancel(Membership actor, Id<Organisation> provider, string? reason, Instant now)
    {
        var mayCancel = actor.MemberId == CustomerId || actor.MemberId == WorkerId || FlexiRoles.ActsForCustomers(actor, provider);
        if (!mayCancel)
            throw new DomainException(new NotAllowed("Only the customer, the worker or staff can cancel this session."));
        return Release(actor.MemberId, Text.Optional(reason, "reason", ReasonMaxLength), now);
    }

    /// <summary>The customer has left the service: any session still booked is cancelled with them.</summary>
    internal MovementPlan CancelAsCustomerLeft(Id<Member> manager, Instant now) => Release(manager, "The customer left the service.", now);

    /// <summary>
    /// Rebuilds a resolved session from the store, where its completion or cancellation is a row of its own written
    /// with the transfer (keyed by the session, so it resolves once).
    /// </summary>
    public void Restore(SessionStatus status, long? deliveredMinutes, Id<Member> resolvedBy, Instant resolvedAt, string? cancelReason)
    {
        if (Status != SessionStatus.Booked || status == SessionStatus.Booked || (status == SessionStatus.Completed) != (deliveredMinutes is not null))
            throw new InvalidOperationException("A booked session is restored as completed (with minutes) or cancelled.");
        (Status, DeliveredMinutes, ResolvedBy, ResolvedAt, CancelReason) = (status, deliveredMinutes, resolvedBy, resolvedAt, cancelReason);
    }

    /// <summary>Booked, ended more than the policy's hours ago and not completed: listed for the manager, never posted silently.</summary>
    public bool IsAwaitingCompletion(FlexiPolicy policy, Instant now)
        => Status == SessionStatus.Booked && End + Duration.FromHours(policy.CompletionDueHours) <= now;

    private MovementPlan Release(Id<Member> by, string? reason, Instant now)
    {
        RequireBooked();
        Status = SessionStatus.Cancelled;
        CancelReason = reason;
        (ResolvedBy, ResolvedAt) = (by, now);
        return MovementPlan.Of(new VoidHeld(MovementKeys.For("session", Id.Value, "void"), FlexiUnit.Minutes, HoldKey, "Support session cancelled"));
    }

    private void RequireBooked()
    {
        if (Status != SessionStatus.Booked)
            throw new DomainException(new SessionNotBooked(Status));
    }
}
