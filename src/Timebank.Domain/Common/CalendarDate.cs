using NodaTime;
using NodaTime.Text;

namespace Timebank.Domain.Common;

/// <summary>
/// The calendar dates people may give (an exchange's day, a statement's or a report's range): 1900-01-01 to
/// 2199-12-31. Wide enough for any timebank's history and any period asked for, and far from the ends of the
/// calendar, where "the day after" no longer exists.
/// </summary>
public static class CalendarDate
{
    public static readonly LocalDate Earliest = new(1900, 1, 1);
    public static readonly LocalDate Latest = new(2199, 12, 31);

    public static LocalDate Of(LocalDate date, string field)
        => date >= Earliest && date <= Latest
            ? date
            : throw new DomainException(new ValidationFailed(field,
                $"must be between {LocalDatePattern.Iso.Format(Earliest)} and {LocalDatePattern.Iso.Format(Latest)}"));
}

/// <summary>A range of days, either end open, checked once: both ends inside <see cref="CalendarDate"/> and in order.</summary>
public sealed record DateRange(LocalDate? From, LocalDate? To)
{
    public static DateRange Of(LocalDate? from, LocalDate? to)
    {
        var range = new DateRange(from is { } f ? CalendarDate.Of(f, "from") : null, to is { } t ? CalendarDate.Of(t, "to") : null);
        return range.To < range.From ? throw new DomainException(new ValidationFailed("to", "must not be before from")) : range;
    }

    public bool IsOpen => From is null && To is null;
}
