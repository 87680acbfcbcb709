using CsCheck;
using NodaTime;
using Timebank.Domain.Directory;

namespace Timebank.Domain.Tests.Directory;

/// <summary>
/// Checks "does the schedule fall on day D" against an independent model that expands the rule into its occurrences,
/// as RFC 5545 describes them, over two years from DTSTART.
/// </summary>
public sealed class ScheduleRecurrencePropertyTests
{
    private static readonly string[] Days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    private sealed record Rule(bool Monthly, int Interval, (int? Ordinal, int Day)[] ByDay, int[] ByMonthDay, LocalDate DtStart)
    {
        public override string ToString()
            => $"{(Monthly ? "MONTHLY" : "WEEKLY")} interval {Interval} byday {ByDayText ?? "-"} bymonthday {ByMonthDayText ?? "-"} dtstart {DtStart:uuuu-MM-dd}";

        public string? ByDayText => ByDay.Length == 0 ? null : string.Join(',', ByDay.Select(d => $"{d.Ordinal}{Days[d.Day]}"));
        public string? ByMonthDayText => ByMonthDay.Length == 0 ? null : string.Join(',', ByMonthDay);
    }

    private static readonly Gen<int?> Ordinals = Gen.OneOf(Gen.Const((int?)null), Gen.Int[1, 5].Select(n => (int?)n), Gen.Int[-5, -1].Select(n => (int?)n));

    private static readonly Gen<Rule> Rules =
        from monthly in Gen.Bool
        from interval in Gen.Int[1, 4]
        from byDay in Gen.Select(monthly ? Ordinals : Gen.Const((int?)null), Gen.Int[0, 6]).Array[0, 3]
        from byMonthDay in (monthly ? Gen.OneOf(Gen.Int[1, 31], Gen.Int[-31, -1]).Array[0, 3] : Gen.Const(Array.Empty<int>))
        from offset in Gen.Int[0, 1500]
        select new Rule(monthly, interval, byDay.Distinct().ToArray(), byMonthDay.Distinct().ToArray(), new LocalDate(2024, 1, 1).PlusDays(offset));

    [Fact]
    public void Occurs_on_agrees_with_expanding_the_rule()
        => Rules.Sample(rule =>
        {
            var schedule = Schedule.Parse(new ScheduleDraft
            {
                Freq = rule.Monthly ? "MONTHLY" : "WEEKLY",
                Interval = rule.Interval,
                ByDay = rule.ByDayText,
                ByMonthDay = rule.ByMonthDayText,
                DtStart = rule.DtStart,
            }, "schedules[0]");
            var until = rule.DtStart.PlusYears(2);
            var expected = Expand(rule, until);
            for (var day = rule.DtStart.PlusDays(-7); day <= until; day = day.PlusDays(1))
            {
                if (schedule.OccursOn(day) != expected.Contains(day))
                    return false;
            }
            return true;
        }, iter: 300);

    private static HashSet<LocalDate> Expand(Rule rule, LocalDate until)
    {
        var occurrences = new HashSet<LocalDate>();
        if (!rule.Monthly)
        {
            var days = rule.ByDay.Length > 0 ? rule.ByDay.Select(d => d.Day).ToArray() : [(int)rule.DtStart.DayOfWeek - 1];
            for (var week = rule.DtStart.PlusDays(1 - (int)rule.DtStart.DayOfWeek); week <= until; week = week.PlusWeeks(rule.Interval))
            {
                foreach (var day in days.Select(d => week.PlusDays(d)).Where(d => d >= rule.DtStart && d <= until))
                    occurrences.Add(day);
            }
            return occurrences;
        }
        for (var month = new LocalDate(rule.DtStart.Year, rule.DtStart.Month, 1); month <= until; month = month.PlusMonths(rule.Interval))
        {
            var all = Enumerable.Range(0, CalendarSystem.Iso.GetDaysInMonth(month.Year, month.Month)).Select(month.PlusDays).ToList();
            IEnumerable<LocalDate> chosen = all;
            if (rule.ByDay.Length > 0)
                chosen = chosen.Intersect(rule.ByDay.SelectMany(r => Weekdays(all, r)));
            if (rule.ByMonthDay.Length > 0)
                chosen = chosen.Intersect(rule.ByMonthDay.Select(n => n > 0 ? n - 1 : all.Count + n).Where(i => i >= 0 && i < all.Count).Select(i => all[i]));
            if (rule.ByDay.Length == 0 && rule.ByMonthDay.Length == 0)
                chosen = all.Where(d => d.Day == rule.DtStart.Day);
            foreach (var day in chosen.Where(d => d >= rule.DtStart && d <= until))
                occurrences.Add(day);
        }
        return occurrences;
    }

    private static List<LocalDate> Weekdays(List<LocalDate> month, (int? Ordinal, int Day) rule)
    {
        var matching = month.Where(d => (int)d.DayOfWeek - 1 == rule.Day).ToList();
        return rule.Ordinal switch
        {
            null => matching,
            > 0 and var n => matching.Count >= n ? [matching[n - 1]] : [],
            var n => matching.Count >= -n ? [matching[matching.Count + n.Value]] : [],
        };
    }
}
