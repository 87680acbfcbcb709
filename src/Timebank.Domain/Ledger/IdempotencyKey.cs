namespace Timebank.Domain.Ledger;

/// <summary>
/// A client-chosen key that makes a money- or time-moving request safe to retry: the first outcome is kept under it,
/// and a retry with the same input gets that outcome back instead of moving anything again.
/// </summary>
public sealed record IdempotencyKey
{
    public const int MaxLength = 100;

    public string Value { get; }

    private IdempotencyKey(string value) => Value = value;

    public static IdempotencyKey Parse(string? input)
    {
        var value = input?.Trim() ?? string.Empty;
        if (value.Length is 0 or > MaxLength || value.Any(char.IsControl))
            throw new DomainException(new ValidationFailed("idempotencyKey", $"must be 1 to {MaxLength} printable characters"));
        return new IdempotencyKey(value);
    }

    public override string ToString() => Value;
}
