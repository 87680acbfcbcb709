using Timebank.Domain.Brokerage;
using Timebank.Domain.Directory;
using static Timebank.Domain.Tests.Brokerage.BrokerageWorld;

namespace Timebank.Domain.Tests.Brokerage;

public sealed class BrokerFilterTests
{
    private readonly BrokerageWorld _world = new();

    [Fact]
    public void An_empty_filter_takes_every_broker()
        => Assert.True(new BrokerFilter().Matches(_world.Broker(), []));

    [Theory]
    [InlineData("payments", true)]
    [InlineData("HOUSING", true)]
    [InlineData("gardening", false)]
    public void Skill_matches_part_of_a_skill_in_any_case(string skill, bool expected)
        => Assert.Equal(expected, new BrokerFilter { Skill = skill }.Matches(_world.Broker(), []));

    [Fact]
    public void Every_criterion_given_must_hold()
    {
        var broker = _world.CheckedBroker(Today.PlusDays(10));
        var all = new BrokerFilter
        {
            Skill = "benefits",
            Language = LanguageCode.Parse("en-GB"),
            Area = PostcodeDistrict.Parse("CV2"),
            Format = AccessibleFormats.LargePrint,
            Accreditation = "peer brokerage",
            Available = true,
            CheckInDateOn = Today,
        };

        Assert.True(all.Matches(broker, ["Peer Brokerage Level 2"]));
        Assert.False(all.Matches(broker, []));
        Assert.False((all with { Area = PostcodeDistrict.Parse("B1") }).Matches(broker, ["Peer Brokerage Level 2"]));
        Assert.False((all with { Format = AccessibleFormats.Braille }).Matches(broker, ["Peer Brokerage Level 2"]));
        Assert.False((all with { CheckInDateOn = Today.PlusDays(11) }).Matches(broker, ["Peer Brokerage Level 2"]));
        Assert.False((all with { Available = false }).Matches(broker, ["Peer Brokerage Level 2"]));
    }

    [Fact]
    public void A_searched_skill_raises_relevance()
    {
        var filter = new BrokerFilter { Skill = "housing" };

        Assert.True(filter.Relevance(_world.Broker(), 0, Today) > filter.Relevance(_world.Broker(EasyReadInCv1 with { Skills = ["benefits"] }), 0, Today));
    }
}
