using NodaTime;
using Timebank.Domain.Flexi.Allowances;
using Timebank.Domain.Flexi.Services;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Flexi.Bookings;

/// <summary>
/// Planning time with a keyworker ("link work"), recorded apart from support time: it has no movement at all, so it
/// can never spend the customer's allowance.
/// </summary>
public sealed class LinkWork
{
    public const int NoteMaxLength = 1000;
    public const long MaxMinutes = 24 * 60;

    public Id<LinkWork> Id { get; private set; }
    public Id<FlexiService> ServiceId { get; private set; }
    public Id<CustomerBudget> BudgetId { get; private set; }
    public Id<Member> CustomerId { get; private set; }
    public Id<Member> KeyworkerId { get; private set; }
    public LocalDate Date { get; private set; }
    public long Minutes { get; private set; }
    public string? Note { get; private set; }
    public Instant RecordedAt { get; private set; }

    private LinkWork(Id<LinkWork> id, Id<FlexiService> serviceId, Id<CustomerBudget> budgetId, Id<Member> customerId, Id<Member> keyworkerId, LocalDate date, long minutes, Instant recordedAt)
        => (Id, ServiceId, BudgetId, CustomerId, KeyworkerId, Date, Minutes, RecordedAt) = (id, serviceId, budgetId, customerId, keyworkerId, date, minutes, recordedAt);

    /// <summary>The keyworker (staff) records it, on the day or after.</summary>
    public static LinkWork Record(FlexiService service, CustomerBudget budget, Membership keyworker, LocalDate date, long minutes, string? note, Instant now)
    {
        if (budget.ServiceId != service.Id || !FlexiRoles.ActsForCustomers(keyworker, service.ProviderId))
            throw new DomainException(new NotAllowed("Only staff of this service can record link work."));
        var length = Amount.Of(minutes, "minutes").Value;
        if (length > MaxMinutes)
            throw new DomainException(new ValidationFailed("minutes", $"must be at most {FlexiText.Minutes(MaxMinutes)}"));
        if (date > service.Schedule.Today(now))
            throw new DomainException(new ValidationFailed("date", "must not be in the future"));
        return new LinkWork(Id<LinkWork>.New(), service.Id, budget.Id, budget.CustomerId, keyworker.MemberId, date, length, now)
        {
            Note = Text.Optional(note, "note", NoteMaxLength),
        };
    }
}
