using NodaTime;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Directory;

/// <summary>
/// One entry in the directory of local supports: an ORUK 3.0 service owned by the organisation that lists it
/// (usually a user-led group). Only that organisation's coordinators change it; anyone may read it unless archived.
/// Its parts are replaced whole on every update, as ORUK publishers send them.
/// </summary>
public sealed class LocalService
{
    /// <summary>An entry nobody has confirmed for this long is flagged to the group that owns it.</summary>
    public const int ConfirmEveryMonths = 12;

    private readonly List<ServiceLanguage> _languages = [];
    private readonly List<ServiceArea> _serviceAreas = [];
    private readonly List<CostOption> _costOptions = [];
    private readonly List<Schedule> _schedules = [];
    private readonly List<ServiceLocation> _locations = [];
    private readonly List<Contact> _contacts = [];
    private readonly List<TaxonomyLink> _attributes = [];
    private readonly List<Funding> _funding = [];

    public Id<LocalService> Id { get; private set; }
    public Id<Organisation> OrganisationId { get; private set; }
    public string Name { get; private set; }
    public string? Description { get; private set; }
    public string? Url { get; private set; }
    public string? Email { get; private set; }
    public ServiceStatus Status { get; private set; }
    public int? MinimumAge { get; private set; }
    public int? MaximumAge { get; private set; }
    public LocalDate? AssuredDate { get; private set; }
    public string? AssurerEmail { get; private set; }
    public string? Alert { get; private set; }
    public string? Fees { get; private set; }
    public string? Accreditations { get; private set; }

    /// <summary>ORUK last_modified: when the entry or any of its parts last changed.</summary>
    public Instant LastModified { get; private set; }

    public Instant CreatedAt { get; private set; }
    public Instant? ArchivedAt { get; private set; }

    public IReadOnlyList<ServiceLanguage> Languages => _languages;
    public IReadOnlyList<ServiceArea> ServiceAreas => _serviceAreas;
    public IReadOnlyList<CostOption> CostOptions => _costOptions;
    public IReadOnlyList<Schedule> Schedules => _schedules;
    public IReadOnlyList<ServiceLocation> Locations => _locations;
    public IReadOnlyList<Contact> Contacts => _contacts;
    public IReadOnlyList<TaxonomyLink> Attributes => _attributes;
    public IReadOnlyList<Funding> Funding => _funding;

    private LocalService(Id<LocalService> id, Id<Organisation> organisationId, string name, Instant createdAt)
        => (Id, OrganisationId, Name, CreatedAt, LastModified) = (id, organisationId, name, createdAt, createdAt);

    /// <summary>A coordinator lists a service for their organisation; listing it confirms it current today.</summary>
    public static LocalService List(Membership lister, ServiceContent content, LocalDate today, Instant now)
    {
        RequireCoordinator(lister);
        var service = new LocalService(Id<LocalService>.New(), lister.OrganisationId, content.Name, now);
        service.Apply(content, now);
        service.AssuredDate = today;
        return service;
    }

    /// <summary>
    /// An entry read from another directory's ORUK export, keeping the source's id (the import is idempotent by it) and
    /// its assured_date (it was confirmed by the source, not by us).
    /// </summary>
    public static LocalService Import(Id<Organisation> owner, Guid sourceId, ServiceContent content, Instant now)
    {
        var service = new LocalService(Id<LocalService>.From(sourceId), owner, content.Name, now);
        service.Apply(content, now);
        return service;
    }

    /// <summary>An entry read back from storage with the dates it was saved with; no rule runs again.</summary>
    public static LocalService Restore(Guid id, Id<Organisation> owner, ServiceContent content, LocalDate? assuredDate, Instant createdAt, Instant lastModified, Instant? archivedAt)
    {
        var service = new LocalService(Id<LocalService>.From(id), owner, content.Name, createdAt);
        service.Apply(content, lastModified);
        (service.AssuredDate, service.ArchivedAt) = (assuredDate, archivedAt);
        return service;
    }

    /// <summary>The owning group's coordinator changes the entry; saving it confirms it current today.</summary>
    public void Update(Membership editor, ServiceContent content, LocalDate today, Instant now)
    {
        RequireEditableBy(editor);
        Apply(content, now);
        AssuredDate = today;
    }

    /// <summary>The same source sends the entry again: its content replaces ours, as long as it is still the same owner's.</summary>
    public void Reimport(Id<Organisation> owner, ServiceContent content, Instant now)
    {
        if (owner != OrganisationId)
            throw new DomainException(new NotYourEntry());
        if (ArchivedAt is not null)
            throw new DomainException(new EntryArchived());
        Apply(content, now);
    }

    /// <summary>Nothing has changed, and the group says so: the entry is confirmed current today.</summary>
    public void ConfirmCurrent(Membership editor, string? assurerEmail, LocalDate today, Instant now)
    {
        RequireEditableBy(editor);
        AssuredDate = today;
        AssurerEmail = DirectoryText.OptionalEmail(assurerEmail, "assurer_email") ?? AssurerEmail;
        LastModified = now;
    }

    /// <summary>Takes the entry out of the directory; the record stays for the group's history.</summary>
    public void Archive(Membership editor, Instant now)
    {
        RequireEditableBy(editor);
        ArchivedAt = now;
        LastModified = now;
    }

    public bool IsArchived => ArchivedAt is not null;

    /// <summary>Never confirmed, or last confirmed twelve months or more before <paramref name="today"/>.</summary>
    public bool NeedsConfirmation(LocalDate today) => AssuredDate is not { } assured || assured.PlusMonths(ConfirmEveryMonths) <= today;

    /// <summary>Free when it lists no cost options, or every one of them costs £0.</summary>
    public bool IsFree => _costOptions.TrueForAll(c => c.IsFree);

    public bool IsOpenAt(ZonedDateTime at) => _schedules.Exists(s => s.IsOpenAt(at));

    /// <summary>Whether a person of this age is within the service's age range (an open end takes everyone).</summary>
    public bool ServesAge(int age) => !(age < MinimumAge) && !(age > MaximumAge);

    /// <summary>The distance to the nearest of its located places, or null when none has coordinates.</summary>
    public double? NearestKm(GeoPoint from)
        => _locations.Select(l => l.DistanceKmFrom(from)).Where(d => d is not null).Min();

    /// <summary>Whether a service area names this district, or one of its addresses is in it.</summary>
    public bool Covers(PostcodeDistrict district)
        => _serviceAreas.Exists(a => a.District == district)
           || _locations.Exists(l => l.Addresses.Any(a => a.PostalCode.District == district));

    public bool IsClassifiedAs(Id<TaxonomyTerm> term) => _attributes.Exists(a => a.TaxonomyTermId == term);

    private void Apply(ServiceContent content, Instant now)
    {
        if (ArchivedAt is not null)
            throw new DomainException(new EntryArchived());
        (Name, Description, Url, Email, Status) = (content.Name, content.Description, content.Url, content.Email, content.Status);
        (MinimumAge, MaximumAge, AssuredDate, AssurerEmail) = (content.MinimumAge, content.MaximumAge, content.AssuredDate, content.AssurerEmail);
        (Alert, Fees, Accreditations) = (content.Alert, content.Fees, content.Accreditations);
        Replace(_languages, content.Languages);
        Replace(_serviceAreas, content.ServiceAreas);
        Replace(_costOptions, content.CostOptions);
        Replace(_schedules, content.Schedules);
        Replace(_locations, content.Locations);
        Replace(_contacts, content.Contacts);
        Replace(_attributes, content.Attributes);
        Replace(_funding, content.Funding);
        LastModified = now;
    }

    // The same list instances are kept so the mapping's change tracking sees the parts replaced.
    private static void Replace<T>(List<T> parts, IReadOnlyList<T> with)
    {
        parts.Clear();
        parts.AddRange(with);
    }

    private void RequireEditableBy(Membership editor)
    {
        if (editor.OrganisationId != OrganisationId)
            throw new DomainException(new NotYourEntry());
        RequireCoordinator(editor);
    }

    private static void RequireCoordinator(Membership membership)
    {
        if (!membership.CanAdminister)
            throw new DomainException(new NotAllowed("Only a coordinator or manager of the group can list or change its entries."));
    }
}
