using NodaTime;
using Timebank.Domain.Directory;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Directory.Search;

/// <summary>Open at some point of the week: on <see cref="Day"/>, from <see cref="FromMinute"/> until at least <see cref="UntilMinute"/>.</summary>
public sealed record OpenAt(IsoDayOfWeek Day, int FromMinute, int UntilMinute);

/// <summary>Within <see cref="Km"/> kilometres of <see cref="From"/>, by the haversine distance to the nearest located place.</summary>
public sealed record Near(GeoPoint From, double Km);

/// <summary>
/// A search of the directory: every given criterion must hold (ORUK's query parameters are cumulative). Archived
/// entries are never found. The person's age range overlaps the service's when both ends are given.
/// </summary>
public sealed record DirectoryFilter
{
    public string? Text { get; init; }
    public Guid? TermId { get; init; }
    public Guid? TaxonomyId { get; init; }
    public PostcodeDistrict? Area { get; init; }
    public LocationType? Format { get; init; }
    public bool FreeOnly { get; init; }
    public OpenAt? Open { get; init; }
    public int? AgeFrom { get; init; }
    public int? AgeTo { get; init; }
    public Near? Near { get; init; }
    public Instant? ModifiedAfter { get; init; }
    public Id<Organisation>? Organisation { get; init; }

    /// <summary>Schedules that ended before this day are not open.</summary>
    public LocalDate Today { get; init; }

    public bool IsRanked => Text is not null;
}
