using NodaTime;
using Timebank.Domain.Flexi.Periods;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Flexi.Services;

/// <summary>
/// A core-and-flexi service run by a provider: its contract and split, its periods (fixed at creation, because
/// allowances are keyed by period), the core minimum of staff on shift, the spending guidance customers see and the
/// commissioner that authorises deviations. The flexi policy lives in <see cref="PolicyVersion"/> rows.
/// </summary>
public sealed class FlexiService
{
    public const int NameMaxLength = 200;
    public const int GuidanceMaxLength = 2000;
    public const int DefaultCoreMinimumStaff = 2;
    public const int MaxCoreMinimumStaff = 100;
    public const string DefaultSpendingGuidance =
        "Spend it on what helps you towards your outcomes: legal, affordable and reasonably practical. It is not for bills.";

    public Id<FlexiService> Id { get; private set; }
    public Id<Organisation> ProviderId { get; private set; }
    public string Name { get; private set; }
    public long ContractValuePencePerPeriod { get; private set; }
    public int CoreBasisPoints { get; private set; }
    public int FlexiCashBasisPoints { get; private set; }
    public int FlexiHoursBasisPoints { get; private set; }
    public DateTimeZone TimeZone { get; private set; }
    public IsoDayOfWeek PeriodStartDay { get; private set; }
    public int PeriodWeeks { get; private set; }
    public LocalDate PeriodAnchor { get; private set; }

    /// <summary>How many staff must stay on shift for the core while others give one-to-one sessions.</summary>
    public int CoreMinimumStaff { get; private set; }

    public string SpendingGuidance { get; private set; }
    public Id<Organisation>? CommissionerId { get; private set; }
    public Id<Member> CreatedBy { get; private set; }
    public Instant CreatedAt { get; private set; }

    private FlexiService(Id<FlexiService> id, Id<Organisation> providerId, string name, DateTimeZone timeZone, string spendingGuidance, Id<Member> createdBy, Instant createdAt)
    {
        Id = id;
        ProviderId = providerId;
        Name = name;
        TimeZone = timeZone;
        SpendingGuidance = spendingGuidance;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    /// <summary>Creates the service and its first policy, which applies from the period holding <paramref name="now"/>.</summary>
    public static (FlexiService Service, PolicyVersion Policy) Create(Organisation provider, Membership manager, string? name,
        long contractValuePencePerPeriod, ContractSplit split, FlexiPolicy policy, Instant now,
        DateTimeZone? timeZone = null, IsoDayOfWeek periodStartDay = PeriodSchedule.DefaultStartDay, int periodWeeks = 1,
        int coreMinimumStaff = DefaultCoreMinimumStaff)
    {
        if (provider.Kind != OrganisationKind.Provider)
            throw new DomainException(new NotAProvider());
        FlexiRoles.RequireRunsProvider(manager, provider.Id);
        var zone = timeZone ?? PeriodSchedule.ParseZone(null);
        var schedule = PeriodSchedule.Create(zone, periodStartDay, periodWeeks, now.InZone(zone).Date);
        var service = new FlexiService(Id<FlexiService>.New(), provider.Id, ParseName(name), zone, DefaultSpendingGuidance, manager.MemberId, now)
        {
            ContractValuePencePerPeriod = Amount.Of(contractValuePencePerPeriod, "contractValuePencePerPeriod").Value,
            CoreBasisPoints = split.CoreBasisPoints,
            FlexiCashBasisPoints = split.FlexiCashBasisPoints,
            FlexiHoursBasisPoints = split.FlexiHoursBasisPoints,
            PeriodStartDay = schedule.StartDay,
            PeriodWeeks = schedule.Weeks,
            PeriodAnchor = schedule.Anchor,
        };
        service.SetCoreMinimum(coreMinimumStaff, manager);
        var first = PolicyVersion.Start(service.Id, schedule.Containing(now).StartDate, policy, manager.MemberId, now);
        return (service, first);
    }

    public PeriodSchedule Schedule => PeriodSchedule.FromStored(TimeZone, PeriodStartDay, PeriodWeeks, PeriodAnchor);

    public ContractSplit Split => ContractSplit.Of(CoreBasisPoints, FlexiCashBasisPoints, FlexiHoursBasisPoints);

    /// <summary>A new policy from the next period; the current and earlier periods keep theirs.</summary>
    public PolicyVersion ChangePolicy(FlexiPolicy policy, Membership manager, Instant now)
    {
        FlexiRoles.RequireRunsProvider(manager, ProviderId);
        var next = Schedule.After(Schedule.Containing(now));
        return PolicyVersion.Start(Id, next.StartDate, policy, manager.MemberId, now);
    }

    public void ChangeContract(long contractValuePencePerPeriod, ContractSplit split, Membership manager)
    {
        FlexiRoles.RequireRunsProvider(manager, ProviderId);
        ContractValuePencePerPeriod = Amount.Of(contractValuePencePerPeriod, "contractValuePencePerPeriod").Value;
        (CoreBasisPoints, FlexiCashBasisPoints, FlexiHoursBasisPoints) = (split.CoreBasisPoints, split.FlexiCashBasisPoints, split.FlexiHoursBasisPoints);
    }

    public void Rename(string? name, Membership manager)
    {
        FlexiRoles.RequireRunsProvider(manager, ProviderId);
        Name = ParseName(name);
    }

    public void SetCoreMinimum(int staff, Membership manager)
    {
        FlexiRoles.RequireRunsProvider(manager, ProviderId);
        if (staff is < 0 or > MaxCoreMinimumStaff)
            throw new DomainException(new ValidationFailed("coreMinimumStaff", $"must be between 0 and {MaxCoreMinimumStaff}"));
        CoreMinimumStaff = staff;
    }

    /// <summary>What customers are shown about spending, rather than a list of banned items.</summary>
    public void SetSpendingGuidance(string? guidance, Membership manager)
    {
        FlexiRoles.RequireRunsProvider(manager, ProviderId);
        SpendingGuidance = Text.Required(guidance, "spendingGuidance", GuidanceMaxLength);
    }

    /// <summary>Links the commissioning organisation whose commissioners read reports and authorise deviations.</summary>
    public void LinkCommissioner(Organisation commissioner, Membership manager)
    {
        FlexiRoles.RequireRunsProvider(manager, ProviderId);
        if (commissioner.Kind != OrganisationKind.Commissioner)
            throw new DomainException(new NotACommissioner());
        CommissionerId = commissioner.Id;
    }

    private static string ParseName(string? name) => Text.Required(name, "name", NameMaxLength);
}
