using Timebank.Domain.Common;

namespace Timebank.Domain.Members;

/// <summary>An email address kept in one normal form (trimmed, lower case) so look-ups and uniqueness agree.</summary>
public sealed record EmailAddress
{
    /// <summary>The longest address SMTP allows.</summary>
    public const int MaxLength = 254;

    public string Value { get; }

    private EmailAddress(string value) => Value = value;

    public static EmailAddress Parse(string? input)
    {
        var value = Text.Required(input, "email", MaxLength).ToLowerInvariant();
        var at = value.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != value.LastIndexOf('@') || at == value.Length - 1 || value.Contains(' ', StringComparison.Ordinal)
            || !value[(at + 1)..].Contains('.', StringComparison.Ordinal))
            throw new DomainException(new ValidationFailed("email", "is not an email address"));
        return new EmailAddress(value);
    }

    /// <summary>For values read back from storage, which were parsed when written.</summary>
    public static EmailAddress FromStored(string value) => new(value);

    public override string ToString() => Value;
}
