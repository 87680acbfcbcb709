using NodaTime;
using Timebank.Domain.Directory;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Directory.Entries;

/// <summary>
/// How an entry is stored: the columns searches filter and sort on, and the whole entry as its ORUK JSON
/// (<see cref="Document"/>), which is what an export writes and what the domain object is read back from.
/// <see cref="Number"/> is the row's integer key: the full-text index and the search tables point at it.
/// </summary>
public sealed class LocalSupportRecord
{
    public long Number { get; set; }
    public Guid Id { get; set; }
    public Id<Organisation> OrganisationId { get; set; }
    public string Name { get; set; } = string.Empty;
    public string? Description { get; set; }
    public ServiceStatus Status { get; set; }
    public int? MinimumAge { get; set; }
    public int? MaximumAge { get; set; }
    public bool IsFree { get; set; }

    /// <summary>The ORUK location types of its places (bit 1 physical, 2 postal, 4 virtual): the format filter.</summary>
    public int LocationTypes { get; set; }

    public LocalDate? AssuredDate { get; set; }
    public Instant CreatedAt { get; set; }
    public Instant LastModified { get; set; }
    public Instant? ArchivedAt { get; set; }
    public string Document { get; set; } = string.Empty;

    public List<LocalSupportTerm> Terms { get; set; } = [];
    public List<LocalSupportArea> Areas { get; set; } = [];
    public List<LocalSupportPlace> Places { get; set; } = [];
    public List<LocalSupportHours> Hours { get; set; } = [];
}

/// <summary>One taxonomy term an entry is classified as.</summary>
public sealed class LocalSupportTerm
{
    public long Number { get; set; }
    public Guid TermId { get; set; }
}

/// <summary>One postcode district an entry covers (a service area so named, or the district of one of its addresses).</summary>
public sealed class LocalSupportArea
{
    public long Number { get; set; }
    public string District { get; set; } = string.Empty;
}

/// <summary>One place of an entry (an ORUK service_at_location): found by its id, and by the distance filter's bounding box when located.</summary>
public sealed class LocalSupportPlace
{
    public long Number { get; set; }
    public int Ordinal { get; set; }
    public Guid ServiceAtLocationId { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
}

/// <summary>Hours of the week an entry can be open in (from <see cref="Schedule.WeeklyHours"/>), for the open-at filter.</summary>
public sealed class LocalSupportHours
{
    public long Number { get; set; }
    public int Ordinal { get; set; }
    public int Day { get; set; }
    public int OpensMinute { get; set; }
    public int ClosesMinute { get; set; }
    public LocalDate? ValidTo { get; set; }
}
