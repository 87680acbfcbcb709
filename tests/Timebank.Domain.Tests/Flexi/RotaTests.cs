using NodaTime;
using Timebank.Domain.Flexi.Rota;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Tests.Flexi;

public sealed class RotaTests
{
    private readonly FlexiWorld _world = new();

    [Fact]
    public void A_night_shift_over_the_clock_change_is_an_hour_shorter_and_days_repeat_weekly()
    {
        var worker = Id<Member>.New();
        var week = new[] { new RotaSlot(worker, IsoDayOfWeek.Saturday, new LocalTime(20, 0), new LocalTime(8, 0)) };

        var shifts = WeeklyRotaPattern.Expand(week, new LocalDate(2026, 3, 23), 2, FlexiWorld.London);

        Assert.Equal([Duration.FromHours(11), Duration.FromHours(12)], shifts.Select(s => s.End - s.Start));
        Assert.Equal(Instant.FromUtc(2026, 3, 28, 20, 0), shifts[0].Start);
        Assert.Equal(Instant.FromUtc(2026, 4, 4, 19, 0), shifts[1].Start); // 20:00 BST
    }

    [Fact]
    public void A_shift_starting_in_the_skipped_hour_starts_when_the_clocks_resume()
    {
        var week = new[] { new RotaSlot(Id<Member>.New(), IsoDayOfWeek.Sunday, new LocalTime(1, 30), new LocalTime(9, 0)) };

        var shift = Assert.Single(WeeklyRotaPattern.Expand(week, new LocalDate(2026, 3, 23), 1, FlexiWorld.London));

        Assert.Equal(Instant.FromUtc(2026, 3, 29, 1, 30), shift.Start); // 02:30 BST, an hour on from 01:30 GMT that never was
    }

    [Fact]
    public void A_worker_is_not_on_the_rota_twice_at_once()
    {
        var sam = _world.Join(Roles.Staff);
        var from = Instant.FromUtc(2026, 3, 3, 8, 0);
        var first = Shift.Plan(_world.Service, _world.Manager, sam, "Sam Patel", from, from + Duration.FromHours(8), []);

        var error = Assert.IsType<ShiftOverlaps>(Assert.Throws<DomainException>(() =>
            Shift.Plan(_world.Service, _world.Manager, sam, "Sam Patel", from + Duration.FromHours(7), from + Duration.FromHours(12), [first])).Error);

        Assert.Equal("Sam Patel is already on the rota from Tuesday 3 March 2026 at 08:00 to 16:00.", error.Message);
    }

    [Fact]
    public void Shifts_are_planned_by_a_manager_for_staff_and_last_at_most_a_day()
    {
        var sam = _world.Join(Roles.Staff);
        var from = Instant.FromUtc(2026, 3, 3, 8, 0);

        Assert.IsType<NotAllowed>(Assert.Throws<DomainException>(() => Shift.Plan(_world.Service, sam, sam, "Sam", from, from + Duration.FromHours(8), [])).Error);
        Assert.Throws<DomainException>(() => Shift.Plan(_world.Service, _world.Manager, sam, "Sam", from, from, []));
        Assert.Throws<DomainException>(() => Shift.Plan(_world.Service, _world.Manager, sam, "Sam", from, from + Duration.FromHours(25), []));
        Assert.Throws<DomainException>(() => Shift.Plan(_world.Service, _world.Manager, _world.Join(Roles.Customer), "Kit", from, from + Duration.FromHours(8), []));
    }

    [Fact]
    public void Cover_counts_workers_on_shift_who_are_not_in_a_session()
    {
        var (a, b, c) = (_world.Join(Roles.Staff), _world.Join(Roles.Staff), _world.Join(Roles.Staff));
        var from = Instant.FromUtc(2026, 3, 3, 8, 0);
        var shifts = new[] { a, b, c }.Select(w => Shift.Plan(_world.Service, _world.Manager, w, "w", from, from + Duration.FromHours(8), [])).ToList();
        var busy = new[] { new BusySlot(c.MemberId, from + Duration.FromHours(1), from + Duration.FromHours(2)) };

        Assert.Equal(3, CoreCover.At(shifts, busy, from));
        Assert.Equal(2, CoreCover.At(shifts, busy, from + Duration.FromMinutes(90)));
        Assert.Equal(0, CoreCover.At(shifts, busy, from + Duration.FromHours(9)));
        // With c in a session, taking b away from 09:00 to 09:30 leaves one.
        Assert.Equal((from + Duration.FromHours(1), 1), CoreCover.FirstShortfall(shifts, busy, b.MemberId, from + Duration.FromMinutes(30), from + Duration.FromMinutes(90), 2));
        Assert.Null(CoreCover.FirstShortfall(shifts, busy, b.MemberId, from + Duration.FromHours(2), from + Duration.FromHours(3), 2));
    }
}
