using NodaTime;
using Timebank.Domain.Flexi;
using Timebank.Domain.Flexi.Services;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Tests.Flexi;

public sealed class ServicePolicyTests
{
    [Fact]
    public void The_field_split_is_kept_as_basis_points_that_sum_to_the_whole()
    {
        var world = new FlexiWorld();

        var split = world.Service.Split;

        Assert.Equal((7400, 800, 1800), (split.CoreBasisPoints, split.FlexiCashBasisPoints, split.FlexiHoursBasisPoints));
        Assert.Equal(80_000, ContractSplit.PartOf(world.Service.ContractValuePencePerPeriod, split.FlexiCashBasisPoints));
    }

    [Theory]
    [InlineData(7400, 800, 1700, "99%")]
    [InlineData(7400, 850, 1800, "100.5%")]
    public void A_split_that_does_not_sum_to_100_percent_says_what_it_adds_up_to(int core, int cash, int hours, string sum)
    {
        var error = Assert.IsType<SplitDoesNotSumToWhole>(Assert.Throws<DomainException>(() => ContractSplit.Of(core, cash, hours)).Error);

        Assert.Contains(sum, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_share_is_refused_even_when_the_sum_is_whole()
        => Assert.Equal("split.flexiCash", Assert.IsType<ValidationFailed>(Assert.Throws<DomainException>(() => ContractSplit.Of(5000, -100, 5100)).Error).Field);

    [Theory]
    [InlineData(0, 4000)]
    [InlineData(-1, 4000)]
    [InlineData(210, 0)]
    [InlineData(210, Amount.Max + 1)]
    public void Allowances_of_zero_negative_or_past_the_amount_limit_are_refused(long minutes, long pence)
        => Assert.IsType<ValidationFailed>(Assert.Throws<DomainException>(() => FlexiPolicy.Create(minutes, pence, 5000)).Error);

    [Fact]
    public void Policy_defaults_are_the_decided_ones()
    {
        var policy = FlexiPolicy.Create(210, 4000, 5000);

        Assert.Equal(UnusedMinutes.Lapse, policy.UnusedMinutes);
        Assert.Null(policy.SavedCashCapPence);
        Assert.Equal(CashOnLeaving.ReturnToFunding, policy.CashOnLeaving);
        Assert.Equal(FlexiPolicy.DefaultPurchaseExpiryDays, policy.PurchaseExpiryDays);
    }

    [Fact]
    public void A_carry_over_cap_needs_minutes_that_carry_over_and_days_must_be_in_range()
    {
        Assert.Throws<DomainException>(() => FlexiPolicy.Create(210, 4000, 5000, UnusedMinutes.Lapse, carryOverCapMinutes: 60));
        Assert.Throws<DomainException>(() => FlexiPolicy.Create(210, 4000, 5000, purchaseExpiryDays: 0));
        Assert.Throws<DomainException>(() => FlexiPolicy.Create(210, 4000, -1));
        Assert.Equal(60, FlexiPolicy.Create(210, 4000, 0, UnusedMinutes.CarryOver, carryOverCapMinutes: 60).CarryOverCapMinutes);
    }

    [Fact]
    public void A_service_is_weekly_from_monday_in_london_unless_told_otherwise()
    {
        var world = new FlexiWorld();

        Assert.Equal("Europe/London", world.Service.TimeZone.Id);
        Assert.Equal(IsoDayOfWeek.Monday, world.Service.PeriodStartDay);
        Assert.Equal(1, world.Service.PeriodWeeks);
        Assert.Equal(2, world.Service.CoreMinimumStaff);
        Assert.Contains("legal, affordable and reasonably practical", world.Service.SpendingGuidance, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_a_provider_runs_a_service_and_only_its_manager_creates_one()
    {
        var world = new FlexiWorld();
        var (timebank, coordinator) = Organisation.Create(OrganisationName.Parse("Riverside"), OrganisationKind.Timebank, Id<Member>.New(), FlexiWorld.Start);
        var staff = world.Join(Roles.Staff);

        Assert.IsType<NotAProvider>(Assert.Throws<DomainException>(() => FlexiService.Create(timebank, coordinator, "x", 100, ContractSplit.Of(10_000, 0, 0), FlexiWorld.FieldPolicy(), FlexiWorld.Start)).Error);
        Assert.IsType<NotAllowed>(Assert.Throws<DomainException>(() => FlexiService.Create(world.Provider, staff, "x", 100, ContractSplit.Of(10_000, 0, 0), FlexiWorld.FieldPolicy(), FlexiWorld.Start)).Error);
    }

    [Fact]
    public void A_policy_change_takes_effect_from_the_next_period_and_earlier_periods_keep_theirs()
    {
        var world = new FlexiWorld();
        world.Clock.Advance(Duration.FromDays(3)); // Thursday of the first week
        var schedule = world.Service.Schedule;
        var thisWeek = schedule.Containing(world.Now);

        world.Policies.Add(world.Service.ChangePolicy(FlexiPolicy.Create(180, 500, 2000), world.Manager, world.Now));
        var history = world.History;

        Assert.Equal(210, history.For(thisWeek).SupportMinutesPerPeriod);
        Assert.Equal(180, history.For(schedule.After(thisWeek)).SupportMinutesPerPeriod);
        Assert.Equal(new LocalDate(2026, 3, 9), world.Policies[^1].EffectiveFrom);
    }

    [Fact]
    public void Two_changes_in_one_period_leave_the_later_one_for_the_next()
    {
        var world = new FlexiWorld();
        world.Policies.Add(world.Service.ChangePolicy(FlexiPolicy.Create(180, 500, 2000), world.Manager, world.Now));
        world.Clock.Advance(Duration.FromHours(1));
        world.Policies.Add(world.Service.ChangePolicy(FlexiPolicy.Create(120, 500, 2000), world.Manager, world.Now));

        var next = world.Service.Schedule.After(world.Service.Schedule.Containing(world.Now));

        Assert.Equal(120, world.History.For(next).SupportMinutesPerPeriod);
    }

    [Fact]
    public void The_young_mothers_service_runs_the_same_rules_with_three_hours_and_five_pounds()
    {
        var world = new FlexiWorld(FlexiPolicy.Create(180, 500, 500));

        var policy = world.History.Current(world.Service.Schedule, world.Now);

        Assert.Equal(("3 hours", "£5.00"), (FlexiText.Minutes(policy.SupportMinutesPerPeriod), FlexiText.Pence(policy.CashPencePerPeriod)));
    }

    [Fact]
    public void Only_a_commissioning_organisation_can_be_linked()
    {
        var world = new FlexiWorld();
        var (other, _) = Organisation.Create(OrganisationName.Parse("Another provider"), OrganisationKind.Provider, Id<Member>.New(), FlexiWorld.Start);

        Assert.IsType<NotACommissioner>(Assert.Throws<DomainException>(() => world.Service.LinkCommissioner(other, world.Manager)).Error);
    }
}
