using NodaTime;
using Timebank.Api.Features.Directory.Oruk;
using Timebank.Domain.Directory;

namespace Timebank.Api.Features.Directory.Entries;

/// <summary>Turns an entry into its stored record (columns, search rows, ORUK document) and back.</summary>
public static class LocalSupportRecords
{
    public static LocalSupportRecord New(LocalService service)
    {
        var record = new LocalSupportRecord { Id = service.Id.Value, CreatedAt = service.CreatedAt };
        Fill(record, service);
        return record;
    }

    /// <summary>Writes the entry's current state over the record; search rows are replaced whole, as the entry's parts are.</summary>
    public static void Fill(LocalSupportRecord record, LocalService service)
    {
        record.OrganisationId = service.OrganisationId;
        record.Name = service.Name;
        record.Description = service.Description;
        record.Status = service.Status;
        record.MinimumAge = service.MinimumAge;
        record.MaximumAge = service.MaximumAge;
        record.IsFree = service.IsFree;
        record.LocationTypes = service.Locations.Aggregate(0, (bits, l) => bits | Bit(l.LocationType));
        record.AssuredDate = service.AssuredDate;
        record.LastModified = service.LastModified;
        record.ArchivedAt = service.ArchivedAt;
        record.Document = OrukJson.Serialize(OrukWriter.Write(service, terms: null));
        record.Terms.Clear();
        record.Terms.AddRange(service.Attributes.Select(a => a.TaxonomyTermId.Value).Distinct().Select(t => new LocalSupportTerm { TermId = t }));
        record.Areas.Clear();
        record.Areas.AddRange(service.ServiceAreas.Select(a => a.District?.Value)
            .Concat(service.Locations.SelectMany(l => l.Addresses).Select(a => a.PostalCode.District.Value))
            .OfType<string>().Distinct().Select(d => new LocalSupportArea { District = d }));
        record.Places.Clear();
        record.Places.AddRange(service.Locations.Select((l, i) => new LocalSupportPlace { Ordinal = i, ServiceAtLocationId = l.Id.Value, Latitude = l.Latitude, Longitude = l.Longitude }));
        record.Hours.Clear();
        record.Hours.AddRange(service.Schedules.SelectMany(s => s.WeeklyHours().Select(h => (h, s.ValidTo))).Distinct()
            .Select((x, i) => new LocalSupportHours { Ordinal = i, Day = (int)x.h.Day, OpensMinute = x.h.OpensMinute, ClosesMinute = x.h.ClosesMinute, ValidTo = x.ValidTo }));
    }

    /// <summary>The entry as the domain knows it, read from its stored document (which passed every rule when it was written).</summary>
    public static LocalService Restore(LocalSupportRecord record)
    {
        var problems = new DirectoryProblems();
        var dto = OrukJson.Deserialize<OrukService>(record.Document)!;
        var content = OrukDraftReader.Read(dto, problems).Check(_ => true, LocalDate.MaxIsoValue, problems);
        if (content is null)
            throw new InvalidOperationException($"The stored entry {record.Number} no longer reads: {problems.All[0].Message}");
        return LocalService.Restore(record.Id, record.OrganisationId, content, record.AssuredDate, record.CreatedAt, record.LastModified, record.ArchivedAt);
    }

    public static int Bit(LocationType type) => 1 << ((int)type - 1);
}
