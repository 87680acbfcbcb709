using NodaTime;
using NodaTime.Text;
using Timebank.Domain.Directory;

namespace Timebank.Api.Features.Directory.Oruk;

/// <summary>Writes an entry as ORUK 3.0's fully nested service, with the ids it was given.</summary>
public static class OrukWriter
{
    private static readonly InstantPattern LastModifiedPattern = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'.'fff'Z'");

    /// <summary>
    /// The entry's own fields and parts. <paramref name="terms"/> fills each attribute's taxonomy_term (left out when
    /// null, as in the stored document, which must not go stale when a term is renamed).
    /// </summary>
    public static OrukService Write(LocalService service, Func<Id<TaxonomyTerm>, OrukTaxonomyTerm?>? terms)
    {
        var id = service.Id.Value;
        var dto = Scalars(service);
        dto.Schedules = service.Schedules.Select(s => new OrukSchedule
        {
            Id = s.Id.Value,
            ServiceId = id,
            ValidFrom = Date(s.ValidFrom),
            ValidTo = Date(s.ValidTo),
            Dtstart = Date(s.DtStart),
            Freq = s.Freq is { } f ? OrukCodes.Of(f) : null,
            Interval = s.Interval,
            Byday = s.ByDay,
            Bymonthday = s.ByMonthDay,
            Description = s.Description,
            OpensAt = s.OpensAtText,
            ClosesAt = s.ClosesAtText,
            ScheduleLink = s.ScheduleLink,
            AttendingType = s.AttendingType,
            Notes = s.Notes,
        }).ToList();
        dto.ServiceAreas = service.ServiceAreas.Select(a => new OrukServiceArea { Id = a.Id, ServiceId = id, Name = a.Name, Extent = a.Extent, ExtentType = a.ExtentType, Uri = a.Uri, ServiceAreaText = a.ServiceAreaText }).ToList();
        dto.ServiceAtLocations = service.Locations.Select(l => new OrukServiceAtLocation
        {
            Id = l.Id.Value,
            ServiceId = id,
            LocationId = l.LocationId,
            Location = Location(l),
        }).ToList();
        dto.Languages = service.Languages.Select(l => new OrukLanguage { Id = l.Id, ServiceId = id, Name = l.Name, Code = l.Code?.Value, Note = l.Note }).ToList();
        dto.Funding = service.Funding.Select(f => new OrukFunding { Id = f.Id, ServiceId = id, Source = f.Source }).ToList();
        dto.CostOptions = service.CostOptions.Select(c => new OrukCostOption
        {
            Id = c.Id.Value,
            ServiceId = id,
            ValidFrom = Date(c.ValidFrom),
            ValidTo = Date(c.ValidTo),
            Option = c.Option,
            Amount = c.Amount,
            AmountDescription = c.AmountDescription,
        }).ToList();
        dto.Contacts = service.Contacts.Select(c => new OrukContact
        {
            Id = c.Id,
            ServiceId = id,
            Name = c.Name,
            Title = c.Title,
            Phones = c.Phones.Count == 0 ? null : c.Phones.Select(p => new OrukPhone { Id = p.Id, Number = p.Number, Description = p.Description }).ToList(),
        }).ToList();
        dto.Attributes = service.Attributes.Select(a => new OrukTermLink
        {
            Id = a.Id,
            LinkId = id,
            TaxonomyTermId = a.TaxonomyTermId.Value,
            LinkType = a.LinkType,
            TaxonomyTerm = terms?.Invoke(a.TaxonomyTermId),
        }).ToList();
        return dto;
    }

    /// <summary>The service's one-to-one fields, as list items carry them.</summary>
    public static OrukService Scalars(LocalService service) => new()
    {
        Id = service.Id.Value,
        OrganizationId = service.OrganisationId.Value,
        Name = service.Name,
        Description = service.Description,
        Url = service.Url,
        Email = service.Email,
        Status = OrukCodes.Of(service.Status),
        Fees = service.Fees,
        Accreditations = service.Accreditations,
        MinimumAge = service.MinimumAge,
        MaximumAge = service.MaximumAge,
        AssuredDate = Date(service.AssuredDate),
        AssurerEmail = service.AssurerEmail,
        Alert = service.Alert,
        LastModified = LastModified(service.LastModified),
    };

    public static OrukLocation Location(ServiceLocation l) => new()
    {
        Id = l.LocationId,
        LocationType = OrukCodes.Of(l.LocationType),
        Name = l.Name,
        Description = l.Description,
        Latitude = l.Latitude,
        Longitude = l.Longitude,
        ExternalIdentifier = l.ExternalIdentifier,
        ExternalIdentifierType = l.ExternalIdentifierType,
        Addresses = l.Addresses.Select(a => new OrukAddress
        {
            Id = a.Id,
            LocationId = l.LocationId,
            Attention = a.Attention,
            Address1 = a.Address1,
            City = a.City,
            Region = a.Region,
            StateProvince = a.StateProvince,
            PostalCode = a.PostalCode.Value,
            Country = a.Country,
            AddressType = OrukCodes.Of(a.AddressType),
        }).ToList(),
        Accessibility = l.Accessibility.Select(a => new OrukAccessibility { Id = a.Id, LocationId = l.LocationId, Description = a.Description, Details = a.Details, Url = a.Url, AccessibilityText = a.AccessibilityText }).ToList(),
    };

    public static OrukTaxonomyTerm Term(TaxonomyTerm t) => new()
    {
        Id = t.Id.Value,
        Name = t.Name,
        Description = t.Description,
        ParentId = t.ParentId?.Value,
        Taxonomy = t.TaxonomyName,
        TaxonomyId = t.TaxonomyId?.Value,
        TermUri = t.TermUri,
        Term = t.Term,
    };

    public static string LastModified(Instant at) => LastModifiedPattern.Format(at);

    private static string? Date(LocalDate? date) => date is { } d ? OrukDate.Format(d) : null;
}
