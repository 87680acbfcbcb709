using NodaTime;
using Timebank.Domain.Directory;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Tests.Directory;

/// <summary>A user-led group with a coordinator, and a full ORUK-shaped entry, for the directory tests.</summary>
internal sealed class DirectoryWorld
{
    public static readonly LocalDate Today = new(2026, 3, 10);
    public static readonly Instant Now = Instant.FromUtc(2026, 3, 10, 10, 0);
    public static readonly Guid CounsellingTerm = Guid.Parse("3f7b145d-84af-42d7-8fae-eaca714b02b2");

    public Organisation Group { get; }
    public Membership Coordinator { get; }

    public DirectoryWorld()
        => (Group, Coordinator) = Organisation.Create(OrganisationName.Parse("Peer Support Coventry"), OrganisationKind.UserLedGroup, Id<Member>.New(), Now);

    public static bool KnownTerm(Id<TaxonomyTerm> term) => term.Value == CounsellingTerm;

    /// <summary>A free drop-in on Tuesday afternoons in Coventry city centre.</summary>
    public static LocalServiceDraft DropIn => new()
    {
        Name = "Tuesday peer support drop-in",
        Description = "Come and talk to people who have used services.",
        Url = "https://example.org/drop-in",
        Email = "hello@example.org",
        Status = "active",
        MinimumAge = 18,
        Schedules = [new ScheduleDraft { Freq = "WEEKLY", ByDay = "TU", OpensAt = "13:00", ClosesAt = "16:00", Description = "Tuesdays 1pm to 4pm" }],
        ServiceAreas = [new ServiceAreaDraft { Name = "CV1", ServiceArea = "Coventry city centre" }],
        ServiceAtLocations =
        [
            new LocationDraft
            {
                Name = "Central Library",
                Latitude = 52.4068,
                Longitude = -1.5197,
                Addresses = [new AddressDraft { Address1 = "Smithford Way", City = "Coventry", StateProvince = "West Midlands", PostalCode = "cv1 1fy", Country = "GB", AddressType = "physical" }],
            },
        ],
        Contacts = [new ContactDraft { Name = "Ann Persona", Title = "Coordinator" }],
        Attributes = [new AttributeDraft { TaxonomyTermId = CounsellingTerm, LinkType = "service" }],
        Languages = [new LanguageDraft { Name = "English", Code = "en" }],
    };

    public LocalService Listed(LocalServiceDraft? draft = null)
        => LocalService.List(Coordinator, (draft ?? DropIn).Check(KnownTerm, Today), Today, Now);
}
