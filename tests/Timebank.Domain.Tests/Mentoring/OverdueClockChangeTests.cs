using NodaTime;
using Timebank.Domain.Courses;
using Timebank.Domain.Mentoring;

namespace Timebank.Domain.Tests.Mentoring;

/// <summary>Overdue from the organisation's midnight after the due date, whatever the clocks did in between.</summary>
public sealed class OverdueClockChangeTests
{
    private readonly MentoringOrganisation _m = new();

    [Fact]
    public void A_quarterly_pairing_started_in_July_is_overdue_the_day_after_its_due_date_across_the_October_clock_change()
    {
        _m.ClockAt(2026, 7, 28, 9);
        var pairing = _m.Pair(Cadence.Quarterly, new LocalDate(2026, 7, 28));
        Assert.Equal(new LocalDate(2026, 10, 28), pairing.NextDueOn);

        // Every day from July to the due date, through the change on 25 October: never overdue.
        while (_m.Org.Now.InZone(MentoringOrganisation.London).Date <= new LocalDate(2026, 10, 28))
        {
            Assert.False(_m.Overdue(pairing), $"overdue at {_m.Org.Now}");
            _m.Org.Clock.AdvanceHours(6);
        }

        _m.ClockAt(2026, 10, 28, 23, 59);
        Assert.False(_m.Overdue(pairing));
        _m.Org.Clock.AdvanceMinutes(1);
        Assert.True(_m.Overdue(pairing));
    }

    [Fact]
    public void In_summer_time_overdue_starts_at_local_midnight_not_at_midnight_UTC()
    {
        _m.ClockAt(2026, 7, 23, 9);
        var pairing = _m.Pair(Cadence.Quarterly, new LocalDate(2026, 7, 23));

        _m.ClockAt(2026, 10, 23, 23, 59);
        Assert.False(_m.Overdue(pairing));
        _m.ClockAt(2026, 10, 24, 0, 30);
        Assert.Equal(Instant.FromUtc(2026, 10, 23, 23, 30), _m.Org.Now);
        Assert.True(_m.Overdue(pairing));

        // After the clocks go back it stays overdue until they meet.
        _m.ClockAt(2026, 10, 26, 9);
        Assert.True(_m.Overdue(pairing));
    }

    [Fact]
    public void On_the_short_day_of_the_March_change_overdue_starts_at_local_midnight()
    {
        _m.ClockAt(2026, 3, 22, 9);
        var pairing = _m.Pair(Cadence.Weekly, new LocalDate(2026, 3, 22));
        Assert.Equal(new LocalDate(2026, 3, 29), pairing.NextDueOn);

        _m.ClockAt(2026, 3, 29, 23, 59);
        Assert.False(_m.Overdue(pairing));
        _m.Org.Clock.AdvanceMinutes(1);
        Assert.Equal(Instant.FromUtc(2026, 3, 29, 23, 0), _m.Org.Now);
        Assert.True(_m.Overdue(pairing));
    }

    [Fact]
    public void A_monthly_pairing_due_just_after_the_March_change_is_not_overdue_on_its_due_day()
    {
        _m.ClockAt(2026, 3, 1, 9);
        var pairing = _m.Pair(Cadence.Monthly, new LocalDate(2026, 3, 1));

        _m.ClockAt(2026, 4, 1, 0, 30);
        Assert.Equal(Instant.FromUtc(2026, 3, 31, 23, 30), _m.Org.Now);
        Assert.False(_m.Overdue(pairing));
        _m.ClockAt(2026, 4, 2, 0, 30);
        Assert.True(_m.Overdue(pairing));
    }

    [Fact]
    public void A_meeting_logged_on_the_long_October_day_resets_the_due_date()
    {
        _m.ClockAt(2026, 7, 25, 9);
        var pairing = _m.Pair(Cadence.Quarterly, new LocalDate(2026, 7, 25));
        // 01:30 happens twice that night; this is the second time, after the clocks went back.
        _m.Org.Clock.Reset(Instant.FromUtc(2026, 10, 25, 1, 30));

        pairing.LogMeeting(new Actor(_m.Mentee.Id, null), new LocalDate(2026, 10, 25), 90, "Talked through the first Planning Live", false,
            MentoringOrganisation.London, _m.Org.Now);

        Assert.Equal(new LocalDate(2027, 1, 25), pairing.NextDueOn);
        _m.ClockAt(2027, 1, 25, 23, 59);
        Assert.False(_m.Overdue(pairing));
        _m.ClockAt(2027, 1, 26, 0, 0);
        Assert.True(_m.Overdue(pairing));
    }
}
