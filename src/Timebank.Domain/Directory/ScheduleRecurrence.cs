using System.Globalization;
using NodaTime;

namespace Timebank.Domain.Directory;

/// <summary>One BYDAY part: a weekday, with an ordinal in a MONTHLY rule ("2MO" the second Monday, "-1FR" the last Friday).</summary>
public readonly record struct WeekdayRule(int? Ordinal, IsoDayOfWeek Day)
{
    private static readonly string[] Codes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    public override string ToString() => $"{Ordinal?.ToString(CultureInfo.InvariantCulture)}{Codes[(int)Day - 1]}";

    internal static WeekdayRule? TryParse(string token)
    {
        if (token.Length < 2)
            return null;
        var day = Array.IndexOf(Codes, token[^2..]);
        if (day < 0)
            return null;
        var prefix = token[..^2];
        if (prefix.Length == 0)
            return new WeekdayRule(null, (IsoDayOfWeek)(day + 1));
        // A month has at most five of any weekday.
        return int.TryParse(prefix, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n is >= -5 and <= 5 and not 0 && prefix[0] is '+' or '-' or (>= '1' and <= '5')
            ? new WeekdayRule(n, (IsoDayOfWeek)(day + 1))
            : null;
    }
}

/// <summary>
/// Which days an RFC 5545 rule of the UK profile's kind falls on: FREQ WEEKLY or MONTHLY, INTERVAL counted from DTSTART,
/// BYDAY, BYMONTHDAY (in a MONTHLY rule BYMONTHDAY limits BYDAY, as RFC 5545 says), and with neither, DTSTART's own day.
/// Weeks start on Monday (RFC 5545's default WKST).
/// </summary>
internal sealed record ScheduleRecurrence(ScheduleFrequency Freq, int Interval, IReadOnlyList<WeekdayRule> ByDay, IReadOnlyList<int> ByMonthDay, LocalDate? DtStart)
{
    public bool OccursOn(LocalDate day)
    {
        if (DtStart is { } start && day < start)
            return false;
        return Freq == ScheduleFrequency.Weekly ? OccursWeekly(day) : OccursMonthly(day);
    }

    private bool OccursWeekly(LocalDate day)
    {
        var onDay = ByDay.Count > 0 ? ByDay.Any(r => r.Day == day.DayOfWeek) : DtStart!.Value.DayOfWeek == day.DayOfWeek;
        if (!onDay || Interval == 1)
            return onDay;
        var weeks = Period.Between(WeekStart(DtStart!.Value), WeekStart(day), PeriodUnits.Days).Days / 7;
        return weeks % Interval == 0;
    }

    private bool OccursMonthly(LocalDate day)
    {
        if (Interval > 1)
        {
            var months = ((day.Year - DtStart!.Value.Year) * 12) + day.Month - DtStart.Value.Month;
            if (months % Interval != 0)
                return false;
        }
        var length = CalendarSystem.Iso.GetDaysInMonth(day.Year, day.Month);
        var byDay = ByDay.Count == 0 || ByDay.Any(r => Matches(r, day, length));
        var byMonthDay = ByMonthDay.Count == 0 || ByMonthDay.Any(n => (n > 0 ? n : length + n + 1) == day.Day);
        if (ByDay.Count == 0 && ByMonthDay.Count == 0)
            return DtStart!.Value.Day == day.Day;
        return byDay && byMonthDay;
    }

    private static bool Matches(WeekdayRule rule, LocalDate day, int monthLength)
    {
        if (rule.Day != day.DayOfWeek)
            return false;
        return rule.Ordinal switch
        {
            null => true,
            > 0 and var n => ((day.Day - 1) / 7) + 1 == n,
            var n => ((monthLength - day.Day) / 7) + 1 == -n,
        };
    }

    private static LocalDate WeekStart(LocalDate day) => day.PlusDays(-((int)day.DayOfWeek - 1));

    internal static IReadOnlyList<WeekdayRule> ParseByDay(string text, ScheduleFrequency freq, string path)
    {
        var rules = new List<WeekdayRule>();
        foreach (var raw in text.Split(','))
        {
            var token = raw.Trim().ToUpperInvariant();
            var rule = WeekdayRule.TryParse(token)
                ?? throw new DomainException(new ScheduleDoesNotParse(path, $"\"{UkPostcode.Shorten(raw.Trim())}\" is not a day: use MO, TU, WE, TH, FR, SA or SU, comma separated (in a MONTHLY rule 2MO is the second Monday, -1FR the last Friday)"));
            if (rule.Ordinal is not null && freq == ScheduleFrequency.Weekly)
                throw new DomainException(new ScheduleDoesNotParse(path, $"\"{token}\": a WEEKLY rule takes plain days; numbered days like 2MO need MONTHLY"));
            if (!rules.Contains(rule))
                rules.Add(rule);
        }
        return rules;
    }

    internal static IReadOnlyList<int> ParseByMonthDay(string text, string path)
    {
        var days = new List<int>();
        foreach (var raw in text.Split(','))
        {
            if (!int.TryParse(raw.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) || n is 0 or > 31 or < -31)
                throw new DomainException(new ScheduleDoesNotParse(path, $"\"{UkPostcode.Shorten(raw.Trim())}\" is not a day of the month: use 1 to 31, or -1 to -31 counting from the end"));
            if (!days.Contains(n))
                days.Add(n);
        }
        return days;
    }
}
