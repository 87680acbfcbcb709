using NodaTime;
using Timebank.Domain.Flexi.Allowances;
using Timebank.Domain.Flexi.Bookings;
using Timebank.Domain.Flexi.Movements;
using Timebank.Domain.Flexi.Rota;
using Timebank.Domain.Ledger;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Tests.Flexi;

public sealed class SupportSessionTests
{
    private readonly FlexiWorld _world = new();
    private readonly Membership _customer;
    private readonly CustomerBudget _budget;
    private readonly Membership _sam;
    private readonly LedgerModel _ledger = new();
    private static readonly Instant Tuesday10 = Instant.FromUtc(2026, 3, 3, 10, 0);

    public SupportSessionTests()
    {
        (_customer, _budget) = _world.Enrol();
        _sam = _world.Join(Roles.Staff);
        _world.RunAllowances(_budget, _ledger);
    }

    private long Available => _ledger.Available(FlexiUnit.Minutes, FlexiAccounts.CustomerMinutes(_budget.Id));

    private static SessionRequest At(Instant start, long minutes = 60, bool chosen = true)
        => new("Sam Patel", start, minutes, SessionPlace.Named("Central Library"), SessionFormality.Informal, "Get out more", chosen);

    private (SupportSession Session, MovementPlan Plan) Book(SessionRequest request, IReadOnlyCollection<SupportSession>? sessions = null,
        IReadOnlyCollection<Shift>? shifts = null, Membership? booker = null, Membership? worker = null)
        => SupportSession.Book(_world.Service, _budget, booker ?? _customer, worker ?? _sam, request, Available,
            new ServiceDiary(shifts ?? [], sessions ?? [], _world.Service.CoreMinimumStaff, FlexiWorld.London), _world.Now);

    [Fact]
    public void Booking_holds_the_minutes_from_the_customer_for_the_chosen_worker()
    {
        var (session, plan) = Book(At(Tuesday10, 90));

        var hold = Assert.IsType<HoldNow>(Assert.Single(plan.Steps));
        Assert.Equal((FlexiAccounts.CustomerMinutes(_budget.Id), FlexiAccounts.Worker(_sam.MemberId), 90L), (hold.From, hold.To, hold.Amount.Value));
        Assert.Null(hold.ExpiresAt);
        Assert.True(_ledger.Apply(plan));
        Assert.Equal(120, Available);
        Assert.Equal(SessionStatus.Booked, session.Status);
        Assert.Equal((SessionWhere.NamedPlace, "Central Library"), (session.Where, session.PlaceName));
        Assert.False(session.BookedOnBehalf);
        Assert.True(session.WorkerChosenByCustomer);
    }

    [Fact]
    public void Completing_for_fewer_minutes_posts_those_to_the_worker_and_releases_the_rest()
    {
        var (session, plan) = Book(At(Tuesday10, 90));
        _ledger.Apply(plan);
        _world.Clock.Reset(Tuesday10 + Duration.FromMinutes(80));

        var post = Assert.IsType<PostHeld>(Assert.Single(session.Complete(_sam, _world.Provider.Id, 75, _world.Now).Steps));

        Assert.True(_ledger.Apply(MovementPlan.Of(post)));
        Assert.Equal(135, Available);
        Assert.Equal(75, _ledger.Posted(FlexiUnit.Minutes, FlexiAccounts.Worker(_sam.MemberId)));
        Assert.Equal((SessionStatus.Completed, 75L), (session.Status, session.DeliveredMinutes!.Value));
    }

    [Fact]
    public void Completing_for_more_than_booked_or_before_the_start_or_twice_is_refused_and_changes_nothing()
    {
        var (session, _) = Book(At(Tuesday10, 90));

        Assert.IsType<SessionNotStarted>(Assert.Throws<DomainException>(() => session.Complete(_sam, _world.Provider.Id, 90, _world.Now)).Error);
        _world.Clock.Reset(Tuesday10 + Duration.FromHours(2));
        var more = Assert.IsType<MoreThanBooked>(Assert.Throws<DomainException>(() => session.Complete(_sam, _world.Provider.Id, 100, _world.Now)).Error);
        Assert.Contains("1 hour 30 minutes", more.Message, StringComparison.Ordinal);
        Assert.Equal(SessionStatus.Booked, session.Status);
        session.Complete(_sam, _world.Provider.Id, 90, _world.Now);
        Assert.IsType<SessionNotBooked>(Assert.Throws<DomainException>(() => session.Complete(_sam, _world.Provider.Id, 90, _world.Now)).Error);
        Assert.IsType<SessionNotBooked>(Assert.Throws<DomainException>(() => session.Cancel(_customer, _world.Provider.Id, null, _world.Now)).Error);
    }

    [Fact]
    public void Cancelling_voids_the_hold_and_gives_the_minutes_back()
    {
        var (session, plan) = Book(At(Tuesday10));
        _ledger.Apply(plan);

        Assert.True(_ledger.Apply(session.Cancel(_customer, _world.Provider.Id, "Feeling unwell", _world.Now)));

        Assert.Equal(210, Available);
        Assert.Equal(SessionStatus.Cancelled, session.Status);
    }

    [Fact]
    public void A_booking_in_the_past_is_refused()
        => Assert.IsType<BookingInPast>(Assert.Throws<DomainException>(() => Book(At(_world.Now - Duration.FromMinutes(1)))).Error);

    [Theory]
    [InlineData(0)]
    [InlineData(-30)]
    [InlineData(Amount.Max + 1)]
    [InlineData(long.MaxValue)]
    public void Minutes_of_zero_negative_or_beyond_the_limit_are_refused(long minutes)
        => Assert.Equal("minutes", Assert.IsType<ValidationFailed>(Assert.Throws<DomainException>(() => Book(At(Tuesday10, minutes))).Error).Field);

    [Fact]
    public void A_worker_cannot_be_double_booked_and_the_message_names_them_and_the_time()
    {
        var (_, other) = _world.Enrol();
        var (taken, _) = SupportSession.Book(_world.Service, other, _world.Manager, _sam, At(Tuesday10, 60), 210,
            new ServiceDiary([], [], 0, FlexiWorld.London), _world.Now);

        var error = Assert.IsType<WorkerAlreadyBooked>(Assert.Throws<DomainException>(() => Book(At(Tuesday10 + Duration.FromMinutes(30)), [taken])).Error);

        Assert.Equal("Sam Patel is already booked from Tuesday 3 March 2026 at 10:00 to 11:00; choose another time or worker.", error.Message);
        Book(At(Tuesday10 + Duration.FromMinutes(60)), [taken]); // back to back is fine
    }

    [Fact]
    public void A_cancelled_session_frees_the_worker()
    {
        var (first, _) = Book(At(Tuesday10));
        first.Cancel(_customer, _world.Provider.Id, null, _world.Now);

        Book(At(Tuesday10), [first]);
    }

    [Fact]
    public void A_customer_cannot_book_more_than_they_hold()
    {
        var error = Assert.IsType<NotEnoughMinutes>(Assert.Throws<DomainException>(() => Book(At(Tuesday10, 240))).Error);

        Assert.Equal("Only 3 hours 30 minutes of support time is available; this session needs 4 hours.", error.Message);
    }

    [Fact]
    public void Staff_may_book_on_the_customers_behalf_and_say_whether_the_customer_chose_the_worker()
    {
        var keyworker = _world.Join(Roles.Staff);

        var (session, _) = Book(At(Tuesday10, 60, chosen: false), booker: keyworker);

        Assert.True(session.BookedOnBehalf);
        Assert.False(session.WorkerChosenByCustomer);
    }

    [Fact]
    public void Another_customer_cannot_book_on_someones_allowance_and_the_worker_must_be_staff()
    {
        var (stranger, _) = _world.Enrol();
        var notStaff = _world.Join(Roles.Customer);

        Assert.IsType<NotAllowed>(Assert.Throws<DomainException>(() => Book(At(Tuesday10), booker: stranger)).Error);
        Assert.IsType<WorkerNotStaff>(Assert.Throws<DomainException>(() => Book(At(Tuesday10), worker: notStaff)).Error);
    }

    [Fact]
    public void A_booking_that_takes_the_core_below_two_on_shift_is_refused_at_the_first_short_instant()
    {
        var alex = _world.Join(Roles.Staff);
        var kim = _world.Join(Roles.Staff);
        var day = Instant.FromUtc(2026, 3, 3, 8, 0);
        Shift OnShift(Membership who, Instant from, Instant to) => Shift.Plan(_world.Service, _world.Manager, who, "x", from, to, []);
        var shifts = new[]
        {
            OnShift(_sam, day, day + Duration.FromHours(12)),
            OnShift(alex, day, day + Duration.FromHours(12)),
            OnShift(kim, day + Duration.FromHours(3), day + Duration.FromHours(12)), // from 11:00
        };

        var error = Assert.IsType<BelowCoreMinimum>(Assert.Throws<DomainException>(() => Book(At(Tuesday10, 90), shifts: shifts)).Error);

        Assert.Equal(Tuesday10, error.At);
        Assert.Equal(1, error.Left);
        Book(At(day + Duration.FromHours(3), 90), shifts: shifts); // from 11:00 three are on shift
    }

    [Fact]
    public void A_worker_who_is_not_on_the_rota_can_be_booked_whatever_the_cover()
    {
        var alex = _world.Join(Roles.Staff);
        var shifts = new[] { Shift.Plan(_world.Service, _world.Manager, alex, "Alex", Tuesday10 - Duration.FromHours(2), Tuesday10 + Duration.FromHours(6), []) };

        Book(At(Tuesday10), shifts: shifts);
    }

    [Fact]
    public void Sessions_left_uncompleted_past_the_policys_hours_are_listed_not_posted()
    {
        var (session, _) = Book(At(Tuesday10));
        var policy = _world.History.Current(_world.Service.Schedule, _world.Now);

        _world.Clock.Reset(session.End + Duration.FromHours(policy.CompletionDueHours) - Duration.FromMinutes(1));
        Assert.False(session.IsAwaitingCompletion(policy, _world.Now));
        _world.Clock.Advance(Duration.FromMinutes(1));
        Assert.True(session.IsAwaitingCompletion(policy, _world.Now));
        Assert.Equal(SessionStatus.Booked, session.Status);
    }

    [Fact]
    public void Link_work_is_recorded_apart_and_never_spends_the_allowance()
    {
        var keyworker = _world.Join(Roles.Staff);

        var work = LinkWork.Record(_world.Service, _budget, keyworker, new LocalDate(2026, 3, 2), 45, "Planning next month's outings", _world.Now);

        Assert.Equal(45, work.Minutes);
        Assert.Equal(210, Available);
        Assert.Throws<DomainException>(() => LinkWork.Record(_world.Service, _budget, _customer, new LocalDate(2026, 3, 2), 45, null, _world.Now));
        Assert.Throws<DomainException>(() => LinkWork.Record(_world.Service, _budget, keyworker, new LocalDate(2026, 3, 3), 45, null, _world.Now));
    }
}
