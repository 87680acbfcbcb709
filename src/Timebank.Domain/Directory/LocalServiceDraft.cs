using NodaTime;

namespace Timebank.Domain.Directory;

/// <summary>
/// A directory entry as given, field for field in ORUK 3.0's service shape, from a GraphQL input or an ORUK import.
/// <see cref="Check"/> turns it into checked content or reports every problem with its path.
/// </summary>
public sealed record LocalServiceDraft
{
    public Guid? Id { get; init; }
    public string? Name { get; init; }
    public string? Description { get; init; }
    public string? Url { get; init; }
    public string? Email { get; init; }

    /// <summary>ORUK spelling: active, inactive, defunct, temporarily closed. Blank means active.</summary>
    public string? Status { get; init; }

    public int? MinimumAge { get; init; }
    public int? MaximumAge { get; init; }
    public LocalDate? AssuredDate { get; init; }
    public string? AssurerEmail { get; init; }
    public string? Alert { get; init; }

    /// <summary>Deprecated in ORUK 3.0 in favour of cost options; kept so imports write back what they read.</summary>
    public string? Fees { get; init; }

    public string? Accreditations { get; init; }
    public IReadOnlyList<LanguageDraft> Languages { get; init; } = [];
    public IReadOnlyList<ServiceAreaDraft> ServiceAreas { get; init; } = [];
    public IReadOnlyList<CostOptionDraft> CostOptions { get; init; } = [];
    public IReadOnlyList<ScheduleDraft> Schedules { get; init; } = [];
    public IReadOnlyList<LocationDraft> ServiceAtLocations { get; init; } = [];
    public IReadOnlyList<ContactDraft> Contacts { get; init; } = [];
    public IReadOnlyList<AttributeDraft> Attributes { get; init; } = [];
    public IReadOnlyList<FundingDraft> Funding { get; init; } = [];

    /// <summary>
    /// Checks the whole entry. <paramref name="isKnownTerm"/> answers from the directory's taxonomy terms (the caller
    /// loads the ids the draft names). Throws <see cref="DirectoryEntryInvalid"/> listing every problem.
    /// </summary>
    public ServiceContent Check(Func<Id<TaxonomyTerm>, bool> isKnownTerm, LocalDate today)
    {
        var problems = new DirectoryProblems();
        var content = Check(isKnownTerm, today, problems);
        problems.ThrowIfAny();
        return content!;
    }

    /// <summary>Checks into a shared collector (an import checks many entries before writing any); null when a problem was found.</summary>
    public ServiceContent? Check(Func<Id<TaxonomyTerm>, bool> isKnownTerm, LocalDate today, DirectoryProblems problems)
    {
        var before = problems.All.Count;
        var name = problems.Try(() => DirectoryText.Required(Name, "name", DirectoryLimits.NameMaxLength));
        var description = problems.Try(() => DirectoryText.Optional(Description, "description", DirectoryLimits.DescriptionMaxLength));
        var url = problems.Try(() => DirectoryText.OptionalUrl(Url, "url"));
        var email = problems.Try(() => DirectoryText.OptionalEmail(Email, "email"));
        var status = string.IsNullOrWhiteSpace(Status) ? ServiceStatus.Active : problems.Try(() => OrukCodes.ParseStatus(Status));
        problems.Try(() => CheckAges());
        if (AssuredDate > today)
            problems.Add(new InvalidField("assured_date", "must not be in the future"));
        var assurer = problems.Try(() => DirectoryText.OptionalEmail(AssurerEmail, "assurer_email"));
        var alert = problems.Try(() => DirectoryText.Optional(Alert, "alert", DirectoryLimits.NoteMaxLength));
        var fees = problems.Try(() => DirectoryText.Optional(Fees, "fees", DirectoryLimits.NoteMaxLength));
        var accreditations = problems.Try(() => DirectoryText.Optional(Accreditations, "accreditations", DirectoryLimits.NoteMaxLength));
        problems.UniqueIds(Languages.Select(d => d.Id), "languages");
        problems.UniqueIds(ServiceAreas.Select(d => d.Id), "service_areas");
        problems.UniqueIds(CostOptions.Select(d => d.Id), "cost_options");
        problems.UniqueIds(Schedules.Select(d => d.Id), "schedules");
        problems.UniqueIds(ServiceAtLocations.Select(d => d.ServiceAtLocationId), "service_at_locations");
        problems.UniqueIds(ServiceAtLocations.Select(d => d.Id), "service_at_locations", "location.id");
        problems.UniqueIds(Contacts.Select(d => d.Id), "contacts");
        problems.UniqueIds(Attributes.Select(d => d.Id), "attributes");
        problems.UniqueIds(Funding.Select(d => d.Id), "funding");
        var content = new ServiceContent(name ?? string.Empty, description, url, email, status, MinimumAge, MaximumAge, AssuredDate, assurer, alert, fees, accreditations,
            problems.Each(Languages, "languages", DirectoryLimits.MaxLanguages, ServiceLanguage.Parse),
            problems.Each(ServiceAreas, "service_areas", DirectoryLimits.MaxServiceAreas, ServiceArea.Parse),
            problems.Each(CostOptions, "cost_options", DirectoryLimits.MaxCostOptions, CostOption.Parse),
            problems.Each(Schedules, "schedules", DirectoryLimits.MaxSchedules, Schedule.Parse),
            problems.Each(ServiceAtLocations, "service_at_locations", DirectoryLimits.MaxLocations, (d, p) => ServiceLocation.Parse(d, p, problems)),
            problems.Each(Contacts, "contacts", DirectoryLimits.MaxContacts, (d, p) => Contact.Parse(d, p, problems)),
            problems.Each(Attributes, "attributes", DirectoryLimits.MaxAttributes, (d, p) => TaxonomyLink.Parse(d, p, isKnownTerm)),
            problems.Each(Funding, "funding", DirectoryLimits.MaxFunding, Directory.Funding.Parse));
        return problems.All.Count == before ? content : null;
    }

    private bool CheckAges()
    {
        foreach (var (age, field) in new[] { (MinimumAge, "minimum_age"), (MaximumAge, "maximum_age") })
        {
            if (age is < 0 or > DirectoryLimits.MaxAge)
                throw new DomainException(new InvalidField(field, $"must be a whole number of years from 0 to {DirectoryLimits.MaxAge}"));
        }
        if (MinimumAge > MaximumAge)
            throw new DomainException(new AgeRangeUpsideDown("maximum_age", MinimumAge!.Value, MaximumAge!.Value));
        return true;
    }
}

/// <summary>A checked entry's content: what a listing or an update writes, all at once.</summary>
public sealed record ServiceContent(
    string Name, string? Description, string? Url, string? Email, ServiceStatus Status, int? MinimumAge, int? MaximumAge,
    LocalDate? AssuredDate, string? AssurerEmail, string? Alert, string? Fees, string? Accreditations,
    IReadOnlyList<ServiceLanguage> Languages, IReadOnlyList<ServiceArea> ServiceAreas, IReadOnlyList<CostOption> CostOptions,
    IReadOnlyList<Schedule> Schedules, IReadOnlyList<ServiceLocation> Locations, IReadOnlyList<Contact> Contacts,
    IReadOnlyList<TaxonomyLink> Attributes, IReadOnlyList<Funding> Funding);
