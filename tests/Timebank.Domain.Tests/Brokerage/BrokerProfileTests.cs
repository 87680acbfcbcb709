using Timebank.Domain.Brokerage;
using Timebank.Domain.Directory;
using Timebank.Domain.Members;
using static Timebank.Domain.Tests.Brokerage.BrokerageWorld;

namespace Timebank.Domain.Tests.Brokerage;

public sealed class BrokerProfileTests
{
    private readonly BrokerageWorld _world = new();

    [Fact]
    public void Only_a_member_with_the_broker_role_keeps_a_profile()
    {
        Refused<NotABroker>(() => BrokerProfile.Create(_world.Member(), EasyReadInCv1, _world.Now));

        var profile = _world.Broker();

        Assert.Equal(["CV1", "CV2"], profile.AreasServed.Select(a => a.Value));
        Assert.True(profile.TakesRequests);
    }

    [Fact]
    public void Areas_served_must_be_postcode_districts_and_the_bad_one_is_named()
    {
        var error = Refused<NotAPostcodeDistrict>(() => _world.Broker(EasyReadInCv1 with { AreasServed = ["cv1", "Coventry"] }));

        Assert.Equal("areasServed[1]", error.Path);
        Assert.Contains("Coventry", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Districts_skills_and_languages_are_kept_once_in_one_form()
    {
        var profile = _world.Broker(EasyReadInCv1 with { AreasServed = ["cv1", " CV1 ", "sw1a"], Skills = ["Housing", "housing"], Languages = ["EN", "en-GB", "bfi"] });

        Assert.Equal(["CV1", "SW1A"], profile.AreasServed.Select(a => a.Value));
        Assert.Equal(["Housing"], profile.Skills);
        Assert.Equal(["en", "en-GB", "bfi"], profile.Languages.Select(l => l.Value));
        Assert.True(profile.Speaks(LanguageCode.Parse("en")));
    }

    [Fact]
    public void Only_the_broker_edits_their_profile()
    {
        var profile = _world.Broker();

        Refused<NotAllowed>(() => profile.Update(_world.Coordinator.MemberId, EasyReadInCv1 with { Bio = "changed" }, _world.Now));
        profile.Update(profile.MemberId, EasyReadInCv1 with { Openness = BrokerOpenness.InformalOnly }, _world.Now);

        Assert.False(profile.TakesRequests);
    }

    [Fact]
    public void Lived_experience_is_shown_only_to_signed_in_members_of_the_same_timebank()
    {
        var profile = _world.Broker(EasyReadInCv1 with { LivedExperience = "I have a personal budget myself." });

        Assert.Null(profile.LivedExperienceFor(ProfileViewer.Anonymous));
        Assert.Null(profile.LivedExperienceFor(new ProfileViewer(Id<Member>.New(), IsMemberOfTheTimebank: false)));
        Assert.Equal("I have a personal budget myself.", profile.LivedExperienceFor(new ProfileViewer(Id<Member>.New(), IsMemberOfTheTimebank: true)));
        Assert.NotNull(profile.LivedExperienceFor(new ProfileViewer(profile.MemberId, false)));
    }

    [Fact]
    public void Leaving_lived_experience_blank_shares_nothing_and_removes_what_was_shared()
    {
        var profile = _world.Broker(EasyReadInCv1 with { LivedExperience = "Shared once." });

        profile.Update(profile.MemberId, EasyReadInCv1 with { LivedExperience = "  " }, _world.Now);

        Assert.Null(profile.LivedExperience);
    }

    [Fact]
    public void A_coordinator_records_the_check_and_it_is_in_date_from_the_check_to_its_expiry_day()
    {
        var profile = _world.Broker();
        var checkedOn = Today.PlusYears(-1);

        profile.RecordSafeguardingCheck(_world.Coordinator, checkedOn, Today, Today, _world.Now);

        Assert.False(profile.CheckInDateOn(checkedOn.PlusDays(-1)));
        Assert.True(profile.CheckInDateOn(checkedOn));
        Assert.True(profile.CheckInDateOn(Today));
        Assert.False(profile.CheckInDateOn(Today.PlusDays(1)));
        Assert.Equal(_world.Coordinator.MemberId, profile.SafeguardingCheck!.RecordedBy);
    }

    [Fact]
    public void Nobody_but_another_coordinator_records_a_check()
    {
        var profile = _world.Broker();
        var otherBroker = _world.BrokerMembership();

        Refused<NotAllowed>(() => profile.RecordSafeguardingCheck(otherBroker, Today.PlusYears(-1), Today.PlusYears(2), Today, _world.Now));
        Assert.Null(profile.SafeguardingCheck);
        Assert.False(profile.CheckInDateOn(Today));
    }

    [Fact]
    public void A_broker_profile_with_no_check_is_never_in_date()
        => Assert.False(_world.Broker().CheckInDateOn(Today));
}
