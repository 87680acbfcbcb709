namespace Timebank.Domain.Directory;

/// <summary>
/// The directory's length and count limits, defined once: the domain refuses past them and the EF mapping sizes its
/// columns from them. ORUK sets no lengths; these are generous for people and small enough that a 1 MB field is refused.
/// </summary>
public static class DirectoryLimits
{
    public const int NameMaxLength = 255;
    public const int DescriptionMaxLength = 10_000;
    public const int ShortTextMaxLength = 255;
    public const int NoteMaxLength = 2_000;
    public const int UrlMaxLength = 2_048;

    /// <summary>A service area's extent (a GeoJSON polygon or similar) can be long, but not unbounded.</summary>
    public const int ExtentMaxLength = 100_000;

    public const int MaxSchedules = 50;
    public const int MaxCostOptions = 50;
    public const int MaxLocations = 50;
    public const int MaxAddressesPerLocation = 5;
    public const int MaxAccessibilityPerLocation = 20;
    public const int MaxContacts = 50;
    public const int MaxPhonesPerContact = 10;
    public const int MaxAttributes = 100;
    public const int MaxLanguages = 50;
    public const int MaxServiceAreas = 50;
    public const int MaxFunding = 20;

    /// <summary>Ages are whole years; nobody is older than this.</summary>
    public const int MaxAge = 130;

    /// <summary>£1,000,000 in pence: past this a cost is a typing slip, not a price.</summary>
    public const long MaxCostPence = 100_000_000;
}
