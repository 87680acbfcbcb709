using NodaTime;
using Timebank.Domain.Courses;
using Timebank.Domain.Mentoring;

namespace Timebank.Domain.Tests.Mentoring;

public sealed class NextDueTests
{
    private readonly MentoringOrganisation _m = new();

    private void Meet(MentoringPairing pairing, LocalDate on)
    {
        _m.ClockAt(on.Year, on.Month, on.Day, 18);
        pairing.LogMeeting(new Actor(_m.Mentor.Id, null), on, 60, null, creditMentor: false, MentoringOrganisation.London, _m.Org.Now);
    }

    [Fact]
    public void A_monthly_pairing_started_on_31_January_is_due_at_the_end_of_February()
    {
        Assert.Equal(new LocalDate(2027, 2, 28), _m.Pair(Cadence.Monthly, new LocalDate(2027, 1, 31)).NextDueOn);
        Assert.Equal(new LocalDate(2028, 2, 29), _m.Pair(Cadence.Monthly, new LocalDate(2028, 1, 31)).NextDueOn);
    }

    [Fact]
    public void The_next_meeting_is_due_a_cadence_after_the_last_one()
    {
        var pairing = _m.Pair(Cadence.Monthly, new LocalDate(2027, 1, 31));

        Meet(pairing, new LocalDate(2027, 2, 28));

        Assert.Equal(new LocalDate(2027, 2, 28), pairing.LastMetOn);
        Assert.Equal(new LocalDate(2027, 3, 28), pairing.NextDueOn);
    }

    [Fact]
    public void A_meeting_written_up_late_does_not_pull_the_due_date_back()
    {
        var pairing = _m.Pair(Cadence.Fortnightly, new LocalDate(2028, 2, 1));
        Meet(pairing, new LocalDate(2028, 2, 20));

        Meet(pairing, new LocalDate(2028, 2, 10));

        Assert.Equal(new LocalDate(2028, 3, 5), pairing.NextDueOn);
    }

    [Fact]
    public void A_weekly_pairing_steps_over_the_leap_day()
    {
        var pairing = _m.Pair(Cadence.Weekly, new LocalDate(2028, 2, 19));

        Meet(pairing, new LocalDate(2028, 2, 26));

        Assert.Equal(new LocalDate(2028, 3, 4), pairing.NextDueOn);
    }

    [Fact]
    public void An_ended_pairing_is_never_due_or_overdue()
    {
        var pairing = _m.Pair(Cadence.Weekly, new LocalDate(2026, 1, 5));
        _m.ClockAt(2026, 3, 1, 12);

        Assert.True(_m.Overdue(pairing));
        pairing.End(_m.Org.Organiser, new LocalDate(2026, 3, 1), MentoringOrganisation.London, _m.Org.Now);

        Assert.Null(pairing.NextDueOn);
        Assert.False(_m.Overdue(pairing));
    }
}
