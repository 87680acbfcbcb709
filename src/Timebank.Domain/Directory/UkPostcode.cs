using System.Text.RegularExpressions;

namespace Timebank.Domain.Directory;

/// <summary>
/// A full UK postcode in its one written form: upper case, one space between the outward and inward codes
/// ("cv15fb" becomes "CV1 5FB"). The pattern is the government data standard's (BS 7666), plus GIR 0AA.
/// </summary>
public sealed partial record UkPostcode
{
    /// <summary>"SW1A 1AA" is the longest shape.</summary>
    public const int MaxLength = 8;

    public string Value { get; }

    /// <summary>The part before the space, which is the postcode district.</summary>
    public PostcodeDistrict District => PostcodeDistrict.FromStored(Value[..Value.IndexOf(' ', StringComparison.Ordinal)]);

    private UkPostcode(string value) => Value = value;

    public static UkPostcode Parse(string? input, string path = "postal_code")
        => TryParse(input) ?? throw new DomainException(new NotAPostcode(path, Shorten(input)));

    public static UkPostcode? TryParse(string? input)
    {
        if (input is null || input.Length > 20)
            return null;
        var compact = string.Concat(input.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        if (compact.Length is < 5 or > 7)
            return null;
        var outward = compact[..^3];
        var inward = compact[^3..];
        var value = $"{outward} {inward}";
        return value == "GIR 0AA" || (PostcodeDistrict.IsOutwardCode(outward) && Inward().IsMatch(inward)) ? new UkPostcode(value) : null;
    }

    public static UkPostcode FromStored(string value) => new(value);

    public override string ToString() => Value;

    internal static string Shorten(string? input) => input is null ? string.Empty : input.Length <= 20 ? input : input[..20] + "…";

    [GeneratedRegex("^[0-9][ABD-HJLNP-UW-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Inward();
}
