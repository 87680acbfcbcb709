using System.Globalization;
using NodaTime;
using Timebank.Domain.Directory;

namespace Timebank.Api.Features.Directory.Search;

/// <summary>A search as asked, in text, from GraphQL or the ORUK query string; names are the caller's parameter names.</summary>
public sealed record DirectoryQuery
{
    public string? Text { get; init; }
    public string? TaxonomyTermId { get; init; }
    public string? TaxonomyId { get; init; }
    public string? Area { get; init; }
    public LocationType? Format { get; init; }
    public bool FreeOnly { get; init; }
    public string? Day { get; init; }
    public string? StartTime { get; init; }
    public string? EndTime { get; init; }
    public int? AgeFrom { get; init; }
    public int? AgeTo { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public double? Km { get; init; }
    public string? ModifiedAfter { get; init; }
    public string? OrganisationId { get; init; }
}

/// <summary>
/// Checks a search into a <see cref="DirectoryFilter"/>, reporting every bad parameter at once (REST answers them in
/// one problem document). Parameter names come from <paramref name="names"/> so each API speaks its own.
/// </summary>
public static class DirectoryFilterParser
{
    public const double MaxKm = 500;

    public static DirectoryFilter Parse(DirectoryQuery q, DirectoryParameterNames names, LocalDate today)
    {
        var problems = new DirectoryProblems();
        var filter = new DirectoryFilter
        {
            Text = string.IsNullOrWhiteSpace(q.Text) ? null : problems.Try(() => Text(q.Text, names.Text)),
            TermId = Uuid(q.TaxonomyTermId, names.TaxonomyTermId, problems),
            TaxonomyId = Uuid(q.TaxonomyId, names.TaxonomyId, problems),
            Area = string.IsNullOrWhiteSpace(q.Area) ? null : problems.Try(() => PostcodeDistrict.ParseDistrictOrPostcode(q.Area, names.Area)),
            Format = q.Format,
            FreeOnly = q.FreeOnly,
            AgeFrom = Age(q.AgeFrom, names.AgeFrom, problems),
            AgeTo = Age(q.AgeTo, names.AgeTo, problems),
            Open = Open(q, names, problems),
            Near = Near(q, names, problems),
            ModifiedAfter = Instant(q.ModifiedAfter, names.ModifiedAfter, problems),
            Organisation = Uuid(q.OrganisationId, names.OrganisationId, problems) is { } org ? Id<Domain.Organisations.Organisation>.From(org) : null,
            Today = today,
        };
        problems.ThrowIfAny();
        return filter;
    }

    private static string Text(string text, string name)
        => text.Length > DirectoryLimits.ShortTextMaxLength ? throw new DomainException(new TextTooLong(name, DirectoryLimits.ShortTextMaxLength)) : text.Trim();

    private static Guid? Uuid(string? text, string name, DirectoryProblems problems)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (Guid.TryParse(text, out var id))
            return id;
        problems.Add(new InvalidField(name, "must be a UUID"));
        return null;
    }

    private static int? Age(int? age, string name, DirectoryProblems problems)
    {
        if (age is < 0 or > DirectoryLimits.MaxAge)
            problems.Add(new InvalidField(name, $"must be a whole number of years from 0 to {DirectoryLimits.MaxAge}"));
        return age;
    }

    private const int MinutesInDay = 24 * 60;

    private static OpenAt? Open(DirectoryQuery q, DirectoryParameterNames names, DirectoryProblems problems)
    {
        if (q.Day is null && q.StartTime is null && q.EndTime is null)
            return null;
        var day = problems.Try(() => Weekday(q.Day, names.Day));
        var start = q.StartTime is null ? (int?)null : problems.Try(() => Minute(q.StartTime, names.StartTime));
        var end = q.EndTime is null ? start : problems.Try(() => Minute(q.EndTime, names.EndTime));
        if (start > end)
            problems.Add(new InvalidField(names.EndTime, "must not be before the start time"));
        if (day == IsoDayOfWeek.None)
            return null;
        // A day with no time means open at any time that day: every opening row of the day covers "from the day's
        // end until its start", the test below reversed.
        return start is null && q.EndTime is null ? new OpenAt(day, MinutesInDay, 0) : new OpenAt(day, start ?? 0, end ?? 0);
    }

    private static IsoDayOfWeek Weekday(string? day, string name)
    {
        var text = day?.Trim().ToUpperInvariant() ?? string.Empty;
        foreach (var weekday in Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None))
        {
            var full = weekday.ToString().ToUpperInvariant();
            if (text.Length >= 2 && full.StartsWith(text, StringComparison.Ordinal))
                return weekday;
        }
        throw new DomainException(new InvalidField(name, "must be a day of the week (Monday … Sunday, or MO … SU) when a time is given"));
    }

    private static int Minute(string text, string name)
        => TimeSpan.TryParseExact(text.Trim(), ["hh\\:mm", "hh\\:mm\\:ss"], CultureInfo.InvariantCulture, out var time) && time < TimeSpan.FromDays(1)
            ? (int)time.TotalMinutes
            : throw new DomainException(new InvalidField(name, "must be a 24-hour time, HH:MM"));

    private static Near? Near(DirectoryQuery q, DirectoryParameterNames names, DirectoryProblems problems)
    {
        if (q.Latitude is null && q.Longitude is null && q.Km is null)
            return null;
        if (q.Latitude is not { } lat || q.Longitude is not { } lon || q.Km is not { } km)
        {
            problems.Add(new InvalidField(names.Km, "a distance needs latitude, longitude and a distance in km together"));
            return null;
        }
        if (km is <= 0 or > MaxKm || double.IsNaN(km))
            problems.Add(new InvalidField(names.Km, $"must be more than 0 and at most {MaxKm} km"));
        var point = problems.Try(() => (GeoPoint?)GeoPoint.Of(lat, lon, names.Point));
        return point is { } from ? new Near(from, km) : null;
    }

    private static Instant? Instant(string? text, string name, DirectoryProblems problems)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            return NodaTime.Instant.FromDateTimeOffset(at);
        problems.Add(new InvalidField(name, "must be an ISO 8601 date and time, e.g. 2026-01-31T09:00:00Z"));
        return null;
    }
}

/// <summary>What each API calls the search's parameters, so a problem names the one the caller sent.</summary>
public sealed record DirectoryParameterNames(
    string Text, string TaxonomyTermId, string TaxonomyId, string Area, string Day, string StartTime, string EndTime,
    string AgeFrom, string AgeTo, string Point, string Km, string ModifiedAfter, string OrganisationId)
{
    public static readonly DirectoryParameterNames GraphQL = new("filter.text", "filter.taxonomyTermId", "filter.taxonomyId", "filter.area",
        "filter.openAt.day", "filter.openAt.time", "filter.openAt.until", "filter.age", "filter.age", "filter.near", "filter.near.km", "filter.modifiedAfter", "filter.organisationId");

    public static readonly DirectoryParameterNames Oruk = new("search", "taxonomy_term_id", "taxonomy_id", "postcode", "day", "start_time", "end_time",
        "minimum_age", "maximum_age", "", "proximity", "modified_after", "organization_id");
}
