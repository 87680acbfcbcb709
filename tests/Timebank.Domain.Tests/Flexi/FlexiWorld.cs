using NodaTime;
using NodaTime.Testing;
using Timebank.Domain.Flexi.Allowances;
using Timebank.Domain.Flexi.Movements;
using Timebank.Domain.Flexi.Services;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Tests.Flexi;

/// <summary>
/// The field's service: 20 customers at £40 and 3.5 hours a week, split core 74% / flexi cash 8% / flexi hours 18%,
/// weekly from Monday in Europe/London, with a manager, staff and a commissioning organisation.
/// </summary>
public sealed class FlexiWorld
{
    public const long WeeklyMinutes = 210;
    public const long WeeklyPence = 4000;
    public const long ThresholdPence = 5000;

    /// <summary>Monday 2 March 2026, 09:00 in London (GMT).</summary>
    public static readonly Instant Start = Instant.FromUtc(2026, 3, 2, 9, 0);

    public static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    public FakeClock Clock { get; } = new(Start);
    public Organisation Provider { get; }
    public Membership Founder { get; }
    public Membership Manager { get; }
    public Organisation Commissioning { get; }
    public Membership Commissioner { get; }
    public FlexiService Service { get; }
    public List<PolicyVersion> Policies { get; } = [];

    public FlexiWorld(FlexiPolicy? policy = null, int coreMinimum = FlexiService.DefaultCoreMinimumStaff)
    {
        (Provider, Founder) = Organisation.Create(OrganisationName.Parse("Coventry Road"), OrganisationKind.Provider, Id<Member>.New(), Start);
        Manager = Join(Roles.Manager);
        (Commissioning, var lead) = Organisation.Create(OrganisationName.Parse("City Council"), OrganisationKind.Commissioner, Id<Member>.New(), Start);
        Commissioner = Commissioning.Enrol(Id<Member>.New(), lead, Start);
        Commissioner.Grant(Roles.Commissioner, lead);
        var (service, first) = FlexiService.Create(Provider, Manager, "Coventry Road flexi", 1_000_000, ContractSplit.Of(7400, 800, 1800),
            policy ?? FieldPolicy(), Start, coreMinimumStaff: coreMinimum);
        service.LinkCommissioner(Commissioning, Manager);
        Service = service;
        Policies.Add(first);
    }

    public static FlexiPolicy FieldPolicy(UnusedMinutes unused = UnusedMinutes.Lapse, long? carryCap = null, long? cashCap = null,
        CashOnLeaving onLeaving = CashOnLeaving.ReturnToFunding)
        => FlexiPolicy.Create(WeeklyMinutes, WeeklyPence, ThresholdPence, unused, carryCap, cashCap, cashOnLeaving: onLeaving);

    public Instant Now => Clock.GetCurrentInstant();

    public PolicyHistory History => new(Policies);

    public Membership Join(Roles role)
    {
        var membership = Provider.Enrol(Id<Member>.New(), Founder, Start);
        membership.Grant(role, Founder);
        return membership;
    }

    public (Membership Customer, CustomerBudget Budget) Enrol(CashHolding holding = CashHolding.CashAdvance)
    {
        var customer = Join(Roles.Customer);
        return (customer, CustomerBudget.Enrol(Service, customer, Manager, holding, [], Now));
    }

    /// <summary>Runs every allowance step due now through the ledger model, as the API's accrual will.</summary>
    public List<PeriodSettlement> RunAllowances(CustomerBudget budget, LedgerModel ledger)
    {
        var settlements = new List<PeriodSettlement>();
        foreach (var step in AllowanceSchedule.StepsDue(budget, Service, History, Now).ToList())
        {
            switch (step)
            {
                case AccrueAllowance accrue:
                    Assert.True(ledger.Apply(accrue.Plan()));
                    budget.RecordAccrued(accrue.Period, Service.Schedule);
                    break;
                case SettlePeriod settle:
                    var (settlement, plan) = settle.Plan(ledger.Available(FlexiUnit.Minutes, FlexiAccounts.CustomerMinutes(budget.Id)),
                        ledger.Available(FlexiUnit.Pence, FlexiAccounts.CustomerCash(budget.Id)), Now);
                    Assert.True(ledger.Apply(plan));
                    budget.RecordSettled(settle.Period);
                    settlements.Add(settlement);
                    break;
            }
        }
        return settlements;
    }
}
