using Timebank.Domain.Brokerage;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Tests.Brokerage;

public sealed class LocalNewsPostTests
{
    private readonly BrokerageWorld _world = new();

    [Fact]
    public void Only_a_coordinator_posts_news()
    {
        BrokerageWorld.Refused<NotAllowed>(() => LocalNewsPost.Publish(_world.Member(), "Budgets", "Text", NewsTopic.BudgetAdministration, _world.Now));

        var post = LocalNewsPost.Publish(_world.Coordinator, "How budgets are set this year", "The council now uses…", NewsTopic.BudgetAdministration, _world.Now);

        Assert.Equal(_world.Timebank.Id, post.OrganisationId);
    }

    [Fact]
    public void Members_read_news_newest_first()
    {
        var first = LocalNewsPost.Publish(_world.Coordinator, "One", "Text", NewsTopic.General, _world.Now);
        _world.Clock.AdvanceMinutes(5);
        var second = LocalNewsPost.Publish(_world.Coordinator, "Two", "Text", NewsTopic.PolicyChange, _world.Now);
        var sameInstant = LocalNewsPost.Publish(_world.Coordinator, "Three", "Text", NewsTopic.PolicyChange, _world.Now);

        // Ids made in the same millisecond are not in creation order, so posts of one instant are held to one order: by id.
        var (higher, lower) = sameInstant.Id > second.Id ? (sameInstant, second) : (second, sameInstant);
        Assert.Equal([higher, lower, first], new[] { first, sameInstant, second }.Order(LocalNewsPost.NewestFirst));
        Assert.Equal([higher, lower, first], new[] { second, first, sameInstant }.Order(LocalNewsPost.NewestFirst));
    }

    [Fact]
    public void Only_active_members_of_the_organisation_read_it_and_a_withdrawn_post_is_gone()
    {
        var post = LocalNewsPost.Publish(_world.Coordinator, "One", "Text", NewsTopic.General, _world.Now);
        var member = _world.Member();
        var outsider = new BrokerageWorld().Member();

        Assert.True(post.MayBeReadBy(member));
        Assert.False(post.MayBeReadBy(outsider));
        Assert.False(post.MayBeReadBy(null));
        Assert.False(post.MayBeReadBy(_world.Timebank.RequestToJoin(Id<Member>.New(), null, _world.Now)));

        post.Withdraw(_world.Coordinator, _world.Now);
        Assert.False(post.MayBeReadBy(member));
    }
}
