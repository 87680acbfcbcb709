using NodaTime;
using Timebank.Domain.Directory;

namespace Timebank.Api.Features.Directory.Oruk;

/// <summary>
/// Reads an ORUK service into the domain's draft. Only what JSON cannot say as the domain wants it (dates as text,
/// whole numbers as numbers) is checked here, into the same collector, so every problem keeps its path.
/// </summary>
public static class OrukDraftReader
{
    public static LocalServiceDraft Read(OrukService s, DirectoryProblems problems) => new()
    {
        Id = s.Id,
        Name = s.Name,
        Description = s.Description,
        Url = s.Url,
        Email = s.Email,
        Status = s.Status,
        MinimumAge = Whole(s.MinimumAge, "minimum_age", problems),
        MaximumAge = Whole(s.MaximumAge, "maximum_age", problems),
        AssuredDate = Date(s.AssuredDate, "assured_date", problems),
        AssurerEmail = s.AssurerEmail,
        Alert = s.Alert,
        Fees = s.Fees,
        Accreditations = s.Accreditations,
        Languages = Each(s.Languages, l => new LanguageDraft { Id = l.Id, Name = l.Name, Code = l.Code, Note = l.Note }),
        ServiceAreas = Each(s.ServiceAreas, a => new ServiceAreaDraft { Id = a.Id, Name = a.Name, ServiceArea = a.ServiceAreaText, Extent = a.Extent, ExtentType = a.ExtentType, Uri = a.Uri }),
        CostOptions = Each(s.CostOptions, (c, i) => new CostOptionDraft
        {
            Id = c.Id,
            Option = c.Option,
            Amount = c.Amount,
            AmountDescription = c.AmountDescription,
            ValidFrom = Date(c.ValidFrom, $"cost_options[{i}].valid_from", problems),
            ValidTo = Date(c.ValidTo, $"cost_options[{i}].valid_to", problems),
        }),
        Schedules = Each(s.Schedules, (x, i) => new ScheduleDraft
        {
            Id = x.Id,
            Freq = x.Freq,
            Interval = Whole(x.Interval, $"schedules[{i}].interval", problems),
            ByDay = x.Byday,
            ByMonthDay = x.Bymonthday,
            DtStart = Date(x.Dtstart, $"schedules[{i}].dtstart", problems),
            ValidFrom = Date(x.ValidFrom, $"schedules[{i}].valid_from", problems),
            ValidTo = Date(x.ValidTo, $"schedules[{i}].valid_to", problems),
            OpensAt = x.OpensAt,
            ClosesAt = x.ClosesAt,
            Description = x.Description,
            ScheduleLink = x.ScheduleLink,
            AttendingType = x.AttendingType,
            Notes = x.Notes,
        }),
        ServiceAtLocations = Each(s.ServiceAtLocations, sal => new LocationDraft
        {
            ServiceAtLocationId = sal.Id,
            Id = sal.Location?.Id ?? sal.LocationId,
            LocationType = sal.Location?.LocationType,
            Name = sal.Location?.Name,
            Description = sal.Location?.Description,
            Latitude = sal.Location?.Latitude,
            Longitude = sal.Location?.Longitude,
            ExternalIdentifier = sal.Location?.ExternalIdentifier,
            ExternalIdentifierType = sal.Location?.ExternalIdentifierType,
            Addresses = Each(sal.Location?.Addresses, a => new AddressDraft
            {
                Id = a.Id,
                Attention = a.Attention,
                Address1 = a.Address1,
                City = a.City,
                Region = a.Region,
                StateProvince = a.StateProvince,
                PostalCode = a.PostalCode,
                Country = a.Country,
                AddressType = a.AddressType,
            }),
            Accessibility = Each(sal.Location?.Accessibility, a => new AccessibilityDraft { Id = a.Id, Description = a.Description, Details = a.Details, Url = a.Url, AccessibilityText = a.AccessibilityText }),
        }),
        Contacts = Each(s.Contacts, c => new ContactDraft
        {
            Id = c.Id,
            Name = c.Name,
            Title = c.Title,
            Phones = Each(c.Phones, p => new PhoneDraft { Id = p.Id, Number = p.Number, Description = p.Description }),
        }),
        Attributes = Each(s.Attributes, a => new AttributeDraft { Id = a.Id, TaxonomyTermId = a.TaxonomyTermId ?? a.TaxonomyTerm?.Id, LinkType = a.LinkType }),
        Funding = Each(s.Funding, f => new FundingDraft { Id = f.Id, Source = f.Source }),
    };

    private static List<TDraft> Each<T, TDraft>(List<T>? items, Func<T, TDraft> read) => items is null ? [] : items.ConvertAll(i => read(i));

    private static List<TDraft> Each<T, TDraft>(List<T>? items, Func<T, int, TDraft> read) => items is null ? [] : items.Select(read).ToList();

    private static LocalDate? Date(string? text, string path, DirectoryProblems problems) => problems.Try(() => OrukDate.ParseOptional(text, path));

    private static int? Whole(decimal? value, string path, DirectoryProblems problems)
    {
        if (value is not { } number)
            return null;
        if (number == decimal.Truncate(number) && number is >= int.MinValue and <= int.MaxValue)
            return (int)number;
        problems.Add(new InvalidField(path, "must be a whole number"));
        return null;
    }
}
