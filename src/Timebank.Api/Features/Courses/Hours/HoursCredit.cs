using NodaTime;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Courses.Hours;

/// <summary>The story behind a transfer that banked a facilitator's or mentor's hours, written with the transfer so its statement line can say what it was for.</summary>
public sealed class HoursCredit(Id<Transfer> transferId, Id<Organisation> organisationId, Id<Member> giverId, long minutes, string description, LocalDate date)
{
    public Id<Transfer> TransferId { get; private set; } = transferId;

    /// <summary>The organisation that received the help and whose account paid.</summary>
    public Id<Organisation> OrganisationId { get; private set; } = organisationId;

    public Id<Member> GiverId { get; private set; } = giverId;
    public long Minutes { get; private set; } = minutes;
    public string Description { get; private set; } = description;
    public LocalDate Date { get; private set; } = date;
}
