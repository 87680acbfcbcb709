using NodaTime;
using Timebank.Domain.Flexi.Allowances;

namespace Timebank.Domain.Tests.Flexi;

public sealed class AllowanceBoundaryTests
{
    [Fact]
    public void At_the_first_instant_of_a_week_the_last_one_is_settled_and_the_new_one_accrues()
    {
        var world = new FlexiWorld();
        var (_, budget) = world.Enrol();
        var ledger = new LedgerModel();
        world.RunAllowances(budget, ledger);
        world.Clock.Reset(world.Service.Schedule.After(budget.FirstPeriod(world.Service.Schedule)).Start);

        var steps = AllowanceSchedule.StepsDue(budget, world.Service, world.History, world.Now).ToList();

        Assert.Collection(steps,
            settle => Assert.Equal(new LocalDate(2026, 3, 2), Assert.IsType<SettlePeriod>(settle).Period.StartDate),
            accrue => Assert.Equal(new LocalDate(2026, 3, 9), Assert.IsType<AccrueAllowance>(accrue).Period.StartDate));
    }

    [Fact]
    public void A_customer_who_leaves_at_the_first_instant_of_a_week_has_only_the_last_week_to_settle()
    {
        var world = new FlexiWorld();
        var (_, budget) = world.Enrol();
        var ledger = new LedgerModel();
        world.RunAllowances(budget, ledger);
        world.Clock.Reset(world.Service.Schedule.After(budget.FirstPeriod(world.Service.Schedule)).Start);
        budget.End(world.Manager, world.Provider.Id, world.Now);
        world.Clock.Advance(Duration.FromDays(10));

        var step = Assert.Single(AllowanceSchedule.StepsDue(budget, world.Service, world.History, world.Now));

        Assert.Equal(new LocalDate(2026, 3, 2), Assert.IsType<SettlePeriod>(step).Period.StartDate);
    }
}
