namespace Timebank.Web.Pages.Supports;

/// <summary>What localSupports and localSupport answer, as the directory pages read it.</summary>
public sealed record SupportSummary(
    string Id, string Name, string? Description, bool IsFree, string OrganisationName, int? MinimumAge, int? MaximumAge,
    IReadOnlyList<Schedule> Schedules);

public sealed record Schedule(string? ByDay, string? OpensAt, string? ClosesAt, string? Description = null, string? Freq = null);

public sealed record Term(string OrukId, string Name);

public sealed record SupportDetail(
    string Id, string OrukId, string Name, string? Description, string? Url, string? Email, string? Alert, bool IsFree,
    string? AssuredDate, int? MinimumAge, int? MaximumAge, string OrganisationName,
    IReadOnlyList<Location> Locations, IReadOnlyList<Contact> Contacts, IReadOnlyList<Cost> CostOptions,
    IReadOnlyList<Schedule> Schedules, IReadOnlyList<Area> ServiceAreas, IReadOnlyList<Language> Languages,
    IReadOnlyList<SupportCategory> Attributes);

public sealed record Location(string? Name, string? Description, string LocationType, IReadOnlyList<Address> Addresses);

public sealed record Address(string Address1, string City, string StateProvince, string PostalCode);

public sealed record Contact(string? Name, string? Title, IReadOnlyList<string> Phones);

public sealed record Cost(string? Option, long? AmountPence, string? AmountDescription);

public sealed record Area(string? Name, string? ServiceArea);

public sealed record Language(string? Code, string? Name);

public sealed record SupportCategory(Term? TaxonomyTerm);

/// <summary>RFC 5545 weekdays as the directory stores them, in words.</summary>
public static class Weekdays
{
    public static readonly IReadOnlyList<(string Code, string Name)> All =
    [
        ("MO", "Monday"), ("TU", "Tuesday"), ("WE", "Wednesday"), ("TH", "Thursday"), ("FR", "Friday"), ("SA", "Saturday"), ("SU", "Sunday"),
    ];

    /// <summary>"MO,WE" as "Monday and Wednesday".</summary>
    public static string Describe(string? byDay)
    {
        var names = (byDay ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(code => All.FirstOrDefault(d => code.EndsWith(d.Code, StringComparison.OrdinalIgnoreCase)).Name ?? code).ToList();
        return names.Count switch
        {
            0 => "",
            1 => names[0],
            _ => string.Join(", ", names[..^1]) + " and " + names[^1],
        };
    }

    /// <summary>The API's Weekday enum value for a code (MO → MONDAY).</summary>
    public static string? EnumFor(string? code) => All.FirstOrDefault(d => d.Code == code).Name?.ToUpperInvariant();
}
