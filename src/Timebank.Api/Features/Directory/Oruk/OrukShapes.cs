using System.Text.Json.Serialization;

namespace Timebank.Api.Features.Directory.Oruk;

// The ORUK 3.0 (HSDS-UK-3.0) JSON shapes, field for field as the standard spells them (snake_case through
// OrukJson's naming policy). Dates stay text here so an import reports a bad one at its path.
#pragma warning disable CA1056, CA1002, CA2227 // ORUK's url fields are strings and its arrays are plain JSON lists.

public sealed class OrukService
{
    public Guid? Id { get; set; }
    public Guid? OrganizationId { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public string? Url { get; set; }
    public string? Email { get; set; }
    public string? Status { get; set; }
    public string? Fees { get; set; }
    public string? Accreditations { get; set; }
    public decimal? MinimumAge { get; set; }
    public decimal? MaximumAge { get; set; }
    public string? AssuredDate { get; set; }
    public string? AssurerEmail { get; set; }
    public string? Alert { get; set; }
    public string? LastModified { get; set; }
    public List<OrukSchedule>? Schedules { get; set; }
    public List<OrukServiceArea>? ServiceAreas { get; set; }
    public List<OrukServiceAtLocation>? ServiceAtLocations { get; set; }
    public List<OrukLanguage>? Languages { get; set; }
    public OrukOrganization? Organization { get; set; }
    public List<OrukFunding>? Funding { get; set; }
    public List<OrukCostOption>? CostOptions { get; set; }
    public List<OrukContact>? Contacts { get; set; }
    public List<OrukTermLink>? Attributes { get; set; }
}

public sealed class OrukSchedule
{
    public Guid? Id { get; set; }
    public Guid? ServiceId { get; set; }
    public string? ValidFrom { get; set; }
    public string? ValidTo { get; set; }
    public string? Dtstart { get; set; }
    public string? Freq { get; set; }
    public decimal? Interval { get; set; }
    public string? Byday { get; set; }
    public string? Bymonthday { get; set; }
    public string? Description { get; set; }
    public string? OpensAt { get; set; }
    public string? ClosesAt { get; set; }
    public string? ScheduleLink { get; set; }
    public string? AttendingType { get; set; }
    public string? Notes { get; set; }
}

public sealed class OrukServiceArea
{
    public Guid? Id { get; set; }
    public Guid? ServiceId { get; set; }
    public string? Name { get; set; }
    public string? Extent { get; set; }
    public string? ExtentType { get; set; }
    public string? Uri { get; set; }

    [JsonPropertyName("service_area")]
    public string? ServiceAreaText { get; set; }
}

public sealed class OrukServiceAtLocation
{
    public Guid? Id { get; set; }
    public Guid? ServiceId { get; set; }
    public Guid? LocationId { get; set; }
    public OrukLocation? Location { get; set; }

    /// <summary>Only in /service_at_locations lists: the service's own fields.</summary>
    public OrukService? Service { get; set; }
}

public sealed class OrukLocation
{
    public Guid? Id { get; set; }
    public string? LocationType { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string? ExternalIdentifier { get; set; }
    public string? ExternalIdentifierType { get; set; }
    public List<OrukAddress>? Addresses { get; set; }
    public List<OrukAccessibility>? Accessibility { get; set; }
}

public sealed class OrukAddress
{
    public Guid? Id { get; set; }
    public Guid? LocationId { get; set; }
    public string? Attention { get; set; }

    [JsonPropertyName("address_1")]
    public string? Address1 { get; set; }

    public string? City { get; set; }
    public string? Region { get; set; }
    public string? StateProvince { get; set; }
    public string? PostalCode { get; set; }
    public string? Country { get; set; }
    public string? AddressType { get; set; }
}

public sealed class OrukAccessibility
{
    public Guid? Id { get; set; }
    public Guid? LocationId { get; set; }
    public string? Description { get; set; }
    public string? Details { get; set; }
    public string? Url { get; set; }

    [JsonPropertyName("accessibility")]
    public string? AccessibilityText { get; set; }
}

/// <summary>The UK profile keeps only id and service_id; name and code (HSDS core) are written only when known.</summary>
public sealed class OrukLanguage
{
    public Guid? Id { get; set; }
    public Guid? ServiceId { get; set; }
    public string? Name { get; set; }
    public string? Code { get; set; }
    public string? Note { get; set; }
}

public sealed class OrukOrganization
{
    public Guid? Id { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }

    /// <summary>Only on /organizations/{id}: its services, as /services lists them.</summary>
    public List<OrukService>? Services { get; set; }
}

public sealed class OrukFunding
{
    public Guid? Id { get; set; }
    public Guid? ServiceId { get; set; }
    public string? Source { get; set; }
}

public sealed class OrukCostOption
{
    public Guid? Id { get; set; }
    public Guid? ServiceId { get; set; }
    public string? ValidFrom { get; set; }
    public string? ValidTo { get; set; }
    public string? Option { get; set; }
    public decimal? Amount { get; set; }
    public string? AmountDescription { get; set; }
}

/// <summary>The UK profile nests no phone; a contact's phones (HSDS core) are written only when it has some.</summary>
public sealed class OrukContact
{
    public Guid? Id { get; set; }
    public Guid? ServiceId { get; set; }
    public string? Name { get; set; }
    public string? Title { get; set; }
    public List<OrukPhone>? Phones { get; set; }
}

public sealed class OrukPhone
{
    public Guid? Id { get; set; }
    public string? Number { get; set; }
    public string? Description { get; set; }
}

public sealed class OrukTermLink
{
    public Guid? Id { get; set; }
    public Guid? LinkId { get; set; }
    public Guid? TaxonomyTermId { get; set; }
    public string? LinkType { get; set; }
    public OrukTaxonomyTerm? TaxonomyTerm { get; set; }
}

public sealed class OrukTaxonomyTerm
{
    public Guid? Id { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public Guid? ParentId { get; set; }
    public string? Taxonomy { get; set; }
    public Guid? TaxonomyId { get; set; }
    public string? TermUri { get; set; }
    public string? Term { get; set; }
}

public sealed class OrukTaxonomy
{
    public Guid? Id { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public string? Uri { get; set; }
    public string? Version { get; set; }
}

/// <summary>ORUK's paged envelope: every list endpoint answers in it.</summary>
public sealed record OrukPage<T>(int TotalItems, int TotalPages, int PageNumber, int Size, bool FirstPage, bool LastPage, bool Empty, IReadOnlyList<T> Contents)
{
    public static OrukPage<T> Of(IReadOnlyList<T> contents, int totalItems, int page, int perPage)
    {
        var pages = Math.Max(1, (totalItems + perPage - 1) / perPage);
        return new(totalItems, pages, page, contents.Count, page == 1, page >= pages, totalItems == 0, contents);
    }
}
#pragma warning restore CA1056, CA1002, CA2227
