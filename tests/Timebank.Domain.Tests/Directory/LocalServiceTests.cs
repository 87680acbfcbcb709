using NodaTime;
using Timebank.Domain.Directory;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using static Timebank.Domain.Tests.Directory.DirectoryWorld;

namespace Timebank.Domain.Tests.Directory;

public sealed class LocalServiceTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private readonly DirectoryWorld _world = new();

    [Fact]
    public void Listing_belongs_to_the_group_and_confirms_the_entry_today()
    {
        var service = _world.Listed();

        Assert.Equal(_world.Group.Id, service.OrganisationId);
        Assert.Equal(Today, service.AssuredDate);
        Assert.Equal(Now, service.LastModified);
        Assert.False(service.NeedsConfirmation(Today));
    }

    [Fact]
    public void Only_a_coordinator_of_the_group_lists_an_entry()
    {
        var member = _world.Group.Enrol(Id<Member>.New(), _world.Coordinator, Now);

        Assert.IsType<NotAllowed>(Assert.Throws<DomainException>(() => LocalService.List(member, DropIn.Check(KnownTerm, Today), Today, Now)).Error);
    }

    [Fact]
    public void Editing_another_groups_entry_is_refused_and_nothing_changes()
    {
        var service = _world.Listed();
        var other = new DirectoryWorld();

        var error = Assert.Throws<DomainException>(() => service.Update(other.Coordinator, (DropIn with { Name = "Taken over" }).Check(KnownTerm, Today), Today, Now)).Error;

        Assert.IsType<NotYourEntry>(error);
        Assert.Equal("Tuesday peer support drop-in", service.Name);
        Assert.IsType<NotYourEntry>(Assert.Throws<DomainException>(() => service.Archive(other.Coordinator, Now)).Error);
    }

    [Fact]
    public void Entries_not_confirmed_for_twelve_months_are_flagged()
    {
        var service = _world.Listed();

        Assert.False(service.NeedsConfirmation(Today.PlusMonths(12).PlusDays(-1)));
        Assert.True(service.NeedsConfirmation(Today.PlusMonths(12)));

        service.ConfirmCurrent(_world.Coordinator, "check@example.org", Today.PlusMonths(12), Now);
        Assert.False(service.NeedsConfirmation(Today.PlusMonths(12)));
        Assert.Equal("check@example.org", service.AssurerEmail);
    }

    [Fact]
    public void An_archived_entry_cannot_be_changed()
    {
        var service = _world.Listed();
        service.Archive(_world.Coordinator, Now);

        Assert.True(service.IsArchived);
        Assert.IsType<EntryArchived>(Assert.Throws<DomainException>(() => service.Update(_world.Coordinator, DropIn.Check(KnownTerm, Today), Today, Now)).Error);
    }

    [Fact]
    public void It_is_free_with_no_cost_options_or_only_free_ones()
    {
        Assert.True(_world.Listed().IsFree);
        Assert.True(_world.Listed(DropIn with { CostOptions = [new CostOptionDraft { Amount = 0, Option = "Everyone" }] }).IsFree);
        Assert.False(_world.Listed(DropIn with { CostOptions = [new CostOptionDraft { Amount = 0 }, new CostOptionDraft { Amount = 2.5m }] }).IsFree);
        Assert.False(_world.Listed(DropIn with { CostOptions = [new CostOptionDraft { Option = "Ask us" }] }).IsFree);
    }

    [Fact]
    public void A_free_service_open_on_Tuesday_afternoon_within_two_kilometres_is_found()
    {
        var service = _world.Listed();
        var tuesdayAfternoon = London.AtStrictly(new LocalDateTime(2026, 3, 3, 14, 30));
        var station = GeoPoint.Of(52.4008, -1.5135);

        Assert.True(service.IsFree);
        Assert.True(service.IsOpenAt(tuesdayAfternoon));
        Assert.InRange(service.NearestKm(station)!.Value, 0.5, 2.0);
        Assert.False(service.IsOpenAt(tuesdayAfternoon.PlusHours(24)));
    }

    [Fact]
    public void Age_range_and_area_are_matched()
    {
        var service = _world.Listed(DropIn with { MinimumAge = 18, MaximumAge = 25 });

        Assert.False(service.ServesAge(17));
        Assert.True(service.ServesAge(18));
        Assert.True(service.ServesAge(25));
        Assert.False(service.ServesAge(26));
        Assert.True(service.Covers(PostcodeDistrict.Parse("CV1")));
        Assert.False(service.Covers(PostcodeDistrict.Parse("CV6")));
        Assert.True(service.IsClassifiedAs(Id<TaxonomyTerm>.From(CounsellingTerm)));
    }

    [Fact]
    public void An_import_keeps_the_sources_id_and_assured_date_and_only_its_owner_reimports_it()
    {
        var sourceId = Guid.Parse("ac148810-d857-441c-9679-408f346de14b");
        var content = (DropIn with { AssuredDate = new LocalDate(2025, 1, 15) }).Check(KnownTerm, Today);

        var service = LocalService.Import(_world.Group.Id, sourceId, content, Now);

        Assert.Equal(sourceId, service.Id.Value);
        Assert.Equal(new LocalDate(2025, 1, 15), service.AssuredDate);
        Assert.IsType<NotYourEntry>(Assert.Throws<DomainException>(() => service.Reimport(Id<Organisation>.New(), content, Now)).Error);
        service.Reimport(_world.Group.Id, content with { Name = "Renamed at source" }, Now + Duration.FromHours(1));
        Assert.Equal("Renamed at source", service.Name);
        Assert.Equal(Now + Duration.FromHours(1), service.LastModified);
    }

    [Fact]
    public void Ids_given_are_kept_so_an_export_writes_back_the_sources_ids()
    {
        var scheduleId = Guid.Parse("48102e86-bb50-41c4-8f1e-e269368c41d1");
        var siteId = Guid.Parse("e94c9f38-1e8f-4564-91d4-d53501ab1765");
        var locationId = Guid.Parse("3a19ff88-4620-4d17-9830-ac1d859eb5d5");

        var service = _world.Listed(DropIn with
        {
            Schedules = [DropIn.Schedules[0] with { Id = scheduleId }],
            ServiceAtLocations = [DropIn.ServiceAtLocations[0] with { ServiceAtLocationId = siteId, Id = locationId }],
        });

        Assert.Equal(scheduleId, service.Schedules[0].Id.Value);
        Assert.Equal(siteId, service.Locations[0].Id.Value);
        Assert.Equal(locationId, service.Locations[0].LocationId);
    }
}
