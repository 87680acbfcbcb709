using System.Text.RegularExpressions;

namespace Timebank.Domain.Directory;

/// <summary>
/// A language as a BCP 47 tag whose first part is an ISO 639 code ("en", "pa", "cy", "bfi" for British Sign Language),
/// lower case. Matching compares the first part only, so "en-GB" and "en" are the same language.
/// </summary>
public sealed partial record LanguageCode
{
    public const int MaxLength = 35;

    public string Value { get; }

    public string Primary => Value.Split('-')[0];

    private LanguageCode(string value) => Value = value;

    public static LanguageCode Parse(string? input, string path = "language")
    {
        var value = input?.Trim() ?? string.Empty;
        if (value.Length > MaxLength || !Tag().IsMatch(value))
            throw new DomainException(new InvalidField(path, "must be a language code such as en, cy, pa or bfi"));
        var parts = value.Split('-');
        parts[0] = parts[0].ToLowerInvariant();
        return new LanguageCode(string.Join('-', parts));
    }

    public static LanguageCode FromStored(string value) => new(value);

    public bool SameLanguageAs(LanguageCode other) => Primary == other.Primary;

    public override string ToString() => Value;

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
