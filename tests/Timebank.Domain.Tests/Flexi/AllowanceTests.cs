using NodaTime;
using Timebank.Domain.Flexi;
using Timebank.Domain.Flexi.Allowances;
using Timebank.Domain.Flexi.Bookings;
using Timebank.Domain.Flexi.Cash;
using Timebank.Domain.Flexi.Movements;
using Timebank.Domain.Flexi.Services;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Tests.Flexi;

public sealed class AllowanceTests
{
    private static long Minutes(LedgerModel ledger, CustomerBudget budget) => ledger.Available(FlexiUnit.Minutes, FlexiAccounts.CustomerMinutes(budget.Id));

    private static long Cash(LedgerModel ledger, CustomerBudget budget) => ledger.Available(FlexiUnit.Pence, FlexiAccounts.CustomerCash(budget.Id));

    [Fact]
    public void Enrolling_mid_week_accrues_the_started_week_in_full_from_funding()
    {
        var world = new FlexiWorld();
        world.Clock.Advance(Duration.FromDays(2)); // Wednesday
        var (_, budget) = world.Enrol();
        var ledger = new LedgerModel();

        world.RunAllowances(budget, ledger);

        Assert.Equal((210, 4000), (Minutes(ledger, budget), Cash(ledger, budget)));
        Assert.Equal(-210, ledger.Posted(FlexiUnit.Minutes, FlexiAccounts.Funding(world.Service.Id)));
        Assert.Equal(new LocalDate(2026, 3, 2), budget.AccruedThrough);
    }

    [Fact]
    public void Each_budget_period_and_unit_has_exactly_one_key_and_it_is_the_same_every_time()
    {
        var world = new FlexiWorld();
        var (_, budget) = world.Enrol();
        world.Clock.Advance(Duration.FromDays(21));

        var first = AllowanceSchedule.StepsDue(budget, world.Service, world.History, world.Now).OfType<AccrueAllowance>().SelectMany(a => a.Plan().Steps).Select(s => s.Key.Value).ToList();
        var again = AllowanceSchedule.StepsDue(budget, world.Service, world.History, world.Now).OfType<AccrueAllowance>().SelectMany(a => a.Plan().Steps).Select(s => s.Key.Value).ToList();

        Assert.Equal(8, first.Count); // 4 periods x 2 units
        Assert.Equal(first.Count, first.Distinct().Count());
        Assert.Equal(first, again);
        Assert.Contains(first, k => k.Contains($"{budget.Id.Value:N}:2026-03-23:gbp", StringComparison.Ordinal));
    }

    [Fact]
    public void Accrual_run_twice_or_replayed_moves_the_allowance_once()
    {
        var world = new FlexiWorld();
        var (_, budget) = world.Enrol();
        var ledger = new LedgerModel();
        var plans = AllowanceSchedule.StepsDue(budget, world.Service, world.History, world.Now).OfType<AccrueAllowance>().Select(a => a.Plan()).ToList();

        foreach (var plan in plans.Concat(plans))
            ledger.Apply(plan);
        world.RunAllowances(budget, ledger);
        world.RunAllowances(budget, ledger);

        Assert.Equal(210, Minutes(ledger, budget));
        Assert.Equal(2, ledger.Moves);
    }

    [Fact]
    public void Unused_minutes_lapse_back_to_funding_by_a_transfer_and_cash_is_saved()
    {
        var world = new FlexiWorld();
        var (_, budget) = world.Enrol();
        var ledger = new LedgerModel();
        world.RunAllowances(budget, ledger);
        world.Clock.Advance(Duration.FromDays(7));

        var settlements = world.RunAllowances(budget, ledger);

        var settled = Assert.Single(settlements);
        Assert.Equal((210L, 0L, 4000L), (settled.LapsedMinutes, settled.CarriedOverMinutes, settled.SavedPence));
        Assert.Equal(210, Minutes(ledger, budget)); // only the new week's
        Assert.Equal(8000, Cash(ledger, budget));
        Assert.Equal(-210, ledger.Posted(FlexiUnit.Minutes, FlexiAccounts.Funding(world.Service.Id)));
        Assert.Empty(ledger.Violations());
    }

    [Fact]
    public void Minutes_held_for_a_booked_session_do_not_lapse()
    {
        var world = new FlexiWorld();
        var (customer, budget) = world.Enrol();
        var worker = world.Join(Roles.Staff);
        var ledger = new LedgerModel();
        world.RunAllowances(budget, ledger);
        var diary = new ServiceDiary([], [], world.Service.CoreMinimumStaff, FlexiWorld.London);
        var nextWeek = Instant.FromUtc(2026, 3, 10, 10, 0);
        var (_, hold) = SupportSession.Book(world.Service, budget, customer, worker, new SessionRequest("Sam", nextWeek, 90, SessionPlace.OnSite, SessionFormality.Informal, null),
            Minutes(ledger, budget), diary, world.Now);
        Assert.True(ledger.Apply(hold));
        world.Clock.Advance(Duration.FromDays(7));

        var settled = Assert.Single(world.RunAllowances(budget, ledger));

        Assert.Equal(120, settled.LapsedMinutes);
        Assert.Equal(90, ledger.Held(FlexiUnit.Minutes, FlexiAccounts.CustomerMinutes(budget.Id)));
    }

    [Fact]
    public void Carried_over_minutes_stop_at_the_cap_and_the_rest_lapses()
    {
        var world = new FlexiWorld(FlexiWorld.FieldPolicy(UnusedMinutes.CarryOver, carryCap: 60));
        var (_, budget) = world.Enrol();
        var ledger = new LedgerModel();
        world.RunAllowances(budget, ledger);
        world.Clock.Advance(Duration.FromDays(7));

        var settled = Assert.Single(world.RunAllowances(budget, ledger));

        Assert.Equal((150L, 60L), (settled.LapsedMinutes, settled.CarriedOverMinutes));
        Assert.Equal(270, Minutes(ledger, budget));
    }

    [Fact]
    public void Savings_above_the_cash_cap_go_back_to_funding_at_period_end()
    {
        var world = new FlexiWorld(FlexiWorld.FieldPolicy(cashCap: 6000));
        var (_, budget) = world.Enrol();
        var ledger = new LedgerModel();
        world.Clock.Advance(Duration.FromDays(14));

        var settlements = world.RunAllowances(budget, ledger);

        Assert.Equal([0L, 2000L], settlements.Select(s => s.ReturnedPence));
        Assert.Equal(10_000, Cash(ledger, budget)); // £60 saved plus the third week's £40
    }

    [Fact]
    public void Eight_weeks_across_the_clock_change_accrue_and_settle_each_week_once()
    {
        var world = new FlexiWorld();
        var (_, budget) = world.Enrol();
        var ledger = new LedgerModel();
        for (var day = 0; day < 56; day++)
        {
            world.RunAllowances(budget, ledger);
            world.Clock.Advance(Duration.FromDays(1));
        }
        world.RunAllowances(budget, ledger);

        Assert.Equal(new LocalDate(2026, 4, 27), budget.AccruedThrough);
        Assert.Equal(new LocalDate(2026, 4, 20), budget.SettledThrough);
        Assert.Equal(9 * 4000, Cash(ledger, budget));
        Assert.Equal(-9 * 4000, ledger.Posted(FlexiUnit.Pence, FlexiAccounts.Funding(world.Service.Id)));
        Assert.Equal(210, Minutes(ledger, budget));
        Assert.Empty(ledger.Violations());
    }

    [Fact]
    public void A_policy_change_reaches_the_next_weeks_accrual_only()
    {
        var world = new FlexiWorld();
        var (_, budget) = world.Enrol();
        var ledger = new LedgerModel();
        world.RunAllowances(budget, ledger);
        world.Policies.Add(world.Service.ChangePolicy(FlexiPolicy.Create(180, 500, 500), world.Manager, world.Now));
        world.Clock.Advance(Duration.FromDays(7));

        world.RunAllowances(budget, ledger);

        Assert.Equal((180, 4500), (Minutes(ledger, budget), Cash(ledger, budget)));
    }

    [Fact]
    public void Ending_a_customer_stops_accrual_cancels_bookings_and_returns_what_they_hold()
    {
        var world = new FlexiWorld();
        var (customer, budget) = world.Enrol();
        var worker = world.Join(Roles.Staff);
        var ledger = new LedgerModel();
        world.RunAllowances(budget, ledger);
        var diary = new ServiceDiary([], [], 0, FlexiWorld.London);
        var (session, hold) = SupportSession.Book(world.Service, budget, customer, worker,
            new SessionRequest("Sam", world.Now + Duration.FromDays(1), 60, SessionPlace.OffSite, SessionFormality.Formal, null), 210, diary, world.Now);
        ledger.Apply(hold);
        world.Clock.Advance(Duration.FromDays(3));

        var plan = CustomerLeaving.End(budget, world.Service, world.Manager, world.History.Current(world.Service.Schedule, world.Now),
            new LeavingBalances(ledger.Posted(FlexiUnit.Minutes, FlexiAccounts.CustomerMinutes(budget.Id)), ledger.Posted(FlexiUnit.Pence, FlexiAccounts.CustomerCash(budget.Id))),
            [session], [], [], world.Now);

        Assert.True(ledger.Apply(plan));
        Assert.Equal(SessionStatus.Cancelled, session.Status);
        Assert.Equal((0L, 0L), (ledger.Posted(FlexiUnit.Minutes, FlexiAccounts.CustomerMinutes(budget.Id)), ledger.Posted(FlexiUnit.Pence, FlexiAccounts.CustomerCash(budget.Id))));
        Assert.Equal(0, ledger.Posted(FlexiUnit.Pence, FlexiAccounts.Funding(world.Service.Id)));
        world.Clock.Advance(Duration.FromDays(30));
        Assert.Empty(AllowanceSchedule.StepsDue(budget, world.Service, world.History, world.Now));
        Assert.IsType<CustomerHasLeft>(Assert.Throws<DomainException>(() => budget.End(world.Manager, world.Provider.Id, world.Now)).Error);
    }

    [Fact]
    public void A_policy_that_keeps_cash_for_the_leaver_returns_only_the_minutes()
    {
        var world = new FlexiWorld(FlexiWorld.FieldPolicy(onLeaving: CashOnLeaving.KeepForCustomer));
        var (_, budget) = world.Enrol();
        var ledger = new LedgerModel();
        world.RunAllowances(budget, ledger);

        var plan = CustomerLeaving.End(budget, world.Service, world.Manager, world.History.Current(world.Service.Schedule, world.Now),
            new LeavingBalances(210, 4000), [], [], [], world.Now);

        var only = Assert.IsType<MoveNow>(Assert.Single(plan.Steps));
        Assert.Equal(FlexiUnit.Minutes, only.Unit);
    }

    [Fact]
    public void Only_customers_of_the_provider_are_enrolled_and_only_once()
    {
        var world = new FlexiWorld();
        var staff = world.Join(Roles.Staff);
        var (customer, budget) = world.Enrol();

        Assert.IsType<NotACustomer>(Assert.Throws<DomainException>(() => CustomerBudget.Enrol(world.Service, staff, world.Manager, CashHolding.PrepaidCard, [], world.Now)).Error);
        Assert.IsType<AlreadyEnrolledInService>(Assert.Throws<DomainException>(() => CustomerBudget.Enrol(world.Service, customer, world.Manager, CashHolding.PrepaidCard, [budget], world.Now)).Error);
        Assert.IsType<NotAllowed>(Assert.Throws<DomainException>(() => CustomerBudget.Enrol(world.Service, customer, staff, CashHolding.PrepaidCard, [], world.Now)).Error);
    }

    [Fact]
    public void Steps_recorded_out_of_order_are_a_programming_error()
    {
        var world = new FlexiWorld();
        var (_, budget) = world.Enrol();
        var schedule = world.Service.Schedule;
        var first = budget.FirstPeriod(schedule);

        Assert.Throws<InvalidOperationException>(() => budget.RecordAccrued(schedule.After(first), schedule));
        budget.RecordAccrued(first, schedule);
        Assert.Throws<InvalidOperationException>(() => budget.RecordAccrued(schedule.After(first), schedule));
    }
}
