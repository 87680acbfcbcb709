using Timebank.Domain.Directory;
using static Timebank.Domain.Tests.Directory.DirectoryWorld;

namespace Timebank.Domain.Tests.Directory;

public sealed class LocalServiceDraftTests
{
    private static DirectoryInputError OnlyProblem(LocalServiceDraft draft)
        => Assert.Single(Assert.IsType<DirectoryEntryInvalid>(Assert.Throws<DomainException>(() => draft.Check(KnownTerm, Today)).Error).Problems);

    [Fact]
    public void A_complete_entry_checks_into_its_content()
    {
        var content = DropIn.Check(KnownTerm, Today);

        Assert.Equal(ServiceStatus.Active, content.Status);
        Assert.Equal("CV1 1FY", content.Locations[0].Addresses[0].PostalCode.Value);
        Assert.Equal("TU", content.Schedules[0].ByDay);
    }

    [Fact]
    public void An_unknown_taxonomy_term_is_refused_at_its_attribute()
    {
        var unknown = Guid.NewGuid();

        var problem = Assert.IsType<UnknownTaxonomyTerm>(OnlyProblem(DropIn with { Attributes = [new AttributeDraft { TaxonomyTermId = CounsellingTerm }, new AttributeDraft { TaxonomyTermId = unknown }] }));

        Assert.Equal("attributes[1].taxonomy_term_id", problem.Path);
        Assert.Equal(unknown, problem.TermId);
        Assert.DoesNotContain(unknown.ToString(), problem.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_schedule_that_does_not_parse_is_refused_at_its_field()
        => Assert.Equal("schedules[0].byday", Assert.IsType<ScheduleDoesNotParse>(OnlyProblem(DropIn with { Schedules = [new ScheduleDraft { Freq = "WEEKLY", ByDay = "Tuesdays" }] })).Path);

    [Fact]
    public void An_upside_down_age_range_is_refused()
    {
        var problem = Assert.IsType<AgeRangeUpsideDown>(OnlyProblem(DropIn with { MinimumAge = 65, MaximumAge = 18 }));

        Assert.Equal("maximum_age: the minimum age (65) is above the maximum age (18)", problem.Message);
    }

    [Fact]
    public void A_negative_cost_is_refused_at_its_option()
        => Assert.Equal("cost_options[0].amount", Assert.IsType<NegativeCost>(OnlyProblem(DropIn with { CostOptions = [new CostOptionDraft { Amount = -1 }] })).Path);

    [Fact]
    public void A_postcode_that_is_not_one_is_refused_at_its_address()
    {
        var location = DropIn.ServiceAtLocations[0] with { Addresses = [DropIn.ServiceAtLocations[0].Addresses[0] with { PostalCode = "CV99 ZZZ" }] };

        var problem = Assert.IsType<NotAPostcode>(OnlyProblem(DropIn with { ServiceAtLocations = [location] }));

        Assert.Equal("service_at_locations[0].location.addresses[0].postal_code", problem.Path);
    }

    [Fact]
    public void A_latitude_beyond_90_is_refused_at_its_location()
        => Assert.Equal("service_at_locations[0].location.latitude",
            Assert.IsType<CoordinateOutOfRange>(OnlyProblem(DropIn with { ServiceAtLocations = [DropIn.ServiceAtLocations[0] with { Latitude = 91 }] })).Path);

    [Fact]
    public void A_megabyte_description_is_refused_by_its_limit()
    {
        var problem = Assert.IsType<TextTooLong>(OnlyProblem(DropIn with { Description = new string('x', 1024 * 1024) }));

        Assert.Equal("description", problem.Path);
        Assert.Equal(DirectoryLimits.DescriptionMaxLength, problem.MaxLength);
    }

    [Fact]
    public void Every_problem_is_reported_at_once_with_its_path()
    {
        var draft = DropIn with
        {
            Name = " ",
            Status = "open",
            MinimumAge = 30,
            MaximumAge = 20,
            CostOptions = [new CostOptionDraft { Amount = -3 }],
            Schedules = [new ScheduleDraft { Freq = "DAILY" }],
            ServiceAtLocations = [DropIn.ServiceAtLocations[0] with { Latitude = 100 }],
        };

        var problems = Assert.IsType<DirectoryEntryInvalid>(Assert.Throws<DomainException>(() => draft.Check(KnownTerm, Today)).Error).Problems;

        Assert.Equal(
            ["name", "status", "maximum_age", "cost_options[0].amount", "schedules[0].freq", "service_at_locations[0].location.latitude"],
            problems.Select(p => p.Path));
    }

    [Fact]
    public void Too_many_parts_is_one_problem()
        => Assert.IsType<TooMany>(OnlyProblem(DropIn with { Schedules = Enumerable.Repeat(DropIn.Schedules[0], DirectoryLimits.MaxSchedules + 1).ToList() }));

    [Fact]
    public void A_blank_status_is_active_and_temporarily_closed_is_read_as_spelled()
    {
        Assert.Equal(ServiceStatus.Active, (DropIn with { Status = null }).Check(KnownTerm, Today).Status);
        Assert.Equal(ServiceStatus.TemporarilyClosed, (DropIn with { Status = "temporarily closed" }).Check(KnownTerm, Today).Status);
    }

    [Fact]
    public void An_assured_date_in_the_future_and_a_bad_url_are_refused()
    {
        Assert.Equal("assured_date", OnlyProblem(DropIn with { AssuredDate = Today.PlusDays(1) }).Path);
        Assert.Equal("url", OnlyProblem(DropIn with { Url = "example/counselling" }).Path);
        Assert.Equal("email", OnlyProblem(DropIn with { Email = "email-example_com" }).Path);
    }

    [Fact]
    public void Addresses_are_in_the_UK_and_name_their_county()
    {
        var address = DropIn.ServiceAtLocations[0].Addresses[0];
        var abroad = DropIn.ServiceAtLocations[0] with { Addresses = [address with { Country = "US" }] };
        var noCounty = DropIn.ServiceAtLocations[0] with { Addresses = [address with { StateProvince = null }] };

        Assert.Equal("service_at_locations[0].location.addresses[0].country", OnlyProblem(DropIn with { ServiceAtLocations = [abroad] }).Path);
        Assert.Equal("service_at_locations[0].location.addresses[0].state_province", OnlyProblem(DropIn with { ServiceAtLocations = [noCounty] }).Path);
    }

    [Fact]
    public void An_id_used_twice_in_one_list_is_refused_at_the_second()
    {
        var id = Guid.NewGuid();

        var problem = OnlyProblem(DropIn with { Schedules = [DropIn.Schedules[0] with { Id = id }, DropIn.Schedules[0] with { Id = id }] });

        Assert.Equal("schedules[1].id", problem.Path);
    }

    [Fact]
    public void A_language_given_only_by_its_id_is_kept_as_the_uk_profile_publishes_it()
    {
        var id = Guid.NewGuid();

        var content = (DropIn with { Languages = [new LanguageDraft { Id = id }] }).Check(KnownTerm, Today);

        Assert.Equal(id, Assert.Single(content.Languages).Id);
    }
}
