using CsCheck;
using NodaTime;
using Timebank.Domain.Courses;
using Timebank.Domain.Mentoring;

namespace Timebank.Domain.Tests.Mentoring;

public sealed class NextDuePropertyTests
{
    private static readonly LocalDate Epoch = new(2024, 1, 1);
    private static readonly DateTimeZone London = MentoringOrganisation.London;

    /// <summary>Days one interval can span: a week, a fortnight, any calendar month, any three calendar months.</summary>
    private static (int Min, int Max) Span(Cadence cadence) => cadence switch
    {
        Cadence.Weekly => (7, 7),
        Cadence.Fortnightly => (14, 14),
        Cadence.Monthly => (28, 31),
        _ => (89, 92),
    };

    [Fact]
    public void The_due_date_is_one_interval_after_the_latest_meeting_and_overdue_starts_the_day_after()
        => Gen.Select(Gen.Int[0, 2500], Gen.Enum<Cadence>(), Gen.Int[0, 120].Array[0, 6], Gen.Int[0, 24 * 60 - 1]).Sample((startDay, cadence, gaps, minuteOfDay) =>
        {
            var m = new MentoringOrganisation();
            var start = Epoch.PlusDays(startDay);
            var pairing = m.Pair(cadence, start);
            var met = new List<LocalDate>();
            foreach (var gap in gaps)
            {
                var on = start.PlusDays(gap);
                met.Add(on);
                pairing.LogMeeting(new Actor(m.Mentor.Id, null), on, 60, null, false, London, on.PlusDays(1).AtStartOfDayInZone(London).ToInstant());
            }

            var from = met.Count == 0 ? start : met.Max();
            var due = pairing.NextDueOn!.Value;
            var (min, max) = Span(cadence);
            Assert.InRange(Period.Between(from, due, PeriodUnits.Days).Days, min, max);
            Assert.Equal(cadence.After(from), due);

            var dueDayLocal = due.AtStartOfDayInZone(London).ToInstant() + Duration.FromMinutes(minuteOfDay);
            var dayAfterLocal = due.PlusDays(1).AtStartOfDayInZone(London).ToInstant() + Duration.FromMinutes(minuteOfDay);
            if (dueDayLocal.InZone(London).Date == due)
                Assert.False(pairing.IsOverdue(dueDayLocal, London));
            Assert.True(pairing.IsOverdue(dayAfterLocal, London));
        }, iter: 3_000);
}
