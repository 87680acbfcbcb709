using NodaTime;
using Timebank.Domain.Flexi.Periods;
using Timebank.Domain.Flexi.Services;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Flexi.Allowances;

/// <summary>
/// A customer's place in a service: when they joined and left, how their cash is held, and how far their allowance
/// has been accrued and settled (the next step is always the one after these, so none is skipped or done twice).
/// </summary>
public sealed class CustomerBudget
{
    public Id<CustomerBudget> Id { get; private set; }
    public Id<FlexiService> ServiceId { get; private set; }
    public Id<Member> CustomerId { get; private set; }
    public Instant EnrolledAt { get; private set; }
    public Id<Member> EnrolledBy { get; private set; }
    public Instant? EndedAt { get; private set; }
    public Id<Member>? EndedBy { get; private set; }
    public CashHolding CashHolding { get; private set; }

    /// <summary>First day of the last period whose allowance has accrued.</summary>
    public LocalDate? AccruedThrough { get; private set; }

    /// <summary>First day of the last period whose end has been settled (lapse, carry-over, savings cap).</summary>
    public LocalDate? SettledThrough { get; private set; }

    private CustomerBudget(Id<CustomerBudget> id, Id<FlexiService> serviceId, Id<Member> customerId, Instant enrolledAt, Id<Member> enrolledBy, CashHolding cashHolding)
    {
        Id = id;
        ServiceId = serviceId;
        CustomerId = customerId;
        EnrolledAt = enrolledAt;
        EnrolledBy = enrolledBy;
        CashHolding = cashHolding;
    }

    /// <param name="activeBudgets">The service's budgets still running, to refuse a second enrolment.</param>
    public static CustomerBudget Enrol(FlexiService service, Membership customer, Membership manager, CashHolding cashHolding,
        IEnumerable<CustomerBudget> activeBudgets, Instant now)
    {
        FlexiRoles.RequireRunsProvider(manager, service.ProviderId);
        if (!FlexiRoles.IsCustomer(customer, service.ProviderId))
            throw new DomainException(new NotACustomer());
        if (activeBudgets.Any(b => b.ServiceId == service.Id && b.CustomerId == customer.MemberId && b.IsActive))
            throw new DomainException(new AlreadyEnrolledInService());
        return new CustomerBudget(Id<CustomerBudget>.New(), service.Id, customer.MemberId, now, manager.MemberId, ParseHolding(cashHolding));
    }

    public bool IsActive => EndedAt is null;

    public AllowancePeriod FirstPeriod(PeriodSchedule schedule) => schedule.Containing(EnrolledAt);

    public void HoldCashAs(CashHolding holding, Membership manager, Id<Organisation> provider)
    {
        FlexiRoles.RequireRunsProvider(manager, provider);
        CashHolding = ParseHolding(holding);
    }

    /// <summary>Records that a period's allowance has accrued; again for the same period is a no-op, out of order a bug.</summary>
    public void RecordAccrued(AllowancePeriod period, PeriodSchedule schedule)
    {
        if (period.StartDate <= AccruedThrough)
            return;
        var expected = AccruedThrough is { } through ? schedule.After(schedule.StartingOn(through)) : FirstPeriod(schedule);
        if (period != expected || (AccruedThrough is not null && SettledThrough != AccruedThrough))
            throw new InvalidOperationException("Allowance periods accrue in order, each after the previous one is settled.");
        AccruedThrough = period.StartDate;
    }

    /// <summary>
    /// Rebuilds how far the allowance has got from the stored steps (each written with its transfers, keyed by budget
    /// and period, so the store and not this object is what makes a step happen once).
    /// </summary>
    public void Resume(LocalDate? accruedThrough, LocalDate? settledThrough)
    {
        if (settledThrough > accruedThrough || (settledThrough is not null && accruedThrough is null))
            throw new InvalidOperationException("A period is settled only after its allowance accrued.");
        (AccruedThrough, SettledThrough) = (accruedThrough, settledThrough);
    }

    /// <summary>Records that a period's end has been settled; it must be the last accrued one.</summary>
    public void RecordSettled(AllowancePeriod period)
    {
        if (period.StartDate <= SettledThrough)
            return;
        if (AccruedThrough != period.StartDate)
            throw new InvalidOperationException("A period is settled after its allowance accrued and before the next one.");
        SettledThrough = period.StartDate;
    }

    /// <summary>Stops accrual from now; what the customer still holds is returned by <see cref="CustomerLeaving"/>.</summary>
    public void End(Membership manager, Id<Organisation> provider, Instant now)
    {
        FlexiRoles.RequireRunsProvider(manager, provider);
        if (!IsActive)
            throw new DomainException(new CustomerHasLeft());
        EndedAt = now;
        EndedBy = manager.MemberId;
    }

    /// <summary>Restores an ending written with its ledger movements (the store's ending row is what says it ended).</summary>
    public void RestoreEnding(Instant endedAt, Id<Member> endedBy)
    {
        if (EndedAt is not null)
            return;
        (EndedAt, EndedBy) = (endedAt, endedBy);
    }

    private static CashHolding ParseHolding(CashHolding holding)
        => Enum.IsDefined(holding) ? holding : throw new DomainException(new ValidationFailed("cashHolding", "must be CASH_ADVANCE or PREPAID_CARD"));
}
