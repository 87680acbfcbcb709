namespace Timebank.Api.Platform.GraphQL;

/// <summary>
/// An input field that may be left out: GraphQL tells "not sent" from an explicit null, and so does this, so an
/// update changes only what it was sent (null clears, absent keeps).
/// </summary>
public readonly record struct Given<T>(bool IsSet, T Value)
{
    public static Given<T> Absent => default;

    public T Or(T current) => IsSet ? Value : current;

    /// <summary>The field of a parsed input object, as sent (absent when the client left it out).</summary>
    public static Given<T> From(IDictionary<string, object?> input, string field, Func<object?, T> convert)
        => input.TryGetValue(field, out var value) ? new Given<T>(true, convert(value)) : Absent;
}
