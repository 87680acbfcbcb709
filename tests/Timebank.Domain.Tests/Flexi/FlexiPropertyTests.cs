using CsCheck;
using NodaTime;
using Timebank.Domain.Flexi.Allowances;
using Timebank.Domain.Flexi.Bookings;
using Timebank.Domain.Flexi.Cash;
using Timebank.Domain.Flexi.Movements;
using Timebank.Domain.Flexi.Rota;
using Timebank.Domain.Flexi.Services;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Tests.Flexi;

/// <summary>
/// Random sequences of accrual (sometimes twice), bookings, completions, cancellations, purchases, sign-offs,
/// receipts and joint purchases through the ledger model: whatever the domain allows, the ledger accepts; whatever
/// it refuses moves nothing; no account goes below zero, each period accrues once, and nobody is double-booked or
/// leaves the core short.
/// </summary>
public sealed class FlexiPropertyTests
{
    private static readonly Gen<(int Op, int A, int B, int C)> Step = Gen.Select(Gen.Int[0, 9], Gen.Int[0, 1000], Gen.Int[0, 1000], Gen.Int[0, 1000]);

    [Fact]
    public void Random_sequences_never_overspend_accrue_twice_or_break_the_core()
        => Step.Array[1, 50].Sample(steps => new Run().Play(steps), iter: 300);

    private sealed class Run
    {
        private readonly FlexiWorld _world = new();
        private readonly LedgerModel _ledger = new();
        private readonly List<(Membership Member, CustomerBudget Budget)> _customers = [];
        private readonly List<Membership> _staff = [];
        private readonly List<Shift> _shifts = [];
        private readonly List<SupportSession> _sessions = [];
        private readonly List<Purchase> _purchases = [];
        private readonly List<JointPurchase> _joints = [];

        public Run()
        {
            for (var i = 0; i < 3; i++)
                _customers.Add(_world.Enrol());
            for (var i = 0; i < 4; i++)
                _staff.Add(_world.Join(Roles.Staff));
            // Two on shift around the clock, a third by day, the fourth only for one-to-one sessions.
            var week = Enumerable.Range(0, 2).SelectMany(w => Enum.GetValues<IsoDayOfWeek>().Skip(1)
                    .Select(d => new RotaSlot(_staff[w].MemberId, d, new LocalTime(0, 0), new LocalTime(0, 0))))
                .Concat(Enum.GetValues<IsoDayOfWeek>().Skip(1).Select(d => new RotaSlot(_staff[2].MemberId, d, new LocalTime(8, 0), new LocalTime(20, 0))));
            foreach (var planned in WeeklyRotaPattern.Expand(week, new LocalDate(2026, 3, 2), 8, FlexiWorld.London))
                _shifts.Add(Shift.Plan(_world.Service, _world.Manager, _staff.Single(s => s.MemberId == planned.Worker), "w", planned.Start, planned.End, _shifts));
        }

        private FlexiPolicy Policy => _world.History.Current(_world.Service.Schedule, _world.Now);

        private long Available(FlexiUnit unit, CustomerBudget budget)
            => _ledger.Available(unit, unit == FlexiUnit.Minutes ? FlexiAccounts.CustomerMinutes(budget.Id) : FlexiAccounts.CustomerCash(budget.Id));

        public void Play((int Op, int A, int B, int C)[] steps)
        {
            foreach (var (op, a, b, c) in steps)
            {
                // Accrual on read: balances are brought up to date before anything is decided on them.
                if (op != 1)
                {
                    foreach (var (_, budget) in _customers)
                        _world.RunAllowances(budget, _ledger);
                }
                var moves = _ledger.Moves;
                try
                {
                    var plan = Do(op, a, b, c);
                    Assert.True(_ledger.Apply(plan), $"the ledger refused what the domain allowed (step {op})");
                }
                catch (DomainException)
                {
                    Assert.Equal(moves, _ledger.Moves);
                }
                CheckInvariants();
            }
            foreach (var (_, budget) in _customers)
                _world.RunAllowances(budget, _ledger);
            var begun = _world.Service.Schedule.Between(FlexiWorld.Start, _world.Now).Count();
            Assert.Equal(_customers.Count * begun * 2, _ledger.KeysStartingWith("flexi:accrue:"));
        }

        private MovementPlan Do(int op, int a, int b, int c)
        {
            var (member, budget) = _customers[a % _customers.Count];
            var now = _world.Now;
            switch (op)
            {
                case 0:
                    _world.Clock.Advance(Duration.FromHours((a % 48) + 1));
                    return MovementPlan.Nothing;
                case 1:
                    // Accrual run twice, then every accrual so far replayed: the keys must keep each to once.
                    _world.RunAllowances(budget, _ledger);
                    _world.RunAllowances(budget, _ledger);
                    var moved = _ledger.Moves;
                    foreach (var period in _world.Service.Schedule.Between(budget.EnrolledAt, now))
                        _ledger.Apply(new AccrueAllowance(budget.Id, _world.Service.Id, period, _world.History.For(period)).Plan());
                    Assert.Equal(moved, _ledger.Moves);
                    return MovementPlan.Nothing;
                case 2:
                    var worker = _staff[b % _staff.Count];
                    var start = c % 10 == 0 ? now - Duration.FromHours(1) : now + Duration.FromMinutes(30 * (c % 144));
                    var booker = c % 2 == 1 ? _staff[(b + 1) % _staff.Count] : member;
                    var (session, hold) = SupportSession.Book(_world.Service, budget, booker, worker,
                        new SessionRequest("Worker", start, 30 * (b % 5), SessionPlace.OnSite, SessionFormality.Informal, null),
                        Available(FlexiUnit.Minutes, budget), new ServiceDiary(_shifts, _sessions, _world.Service.CoreMinimumStaff, FlexiWorld.London), now);
                    _sessions.Add(session);
                    return hold;
                case 3 when _sessions.Count > 0:
                    var toComplete = _sessions[a % _sessions.Count];
                    if (c % 2 == 1 && toComplete.Start > now)
                        _world.Clock.Reset(toComplete.Start);
                    return toComplete.Complete(_world.Manager, _world.Provider.Id, (b % toComplete.Minutes) + 1, _world.Now);
                case 4 when _sessions.Count > 0:
                    return _sessions[a % _sessions.Count].Cancel(member, _world.Provider.Id, null, now);
                case 5:
                    var (purchase, plan) = Purchase.Request(_world.Service, budget, member, PurchaseDetails.Parse("Shop", "Things", "Something", null),
                        b * 10 % 9000, Available(FlexiUnit.Pence, budget), Policy, ManagerSignOff.Instance, now);
                    _purchases.Add(purchase);
                    return plan;
                case 6 when _purchases.Count > 0:
                    var waiting = _purchases[a % _purchases.Count];
                    return b % 2 == 0
                        ? waiting.Approve(_world.Manager, _world.Provider.Id, ManagerSignOff.Instance, now)
                        : waiting.Reject(_world.Manager, _world.Provider.Id, ManagerSignOff.Instance, "No", now);
                case 7 when _purchases.Count > 0:
                    var bought = _purchases[a % _purchases.Count];
                    var owner = _customers.Single(x => x.Budget.Id == bought.BudgetId);
                    var today = _world.Service.Schedule.Today(now);
                    return bought.AttachReceipt(b % 3 == 0 ? member : owner.Member, _world.Provider.Id, Receipt.Parse("R", c * 10, today, today), owner.Budget, Policy, now);
                case 8:
                    var other = _customers[(a + 1) % _customers.Count];
                    var (joint, holds) = JointPurchase.Request(_world.Service, member,
                        [new ShareRequest(budget, "A", b * 5, Available(FlexiUnit.Pence, budget)), new ShareRequest(other.Budget, "B", c * 5, Available(FlexiUnit.Pence, other.Budget))],
                        PurchaseDetails.Parse("Tutor", "Learning", "Lessons", null), Policy, ManagerSignOff.Instance, now);
                    _joints.Add(joint);
                    return holds;
                case 9 when _joints.Count > 0:
                    var sharing = _joints[a % _joints.Count];
                    return c % 3 == 0
                        ? sharing.Approve(_world.Manager, _world.Provider.Id, ManagerSignOff.Instance, now)
                        : sharing.AgreeShare(_customers[b % _customers.Count].Member, now);
                default:
                    return MovementPlan.Nothing;
            }
        }

        private void CheckInvariants()
        {
            Assert.Empty(_ledger.Violations());
            var active = _sessions.Where(s => s.HoldsTime).ToList();
            foreach (var s in active)
            {
                Assert.DoesNotContain(active, o => o.Id != s.Id && (o.WorkerId == s.WorkerId || o.CustomerId == s.CustomerId) && o.Start < s.End && s.Start < o.End);
                var busy = active.Select(x => new BusySlot(x.WorkerId, x.Start, x.End)).ToList();
                var takenFromCore = _shifts.Any(sh => sh.WorkerId == s.WorkerId && sh.Start <= s.Start && s.Start < sh.End);
                if (takenFromCore)
                    Assert.True(CoreCover.At(_shifts, busy, s.Start) >= _world.Service.CoreMinimumStaff, "a session left the core short");
            }
            foreach (var (_, budget) in _customers)
            {
                var held = _sessions.Where(s => s.BudgetId == budget.Id && s.Status == SessionStatus.Booked).Sum(s => s.Minutes);
                Assert.Equal(held, _ledger.Held(FlexiUnit.Minutes, FlexiAccounts.CustomerMinutes(budget.Id)));
            }
        }
    }
}
