namespace Timebank.Domain.Common;

/// <summary>
/// The id of a <typeparamref name="T"/>: its own type, so a member's id can never be passed where an organisation's is wanted.
/// New ids are version 7 GUIDs: they sort by creation time to the millisecond, which keeps indexes compact and gives
/// keyset paging a stable order.
/// </summary>
public readonly record struct Id<T>(Guid Value) : IComparable<Id<T>> where T : class
{
    public static Id<T> New() => new(Guid.CreateVersion7());

    public static Id<T> From(Guid value) => new(value);

    public int CompareTo(Id<T> other) => Value.CompareTo(other.Value);

    public static bool operator <(Id<T> left, Id<T> right) => left.CompareTo(right) < 0;
    public static bool operator >(Id<T> left, Id<T> right) => left.CompareTo(right) > 0;
    public static bool operator <=(Id<T> left, Id<T> right) => left.CompareTo(right) <= 0;
    public static bool operator >=(Id<T> left, Id<T> right) => left.CompareTo(right) >= 0;

    public override string ToString() => Value.ToString();
}
