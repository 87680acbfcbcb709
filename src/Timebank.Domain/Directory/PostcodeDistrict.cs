using System.Text.RegularExpressions;

namespace Timebank.Domain.Directory;

/// <summary>
/// A UK postcode district, the outward half of a postcode ("CV1", "B23", "SW1A"), upper case. Brokers serve areas
/// named this way and a full postcode falls in exactly one district, so "does this broker serve this person" is an equality.
/// </summary>
public sealed partial record PostcodeDistrict
{
    public const int MaxLength = 4;

    public string Value { get; }

    private PostcodeDistrict(string value) => Value = value;

    public static PostcodeDistrict Parse(string? input, string path = "area")
    {
        var value = input?.Trim().ToUpperInvariant() ?? string.Empty;
        return IsOutwardCode(value) ? new PostcodeDistrict(value) : throw new DomainException(new NotAPostcodeDistrict(path, UkPostcode.Shorten(input)));
    }

    /// <summary>A district, or the district of a full postcode: people often give their whole postcode.</summary>
    public static PostcodeDistrict ParseDistrictOrPostcode(string? input, string path = "area")
        => UkPostcode.TryParse(input)?.District ?? Parse(input, path);

    public static PostcodeDistrict FromStored(string value) => new(value);

    internal static bool IsOutwardCode(string value) => value.Length <= MaxLength && Outward().IsMatch(value);

    public override string ToString() => Value;

    // BS 7666: A9, A99, AA9, AA99, A9A, AA9A, with the letters each position allows.
    [GeneratedRegex("^([A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])$", RegexOptions.CultureInvariant)]
    private static partial Regex Outward();
}
