namespace Timebank.Domain.Ledger;

/// <summary>
/// A positive number of a ledger's units (minutes or pence). The upper bound keeps every balance sum far from
/// overflow; arithmetic on balances is checked anyway.
/// </summary>
public readonly record struct Amount
{
    public const long Max = 1_000_000_000_000;

    public long Value { get; }

    private Amount(long value) => Value = value;

    public static Amount Of(long value, string field)
        => value is > 0 and <= Max
            ? new Amount(value)
            : throw new DomainException(new ValidationFailed(field, value <= 0 ? "must be more than zero" : $"must be at most {Max}"));

    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
