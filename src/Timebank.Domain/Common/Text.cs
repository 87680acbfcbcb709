namespace Timebank.Domain.Common;

/// <summary>Shared rules for short human-entered text: trimmed, not blank, within a length, no control characters.</summary>
public static class Text
{
    public static string Required(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
            throw new DomainException(new ValidationFailed(field, "must not be blank"));
        return Limit(trimmed, field, maxLength);
    }

    public static string? Optional(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : Limit(trimmed, field, maxLength);
    }

    private static string Limit(string value, string field, int maxLength)
    {
        if (value.Length > maxLength)
            throw new DomainException(new ValidationFailed(field, $"must be at most {maxLength} characters"));
        foreach (var c in value)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
                throw new DomainException(new ValidationFailed(field, "must not contain control characters"));
        }
        return value;
    }
}
