using Timebank.Domain.Members;

namespace Timebank.Domain.Tests.Common;

public sealed class IdTests
{
    [Fact]
    public void Ids_made_in_different_milliseconds_sort_in_creation_order()
    {
        var ids = new List<Id<Member>>();
        for (var i = 0; i < 20; i++)
        {
            ids.Add(Id<Member>.New());
            Thread.Sleep(2);
        }

        Assert.Equal(ids, ids.Order().ToList());
        Assert.Equal(ids.Select(i => i.Value.ToString()), ids.Select(i => i.Value.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Comparison_operators_agree_with_CompareTo()
    {
        var first = Id<Member>.New();
        var second = Id<Member>.New();

        Assert.True(first.CompareTo(second) != 0);
        Assert.Equal(first.CompareTo(second) < 0, first < second);
        Assert.Equal(first.CompareTo(second) > 0, first > second);
        Assert.Equal(first.CompareTo(second) <= 0, first <= second);
        Assert.Equal(first.CompareTo(second) >= 0, first >= second);
        Assert.Equal(first, Id<Member>.From(first.Value));
    }
}
