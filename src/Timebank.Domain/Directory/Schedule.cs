using NodaTime;

namespace Timebank.Domain.Directory;

/// <summary>What an entry says about one schedule, as ORUK writes it; <see cref="Schedule.Parse"/> checks it.</summary>
public sealed record ScheduleDraft
{
    public Guid? Id { get; init; }
    public string? Freq { get; init; }
    public int? Interval { get; init; }
    public string? ByDay { get; init; }
    public string? ByMonthDay { get; init; }
    public LocalDate? DtStart { get; init; }
    public LocalDate? ValidFrom { get; init; }
    public LocalDate? ValidTo { get; init; }
    public string? OpensAt { get; init; }
    public string? ClosesAt { get; init; }
    public string? Description { get; init; }
    public string? ScheduleLink { get; init; }
    public string? AttendingType { get; init; }
    public string? Notes { get; init; }
}

/// <summary>Open from <see cref="OpensMinute"/> to before <see cref="ClosesMinute"/> (minutes after midnight) on <see cref="Day"/>.</summary>
public sealed record WeeklyHours(IsoDayOfWeek Day, int OpensMinute, int ClosesMinute)
{
    public const int EndOfDay = 24 * 60;
}

/// <summary>
/// When a service is open: an ORUK 3.0 schedule (RFC 5545 terms, the UK profile's subset). A schedule with no freq is
/// a description only and is never counted as open. A closing time before the opening time runs past midnight.
/// </summary>
public sealed class Schedule
{
    public const int MaxInterval = 52;

    public Id<Schedule> Id { get; private set; }
    public ScheduleFrequency? Freq { get; private set; }
    public int? Interval { get; private set; }

    /// <summary>Canonical BYDAY text ("MO,TU" or "2MO,-1FR"), checked when written.</summary>
    public string? ByDay { get; private set; }

    /// <summary>Canonical BYMONTHDAY text ("1,15,-1").</summary>
    public string? ByMonthDay { get; private set; }

    public LocalDate? DtStart { get; private set; }
    public LocalDate? ValidFrom { get; private set; }
    public LocalDate? ValidTo { get; private set; }
    public LocalTime? OpensAt { get; private set; }
    public LocalTime? ClosesAt { get; private set; }

    /// <summary>The UTC offset the times were written with, if any; without one they are the directory's local time.</summary>
    public Offset? TimeOffset { get; private set; }

    public string? Description { get; private set; }
    public string? ScheduleLink { get; private set; }
    public string? AttendingType { get; private set; }
    public string? Notes { get; private set; }

    private Schedule(Id<Schedule> id) => Id = id;

    public string? OpensAtText => OpensAt is { } t ? ScheduleTimes.Format(t, TimeOffset) : null;
    public string? ClosesAtText => ClosesAt is { } t ? ScheduleTimes.Format(t, TimeOffset) : null;

    public static Schedule Parse(ScheduleDraft draft, string path)
    {
        var schedule = new Schedule(draft.Id is { } id ? Id<Schedule>.From(id) : Id<Schedule>.New())
        {
            DtStart = draft.DtStart,
            ValidFrom = draft.ValidFrom,
            ValidTo = draft.ValidTo,
            Description = DirectoryText.Optional(draft.Description, $"{path}.description", DirectoryLimits.NoteMaxLength),
            ScheduleLink = DirectoryText.OptionalUrl(draft.ScheduleLink, $"{path}.schedule_link"),
            AttendingType = DirectoryText.Optional(draft.AttendingType, $"{path}.attending_type", DirectoryLimits.ShortTextMaxLength),
            Notes = DirectoryText.Optional(draft.Notes, $"{path}.notes", DirectoryLimits.NoteMaxLength),
        };
        schedule.ParseRule(draft, path);
        schedule.ParseTimes(draft, path);
        if (draft.ValidFrom > draft.ValidTo)
            throw new DomainException(new ScheduleDoesNotParse($"{path}.valid_to", "must not be before valid_from"));
        return schedule;
    }

    private void ParseRule(ScheduleDraft draft, string path)
    {
        var byDay = DirectoryText.Optional(draft.ByDay, $"{path}.byday", DirectoryLimits.ShortTextMaxLength);
        var byMonthDay = DirectoryText.Optional(draft.ByMonthDay, $"{path}.bymonthday", DirectoryLimits.ShortTextMaxLength);
        if (string.IsNullOrWhiteSpace(draft.Freq))
        {
            if (byDay is not null || byMonthDay is not null || draft.Interval is not null)
                throw new DomainException(new ScheduleDoesNotParse($"{path}.freq", "byday, bymonthday and interval need freq (WEEKLY or MONTHLY)"));
            return;
        }
        var freq = OrukCodes.ParseFrequency(draft.Freq, $"{path}.freq");
        if (draft.Interval is < 1 or > MaxInterval)
            throw new DomainException(new ScheduleDoesNotParse($"{path}.interval", $"must be a whole number from 1 to {MaxInterval}"));
        if (draft.Interval > 1 && draft.DtStart is null)
            throw new DomainException(new ScheduleDoesNotParse($"{path}.dtstart", "is needed with an interval above 1, to count the weeks or months from"));
        var days = byDay is null ? [] : ScheduleRecurrence.ParseByDay(byDay, freq, $"{path}.byday");
        if (byMonthDay is not null && freq != ScheduleFrequency.Monthly)
            throw new DomainException(new ScheduleDoesNotParse($"{path}.bymonthday", "is only used with freq MONTHLY"));
        var monthDays = byMonthDay is null ? [] : ScheduleRecurrence.ParseByMonthDay(byMonthDay, $"{path}.bymonthday");
        if (days.Count == 0 && monthDays.Count == 0 && draft.DtStart is null)
            throw new DomainException(new ScheduleDoesNotParse($"{path}.byday", "say which days (byday or bymonthday), or give dtstart"));
        Freq = freq;
        Interval = draft.Interval;
        ByDay = days.Count == 0 ? null : string.Join(',', days);
        ByMonthDay = monthDays.Count == 0 ? null : string.Join(',', monthDays);
    }

    private void ParseTimes(ScheduleDraft draft, string path)
    {
        var opens = DirectoryText.Optional(draft.OpensAt, $"{path}.opens_at", 16);
        var closes = DirectoryText.Optional(draft.ClosesAt, $"{path}.closes_at", 16);
        if (opens is null && closes is null)
            return;
        if (opens is null || closes is null)
            throw new DomainException(new ScheduleDoesNotParse($"{path}.{(opens is null ? "opens_at" : "closes_at")}", "opens_at and closes_at go together: give both or neither"));
        var (opensAt, opensOffset) = ScheduleTimes.Parse(opens, $"{path}.opens_at");
        var (closesAt, closesOffset) = ScheduleTimes.Parse(closes, $"{path}.closes_at");
        if (opensOffset != closesOffset)
            throw new DomainException(new ScheduleDoesNotParse($"{path}.closes_at", "must use the same time zone offset as opens_at"));
        if (opensAt == closesAt)
            throw new DomainException(new ScheduleDoesNotParse($"{path}.closes_at", "must differ from opens_at"));
        (OpensAt, ClosesAt, TimeOffset) = (opensAt, closesAt, opensOffset);
    }

    /// <summary>Whether the service is open at this moment by this schedule.</summary>
    public bool IsOpenAt(ZonedDateTime at)
    {
        if (Freq is null)
            return false;
        var local = TimeOffset is { } offset ? at.ToInstant().WithOffset(offset).LocalDateTime : at.LocalDateTime;
        var (day, time) = (local.Date, local.TimeOfDay);
        if (OpensAt is not { } opens || ClosesAt is not { } closes)
            return OccursOn(day);
        if (opens < closes)
            return time >= opens && time < closes && OccursOn(day);
        // Overnight: open from the opening time on a day it occurs until the closing time the morning after.
        return (time >= opens && OccursOn(day)) || (time < closes && OccursOn(day.PlusDays(-1)));
    }

    /// <summary>
    /// The hours of the week this schedule can be open in, whatever the week (a fortnightly or monthly rule is open
    /// in them in some weeks): what a search for "open on Tuesdays at 2pm" matches. Overnight hours are split at midnight.
    /// </summary>
    public IReadOnlyList<WeeklyHours> WeeklyHours()
    {
        if (Freq is not { } freq)
            return [];
        var rules = ByDay is null ? [] : ScheduleRecurrence.ParseByDay(ByDay, freq, "byday");
        IEnumerable<IsoDayOfWeek> days = rules.Count > 0 ? rules.Select(r => r.Day).Distinct()
            : freq == ScheduleFrequency.Monthly && ByMonthDay is not null ? Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None)
            : [DtStart!.Value.DayOfWeek];
        var hours = new List<WeeklyHours>();
        foreach (var day in days)
        {
            var (opens, closes) = (Minutes(OpensAt) ?? 0, Minutes(ClosesAt) ?? Directory.WeeklyHours.EndOfDay);
            if (opens < closes)
            {
                hours.Add(new WeeklyHours(day, opens, closes));
                continue;
            }
            hours.Add(new WeeklyHours(day, opens, Directory.WeeklyHours.EndOfDay));
            hours.Add(new WeeklyHours(day == IsoDayOfWeek.Sunday ? IsoDayOfWeek.Monday : day + 1, 0, closes));
        }
        return hours;
    }

    private static int? Minutes(LocalTime? time) => time is { } t ? (t.Hour * 60) + t.Minute : null;

    /// <summary>Whether the schedule falls on this day at all, within its valid dates.</summary>
    public bool OccursOn(LocalDate day)
        => Freq is { } freq && !(day < ValidFrom) && !(day > ValidTo) && Recurrence(freq).OccursOn(day);

    private ScheduleRecurrence Recurrence(ScheduleFrequency freq)
        => new(freq, Interval ?? 1,
            ByDay is null ? [] : ScheduleRecurrence.ParseByDay(ByDay, freq, "byday"),
            ByMonthDay is null ? [] : ScheduleRecurrence.ParseByMonthDay(ByMonthDay, "bymonthday"),
            DtStart);
}
