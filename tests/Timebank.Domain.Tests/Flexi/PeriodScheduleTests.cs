using NodaTime;
using Timebank.Domain.Flexi.Periods;

namespace Timebank.Domain.Tests.Flexi;

public sealed class PeriodScheduleTests
{
    private static readonly DateTimeZone London = FlexiWorld.London;
    private static readonly PeriodSchedule Weekly = PeriodSchedule.Create(London, IsoDayOfWeek.Monday, 1, new LocalDate(2026, 3, 4));

    [Fact]
    public void The_period_holding_an_instant_runs_from_monday_midnight_to_the_next_in_the_zone()
    {
        var period = Weekly.Containing(Instant.FromUtc(2026, 3, 8, 23, 59)); // Sunday evening

        Assert.Equal(new LocalDate(2026, 3, 2), period.StartDate);
        Assert.Equal(new LocalDate(2026, 3, 9), period.EndDate);
        Assert.Equal(Instant.FromUtc(2026, 3, 2, 0, 0), period.Start);
        Assert.Equal("2026-03-02", period.Key);
    }

    [Fact]
    public void The_week_the_clocks_go_forward_is_167_hours_and_starts_at_local_midnight_after()
    {
        var period = Weekly.Containing(Instant.FromUtc(2026, 3, 25, 12, 0));

        Assert.Equal(Duration.FromHours(167), period.Length);
        Assert.Equal(Instant.FromUtc(2026, 3, 29, 23, 0), period.End); // Monday 30 March 00:00 BST
        Assert.Equal(Instant.FromUtc(2026, 3, 29, 23, 0), Weekly.After(period).Start);
    }

    [Fact]
    public void The_week_the_clocks_go_back_is_169_hours()
        => Assert.Equal(Duration.FromHours(169), Weekly.Containing(Instant.FromUtc(2026, 10, 21, 12, 0)).Length);

    [Fact]
    public void Sunday_23_30_in_summer_is_still_sunday_there()
    {
        var sundayNightBst = Instant.FromUtc(2026, 6, 14, 22, 30); // 23:30 BST Sunday 14 June

        Assert.Equal(new LocalDate(2026, 6, 8), Weekly.Containing(sundayNightBst).StartDate);
        Assert.Equal(new LocalDate(2026, 6, 15), Weekly.Containing(sundayNightBst + Duration.FromMinutes(30)).StartDate);
    }

    [Fact]
    public void A_zone_whose_clocks_skip_midnight_starts_the_period_at_the_first_instant_after()
    {
        // São Paulo moved its clocks forward at midnight on Sunday 4 November 2018: that day began at 01:00.
        var saoPaulo = DateTimeZoneProviders.Tzdb["America/Sao_Paulo"];
        var schedule = PeriodSchedule.Create(saoPaulo, IsoDayOfWeek.Sunday, 1, new LocalDate(2018, 10, 28));

        var period = schedule.StartingOn(new LocalDate(2018, 11, 4));

        Assert.Equal(new LocalTime(1, 0), period.Start.InZone(saoPaulo).TimeOfDay);
        Assert.Equal(period.Start, schedule.StartingOn(new LocalDate(2018, 10, 28)).End);
    }

    [Fact]
    public void Fortnightly_periods_count_from_the_anchor()
    {
        var fortnightly = PeriodSchedule.Create(London, IsoDayOfWeek.Monday, 2, new LocalDate(2026, 3, 2));

        Assert.Equal(new LocalDate(2026, 3, 2), fortnightly.Containing(Instant.FromUtc(2026, 3, 14, 12, 0)).StartDate);
        Assert.Equal(new LocalDate(2026, 3, 16), fortnightly.Containing(Instant.FromUtc(2026, 3, 16, 12, 0)).StartDate);
        Assert.Equal(new LocalDate(2026, 2, 16), fortnightly.Containing(Instant.FromUtc(2026, 3, 1, 12, 0)).StartDate);
    }

    [Fact]
    public void Every_whole_or_started_period_from_enrolment_up_to_now_is_listed_once()
    {
        var enrolled = Instant.FromUtc(2026, 3, 4, 15, 0); // a Wednesday
        var now = Instant.FromUtc(2026, 3, 30, 8, 0); // the Monday after the clocks changed

        var periods = Weekly.Between(enrolled, now).Select(p => p.Key).ToList();

        Assert.Equal(["2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23", "2026-03-30"], periods);
    }

    [Fact]
    public void Unknown_zones_and_impossible_lengths_are_refused()
    {
        Assert.Equal("timeZone", Assert.IsType<ValidationFailed>(Assert.Throws<DomainException>(() => PeriodSchedule.ParseZone("Europe/Atlantis")).Error).Field);
        Assert.Equal("Europe/London", PeriodSchedule.ParseZone(null).Id);
        Assert.Throws<DomainException>(() => PeriodSchedule.Create(London, IsoDayOfWeek.Monday, 0, new LocalDate(2026, 3, 2)));
        Assert.Throws<DomainException>(() => PeriodSchedule.Create(London, IsoDayOfWeek.None, 1, new LocalDate(2026, 3, 2)));
    }
}
