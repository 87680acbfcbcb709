using System.Globalization;
using Timebank.Api.Features.Directory.Oruk;

namespace Timebank.Api.Features.Directory.Import;

/// <summary>
/// Made-up ORUK 3.0 services for benchmarks: spread over a dozen English towns, each with a located place and a
/// valid postcode, one or two weekly schedules, free about half the time, and one or two of 24 taxonomy terms.
/// The same seed makes the same file.
/// </summary>
public static class DirectoryGenerator
{
    private static readonly (string Town, string Area, double Lat, double Lon)[] Towns =
    [
        ("Coventry", "CV1", 52.4068, -1.5197), ("Birmingham", "B1", 52.4797, -1.9026), ("Leicester", "LE1", 52.6369, -1.1398),
        ("Nottingham", "NG1", 52.9548, -1.1581), ("Leeds", "LS1", 53.7997, -1.5492), ("Manchester", "M1", 53.4794, -2.2453),
        ("Bristol", "BS1", 51.4545, -2.5879), ("Norwich", "NR1", 52.6309, 1.2974), ("York", "YO1", 53.9590, -1.0815),
        ("Exeter", "EX1", 50.7260, -3.5275), ("Derby", "DE1", 52.9225, -1.4746), ("Oxford", "OX1", 51.7520, -1.2577),
    ];

    private static readonly string[] Kinds = ["peer support group", "advice surgery", "walking group", "carers' café", "craft circle", "befriending service", "food bank", "men's shed", "drop-in", "gardening club", "reading group", "wellbeing course"];
    private static readonly string[] Words = ["friendly", "informal", "weekly", "volunteer-led", "accessible", "relaxed", "confidential", "practical", "welcoming", "local"];
    private static readonly string[] Days = ["MO", "TU", "WE", "TH", "FR", "SA"];

    public static IEnumerable<OrukService> Services(int count, int seed)
    {
        var random = new Random(seed);
        var terms = Enumerable.Range(0, 24).Select(i => new OrukTaxonomyTerm
        {
            Id = Guid(seed, "term", i),
            Name = $"Need {i + 1}: {Kinds[i % Kinds.Length]}",
            Description = $"Services that help with need {i + 1}",
            Taxonomy = "Generated needs",
            Term = $"Need {i + 1}",
        }).ToList();
        for (var i = 0; i < count; i++)
        {
            var town = Towns[random.Next(Towns.Length)];
            var kind = Kinds[random.Next(Kinds.Length)];
            var id = Guid(seed, "service", i);
            var location = Guid(seed, "location", i);
            var opens = 8 + random.Next(10);
            var schedules = Enumerable.Range(0, 1 + random.Next(2)).Select(s => new OrukSchedule
            {
                Id = Guid(seed, $"schedule{s}", i),
                ServiceId = id,
                Freq = "WEEKLY",
                Interval = 1,
                Byday = Days[random.Next(Days.Length)],
                OpensAt = $"{opens:00}:00:00",
                ClosesAt = $"{opens + 1 + random.Next(4):00}:30:00",
                Description = "Weekly",
            }).ToList();
            var free = random.Next(2) == 0;
            var chosen = terms[random.Next(terms.Count)];
            yield return new OrukService
            {
                Id = id,
                Name = $"{town.Town} {Words[random.Next(Words.Length)]} {kind} {i}",
                Description = $"A {Words[random.Next(Words.Length)]} {kind} in {town.Town} run by people with lived experience. Service number {i}.",
                Url = $"https://example.org/services/{i}",
                Status = "active",
                MinimumAge = random.Next(3) == 0 ? 18 : null,
                AssuredDate = "2026-06-01",
                Schedules = schedules,
                ServiceAreas = [new OrukServiceArea { Id = Guid(seed, "area", i), ServiceId = id, Name = town.Area, ServiceAreaText = town.Town }],
                ServiceAtLocations =
                [
                    new OrukServiceAtLocation
                    {
                        Id = Guid(seed, "sal", i), ServiceId = id, LocationId = location,
                        Location = new OrukLocation
                        {
                            Id = location, LocationType = "physical", Name = $"{town.Town} community centre {i % 50}",
                            Latitude = Math.Round(town.Lat + ((random.NextDouble() - 0.5) * 0.2), 5),
                            Longitude = Math.Round(town.Lon + ((random.NextDouble() - 0.5) * 0.3), 5),
                            Addresses =
                            [
                                new OrukAddress
                                {
                                    Id = Guid(seed, "address", i), LocationId = location, Address1 = $"{1 + (i % 200)} High Street", City = town.Town,
                                    StateProvince = "England", PostalCode = $"{town.Area} {1 + random.Next(9)}AB", Country = "GB", AddressType = "physical",
                                },
                            ],
                        },
                    },
                ],
                CostOptions = free ? [] : [new OrukCostOption { Id = Guid(seed, "cost", i), ServiceId = id, Option = "Per session", Amount = 1 + random.Next(10), AmountDescription = "Pay what you can" }],
                Attributes = [new OrukTermLink { Id = Guid(seed, "attribute", i), LinkId = id, TaxonomyTermId = chosen.Id, LinkType = "service", TaxonomyTerm = chosen }],
            };
        }
    }

    private static Guid Guid(int seed, string kind, int i)
    {
        // Stable ids from (seed, kind, i), so the same file imports into the same entries.
        var bytes = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{seed}/{kind}/{i}")))[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x30);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
