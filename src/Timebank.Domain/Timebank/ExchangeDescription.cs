using NodaTime;

namespace Timebank.Domain.Timebank;

/// <summary>What an exchange was for, in words: checked once wherever one is made (recorded, imported, generated).</summary>
public readonly record struct ExchangeDescription
{
    public const int MaxLength = 500;

    private ExchangeDescription(string value) => Value = value;

    public string Value { get; }

    public static ExchangeDescription Parse(string? text, string field = "description") => new(Text.Required(text, field, MaxLength));

    public override string ToString() => Value;
}

/// <summary>The day an exchange is about: inside the supported dates and not after today in the timebank's time zone.</summary>
public readonly record struct ExchangeDate
{
    private ExchangeDate(LocalDate value) => Value = value;

    public LocalDate Value { get; }

    public static ExchangeDate Of(LocalDate date, LocalDate today, string field = "date")
        => CalendarDate.Of(date, field) <= today ? new(date) : throw new DomainException(new ValidationFailed(field, "must not be in the future"));

    /// <summary>Today itself, for movements dated the day they are made (donations, grants, reversals).</summary>
    public static ExchangeDate Today(LocalDate today) => Of(today, today);

    public override string ToString() => Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
