using NodaTime;
using Timebank.Domain.Flexi.Services;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Flexi.Deviations;

public enum DeviationStatus
{
    AwaitingCommissioner = 1,
    Authorised = 2,
    Declined = 3,
}

/// <summary>
/// Customers' choices moved cash that would have paid for staff hours outside the service: the provider records it
/// and a commissioner of the linked commissioning organisation authorises or declines it. Reports show it against
/// the contracted hours.
/// </summary>
public sealed class ContractDeviation
{
    public const int DescriptionMaxLength = 1000;
    public const int NoteMaxLength = 1000;

    public Id<ContractDeviation> Id { get; private set; }
    public Id<FlexiService> ServiceId { get; private set; }
    public Id<Organisation> CommissionerId { get; private set; }
    public string Description { get; private set; }

    /// <summary>The cash moved outside the service.</summary>
    public long Pence { get; private set; }

    /// <summary>The staff minutes that cash would have paid for.</summary>
    public long StaffMinutes { get; private set; }

    public LocalDate From { get; private set; }
    public LocalDate To { get; private set; }
    public Id<Member> RecordedBy { get; private set; }
    public Instant RecordedAt { get; private set; }
    public DeviationStatus Status { get; private set; }
    public Id<Member>? DecidedBy { get; private set; }
    public Instant? DecidedAt { get; private set; }
    public string? DecisionNote { get; private set; }

    private ContractDeviation(Id<ContractDeviation> id, Id<FlexiService> serviceId, Id<Organisation> commissionerId, string description, Id<Member> recordedBy, Instant recordedAt)
        => (Id, ServiceId, CommissionerId, Description, RecordedBy, RecordedAt, Status) = (id, serviceId, commissionerId, description, recordedBy, recordedAt, DeviationStatus.AwaitingCommissioner);

    public static ContractDeviation Record(FlexiService service, Membership manager, string? description, long pence, long staffMinutes,
        LocalDate from, LocalDate to, Instant now)
    {
        FlexiRoles.RequireRunsProvider(manager, service.ProviderId);
        var commissioner = service.CommissionerId ?? throw new DomainException(new NoCommissionerLinked());
        if (to < from)
            throw new DomainException(new ValidationFailed("to", "must not be before from"));
        return new ContractDeviation(Id<ContractDeviation>.New(), service.Id, commissioner, Text.Required(description, "description", DescriptionMaxLength), manager.MemberId, now)
        {
            Pence = Amount.Of(pence, "pence").Value,
            StaffMinutes = Amount.Of(staffMinutes, "staffMinutes").Value,
            From = from,
            To = to,
        };
    }

    public void Authorise(Membership commissioner, string? note, Instant now)
        => Decide(commissioner, DeviationStatus.Authorised, Text.Optional(note, "note", NoteMaxLength), now);

    public void Decline(Membership commissioner, string? reason, Instant now)
        => Decide(commissioner, DeviationStatus.Declined, Text.Required(reason, "reason", NoteMaxLength), now);

    private void Decide(Membership commissioner, DeviationStatus outcome, string? note, Instant now)
    {
        if (commissioner.OrganisationId != CommissionerId || !commissioner.Has(Roles.Commissioner))
            throw new DomainException(new NotAllowed("Only a commissioner of the service's commissioning organisation can decide on a deviation."));
        if (Status != DeviationStatus.AwaitingCommissioner)
            throw new DomainException(new DeviationAlreadyDecided(Status));
        (Status, DecidedBy, DecidedAt, DecisionNote) = (outcome, commissioner.MemberId, now, note);
    }
}

public sealed record NoCommissionerLinked()
    : DomainError("NO_COMMISSIONER_LINKED", "Link the service to its commissioning organisation before recording a deviation from the contract.");

public sealed record DeviationAlreadyDecided(DeviationStatus Status)
    : DomainError("DEVIATION_ALREADY_DECIDED", $"This deviation has already been {(Status == DeviationStatus.Authorised ? "authorised" : "declined")}.");
