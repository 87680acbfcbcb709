using NodaTime;
using Timebank.Domain.Directory;

namespace Timebank.Domain.Tests.Directory;

public sealed class ScheduleTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    // Tuesday 3 March 2026 (GMT) and Tuesday 7 July 2026 (BST).
    private static readonly LocalDate Tuesday = new(2026, 3, 3);
    private static readonly LocalDate SummerTuesday = new(2026, 7, 7);

    private static ZonedDateTime At(LocalDate day, int hour, int minute = 0) => London.AtStrictly(day.At(new LocalTime(hour, minute)));

    private static Schedule Parse(ScheduleDraft draft) => Schedule.Parse(draft, "schedules[0]");

    private static ScheduleDoesNotParse Refused(ScheduleDraft draft)
        => Assert.IsType<ScheduleDoesNotParse>(Assert.Throws<DomainException>(() => Parse(draft)).Error);

    private static readonly ScheduleDraft TuesdayAfternoons = new() { Freq = "WEEKLY", ByDay = "TU", OpensAt = "13:00", ClosesAt = "17:00:00" };

    [Fact]
    public void A_weekly_schedule_is_open_on_its_days_between_its_times()
    {
        var schedule = Parse(TuesdayAfternoons);

        Assert.True(schedule.IsOpenAt(At(Tuesday, 13)));
        Assert.True(schedule.IsOpenAt(At(Tuesday, 16, 59)));
        Assert.False(schedule.IsOpenAt(At(Tuesday, 17)));
        Assert.False(schedule.IsOpenAt(At(Tuesday, 12, 59)));
        Assert.False(schedule.IsOpenAt(At(Tuesday.PlusDays(1), 14)));
    }

    [Fact]
    public void Times_are_written_back_the_way_ORUK_writes_them()
    {
        var schedule = Parse(TuesdayAfternoons with { ByDay = "tu, th ,TU" });

        Assert.Equal("TU,TH", schedule.ByDay);
        Assert.Equal("13:00:00", schedule.OpensAtText);
        Assert.Equal("17:00:00", schedule.ClosesAtText);
    }

    [Fact]
    public void A_fortnightly_schedule_counts_weeks_from_dtstart()
    {
        var schedule = Parse(TuesdayAfternoons with { Interval = 2, DtStart = Tuesday });

        Assert.True(schedule.IsOpenAt(At(Tuesday, 14)));
        Assert.False(schedule.IsOpenAt(At(Tuesday.PlusWeeks(1), 14)));
        Assert.True(schedule.IsOpenAt(At(Tuesday.PlusWeeks(2), 14)));
        Assert.False(schedule.IsOpenAt(At(Tuesday.PlusWeeks(-2), 14)));
    }

    [Theory]
    [InlineData("2MO", null, 2026, 3, 9, true)]
    [InlineData("2MO", null, 2026, 3, 2, false)]
    [InlineData("-1FR", null, 2026, 3, 27, true)]
    [InlineData("-1FR", null, 2026, 3, 20, false)]
    [InlineData(null, "-1", 2026, 2, 28, true)]
    [InlineData(null, "1,15", 2026, 3, 15, true)]
    [InlineData("MO,TU,WE,TH,FR", "1,2,3,4,5,6,7", 2026, 3, 2, true)]
    [InlineData("MO,TU,WE,TH,FR", "1,2,3,4,5,6,7", 2026, 3, 1, false)]
    public void Monthly_schedules_follow_RFC_5545(string? byDay, string? byMonthDay, int year, int month, int day, bool occurs)
        => Assert.Equal(occurs, Parse(new ScheduleDraft { Freq = "MONTHLY", ByDay = byDay, ByMonthDay = byMonthDay }).OccursOn(new LocalDate(year, month, day)));

    [Fact]
    public void A_closing_time_before_the_opening_time_runs_past_midnight()
    {
        var nightShelter = Parse(new ScheduleDraft { Freq = "WEEKLY", ByDay = "TU", OpensAt = "20:00", ClosesAt = "08:00" });

        Assert.True(nightShelter.IsOpenAt(At(Tuesday, 22)));
        Assert.True(nightShelter.IsOpenAt(At(Tuesday.PlusDays(1), 7, 59)));
        Assert.False(nightShelter.IsOpenAt(At(Tuesday.PlusDays(1), 8)));
        Assert.False(nightShelter.IsOpenAt(At(Tuesday, 7)));
    }

    [Fact]
    public void Times_with_an_offset_are_read_in_that_offset()
    {
        var utc = Parse(TuesdayAfternoons with { OpensAt = "13:00Z", ClosesAt = "17:00Z" });

        // In summer 13:00Z is 14:00 in London.
        Assert.False(utc.IsOpenAt(At(SummerTuesday, 13, 30)));
        Assert.True(utc.IsOpenAt(At(SummerTuesday, 17, 30)));
        Assert.Equal("13:00:00Z", utc.OpensAtText);
    }

    [Fact]
    public void Valid_dates_bound_the_schedule()
    {
        var schedule = Parse(TuesdayAfternoons with { ValidFrom = Tuesday.PlusDays(1), ValidTo = Tuesday.PlusWeeks(2) });

        Assert.False(schedule.OccursOn(Tuesday));
        Assert.True(schedule.OccursOn(Tuesday.PlusWeeks(1)));
        Assert.True(schedule.OccursOn(Tuesday.PlusWeeks(2)));
        Assert.False(schedule.OccursOn(Tuesday.PlusWeeks(3)));
    }

    [Fact]
    public void A_schedule_with_only_a_description_is_never_counted_as_open()
        => Assert.False(Parse(new ScheduleDraft { Description = "Ring to book" }).IsOpenAt(At(Tuesday, 12)));

    [Fact]
    public void Without_times_it_is_open_all_day_on_its_days()
        => Assert.True(Parse(new ScheduleDraft { Freq = "WEEKLY", ByDay = "TU" }).IsOpenAt(At(Tuesday, 3)));

    [Theory]
    [InlineData("DAILY", "TU", null, null, null, "schedules[0].freq")]
    [InlineData("WEEKLY", "Tuesdays", null, null, null, "schedules[0].byday")]
    [InlineData("WEEKLY", "2TU", null, null, null, "schedules[0].byday")]
    [InlineData("MONTHLY", "6TU", null, null, null, "schedules[0].byday")]
    [InlineData("WEEKLY", null, null, null, null, "schedules[0].byday")]
    [InlineData("WEEKLY", "TU", "9am", "17:00", null, "schedules[0].opens_at")]
    [InlineData("WEEKLY", "TU", "09:00", "25:00", null, "schedules[0].closes_at")]
    [InlineData("WEEKLY", "TU", "09:00", null, null, "schedules[0].closes_at")]
    [InlineData("WEEKLY", "TU", "09:00", "09:00", null, "schedules[0].closes_at")]
    [InlineData("WEEKLY", "TU", "09:00Z", "17:00", null, "schedules[0].closes_at")]
    [InlineData("WEEKLY", "TU", null, null, "32", "schedules[0].bymonthday")]
    [InlineData("MONTHLY", null, null, null, "0", "schedules[0].bymonthday")]
    [InlineData(null, "TU", null, null, null, "schedules[0].freq")]
    public void A_schedule_that_does_not_parse_is_refused_at_the_field_that_is_wrong(string? freq, string? byDay, string? opens, string? closes, string? byMonthDay, string path)
        => Assert.Equal(path, Refused(new ScheduleDraft { Freq = freq, ByDay = byDay, OpensAt = opens, ClosesAt = closes, ByMonthDay = byMonthDay }).Path);

    [Fact]
    public void Intervals_need_a_start_and_a_sensible_size()
    {
        Assert.Equal("schedules[0].dtstart", Refused(TuesdayAfternoons with { Interval = 2 }).Path);
        Assert.Equal("schedules[0].interval", Refused(TuesdayAfternoons with { Interval = 0 }).Path);
        Assert.Equal("schedules[0].valid_to", Refused(TuesdayAfternoons with { ValidFrom = Tuesday, ValidTo = Tuesday.PlusDays(-1) }).Path);
    }
}
