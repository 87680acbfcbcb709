namespace Timebank.Domain.Directory;

public sealed record AddressDraft
{
    public Guid? Id { get; init; }
    public string? Attention { get; init; }
    public string? Address1 { get; init; }
    public string? City { get; init; }
    public string? Region { get; init; }
    public string? StateProvince { get; init; }
    public string? PostalCode { get; init; }
    public string? Country { get; init; }
    public string? AddressType { get; init; }
}

public sealed record AccessibilityDraft
{
    public Guid? Id { get; init; }
    public string? Description { get; init; }
    public string? Details { get; init; }
    public string? Url { get; init; }

    /// <summary>The UK profile's free-text accessibility field (it usually repeats the description).</summary>
    public string? AccessibilityText { get; init; }
}

public sealed record LocationDraft
{
    /// <summary>The ORUK service_at_location id.</summary>
    public Guid? ServiceAtLocationId { get; init; }

    /// <summary>The ORUK location id.</summary>
    public Guid? Id { get; init; }

    public string? LocationType { get; init; }
    public string? Name { get; init; }
    public string? Description { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? ExternalIdentifier { get; init; }
    public string? ExternalIdentifierType { get; init; }
    public IReadOnlyList<AddressDraft> Addresses { get; init; } = [];
    public IReadOnlyList<AccessibilityDraft> Accessibility { get; init; } = [];
}

/// <summary>
/// An ORUK address. UK profile: no address_2; state_province (the county) is required by the standard; the postcode is a
/// checked <see cref="UkPostcode"/>; the country is always GB.
/// </summary>
public sealed record PostalAddress(Guid Id, string? Attention, string Address1, string City, string? Region, string StateProvince,
    UkPostcode PostalCode, string Country, LocationType AddressType)
{
    public const string UnitedKingdom = "GB";

    internal static PostalAddress Parse(AddressDraft draft, string path)
        => new(draft.Id ?? Guid.CreateVersion7(),
            DirectoryText.Optional(draft.Attention, $"{path}.attention", DirectoryLimits.ShortTextMaxLength),
            DirectoryText.Required(draft.Address1, $"{path}.address_1", DirectoryLimits.ShortTextMaxLength),
            DirectoryText.Required(draft.City, $"{path}.city", DirectoryLimits.ShortTextMaxLength),
            DirectoryText.Optional(draft.Region, $"{path}.region", DirectoryLimits.ShortTextMaxLength),
            DirectoryText.Required(draft.StateProvince, $"{path}.state_province", DirectoryLimits.ShortTextMaxLength),
            UkPostcode.Parse(draft.PostalCode, $"{path}.postal_code"),
            ParseCountry(draft.Country, $"{path}.country"),
            draft.AddressType is null ? LocationType.Physical : OrukCodes.ParseLocationType(draft.AddressType, $"{path}.address_type"));

    private static string ParseCountry(string? value, string path)
    {
        var country = DirectoryText.Optional(value, path, 2)?.ToUpperInvariant() ?? UnitedKingdom;
        return country == UnitedKingdom ? country : throw new DomainException(new InvalidField(path, "must be GB: this is a UK directory"));
    }
}

/// <summary>An ORUK accessibility note for a location; <see cref="AccessibilityText"/> is the UK profile's own <c>accessibility</c> field.</summary>
public sealed record Accessibility(Guid Id, string? Description, string? Details, string? Url, string? AccessibilityText)
{
    internal static Accessibility Parse(AccessibilityDraft draft, string path)
        => new(draft.Id ?? Guid.CreateVersion7(),
            DirectoryText.Optional(draft.Description, $"{path}.description", DirectoryLimits.NoteMaxLength),
            DirectoryText.Optional(draft.Details, $"{path}.details", DirectoryLimits.NoteMaxLength),
            DirectoryText.OptionalUrl(draft.Url, $"{path}.url"),
            DirectoryText.Optional(draft.AccessibilityText, $"{path}.accessibility", DirectoryLimits.NoteMaxLength));
}

/// <summary>
/// Where a service is delivered: an ORUK service_at_location with its location. Locations belong to one service here
/// (each listing group keeps its own); the ids are kept so an export writes back the source's ids.
/// </summary>
public sealed class ServiceLocation
{
    private readonly List<PostalAddress> _addresses = [];
    private readonly List<Accessibility> _accessibility = [];

    public Id<ServiceLocation> Id { get; private set; }
    public Guid LocationId { get; private set; }
    public LocationType LocationType { get; private set; }
    public string? Name { get; private set; }
    public string? Description { get; private set; }
    public double? Latitude { get; private set; }
    public double? Longitude { get; private set; }
    public string? ExternalIdentifier { get; private set; }
    public string? ExternalIdentifierType { get; private set; }
    public IReadOnlyList<PostalAddress> Addresses => _addresses;
    public IReadOnlyList<Accessibility> Accessibility => _accessibility;

    private ServiceLocation(Id<ServiceLocation> id, Guid locationId, LocationType locationType)
        => (Id, LocationId, LocationType) = (id, locationId, locationType);

    public GeoPoint? Point => Latitude is { } lat && Longitude is { } lon ? GeoPoint.Of(lat, lon) : null;

    public double? DistanceKmFrom(GeoPoint from) => Point?.DistanceKmTo(from);

    public static ServiceLocation Parse(LocationDraft draft, string path, DirectoryProblems problems)
    {
        // ORUK nests the location inside its service_at_location.
        var at = $"{path}.location";
        var location = new ServiceLocation(
            draft.ServiceAtLocationId is { } said ? Id<ServiceLocation>.From(said) : Id<ServiceLocation>.New(),
            draft.Id ?? Guid.CreateVersion7(),
            draft.LocationType is null ? LocationType.Physical : OrukCodes.ParseLocationType(draft.LocationType, $"{at}.location_type"))
        {
            Name = DirectoryText.Optional(draft.Name, $"{at}.name", DirectoryLimits.NameMaxLength),
            Description = DirectoryText.Optional(draft.Description, $"{at}.description", DirectoryLimits.DescriptionMaxLength),
            ExternalIdentifier = DirectoryText.Optional(draft.ExternalIdentifier, $"{at}.external_identifier", DirectoryLimits.ShortTextMaxLength),
            ExternalIdentifierType = DirectoryText.Optional(draft.ExternalIdentifierType, $"{at}.external_identifier_type", DirectoryLimits.ShortTextMaxLength),
        };
        if (draft.Latitude is null != draft.Longitude is null)
            throw new DomainException(new InvalidField($"{at}.{(draft.Latitude is null ? "latitude" : "longitude")}", "latitude and longitude go together: give both or neither"));
        if (draft.Latitude is { } lat && draft.Longitude is { } lon)
        {
            var point = GeoPoint.Of(lat, lon, at);
            (location.Latitude, location.Longitude) = (point.Latitude, point.Longitude);
        }
        problems.UniqueIds(draft.Addresses.Select(d => d.Id), $"{at}.addresses");
        problems.UniqueIds(draft.Accessibility.Select(d => d.Id), $"{at}.accessibility");
        location._addresses.AddRange(problems.Each(draft.Addresses, $"{at}.addresses", DirectoryLimits.MaxAddressesPerLocation, PostalAddress.Parse));
        location._accessibility.AddRange(problems.Each(draft.Accessibility, $"{at}.accessibility", DirectoryLimits.MaxAccessibilityPerLocation, Directory.Accessibility.Parse));
        return location;
    }
}
