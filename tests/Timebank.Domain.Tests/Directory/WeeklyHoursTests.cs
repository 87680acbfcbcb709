using NodaTime;
using Timebank.Domain.Directory;

namespace Timebank.Domain.Tests.Directory;

/// <summary>The weekly hours a schedule can be open in: what the directory's "open on a weekday at a time" filter indexes.</summary>
public sealed class WeeklyHoursTests
{
    private static IReadOnlyList<WeeklyHours> Hours(ScheduleDraft draft) => Schedule.Parse(draft, "schedules[0]").WeeklyHours();

    [Fact]
    public void A_weekly_schedule_is_open_on_each_of_its_days_between_its_times()
        => Assert.Equal(
            [new WeeklyHours(IsoDayOfWeek.Tuesday, 13 * 60, 17 * 60), new WeeklyHours(IsoDayOfWeek.Thursday, 13 * 60, 17 * 60)],
            Hours(new ScheduleDraft { Freq = "WEEKLY", ByDay = "TU,TH", OpensAt = "13:00", ClosesAt = "17:00" }));

    [Fact]
    public void An_overnight_schedule_runs_into_the_next_morning()
        => Assert.Equal(
            [new WeeklyHours(IsoDayOfWeek.Sunday, 20 * 60, WeeklyHours.EndOfDay), new WeeklyHours(IsoDayOfWeek.Monday, 0, 8 * 60)],
            Hours(new ScheduleDraft { Freq = "WEEKLY", ByDay = "SU", OpensAt = "20:00", ClosesAt = "08:00" }));

    [Fact]
    public void A_monthly_schedule_can_fall_on_its_weekdays_and_one_by_day_of_month_on_any()
    {
        Assert.Equal([new WeeklyHours(IsoDayOfWeek.Friday, 0, WeeklyHours.EndOfDay)], Hours(new ScheduleDraft { Freq = "MONTHLY", ByDay = "-1FR" }));
        Assert.Equal(7, Hours(new ScheduleDraft { Freq = "MONTHLY", ByMonthDay = "1" }).Count);
    }

    [Fact]
    public void A_schedule_without_a_rule_is_never_open()
        => Assert.Empty(Hours(new ScheduleDraft { Description = "Ring to book" }));

    [Fact]
    public void A_weekly_schedule_without_days_falls_on_its_start_days_weekday()
        => Assert.Equal(IsoDayOfWeek.Wednesday, Assert.Single(Hours(new ScheduleDraft { Freq = "WEEKLY", Interval = 2, DtStart = new LocalDate(2026, 3, 4) })).Day);
}
