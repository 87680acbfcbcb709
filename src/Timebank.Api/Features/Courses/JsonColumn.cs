using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Timebank.Api.Features.Courses;

/// <summary>
/// Small lists of values inside an aggregate (a cohort's facilitators, a session's modules) kept as one JSON text
/// column: they are always read and written with their parent, and no query looks inside them.
/// </summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static ValueConverter<List<T>, string> Converter<T, TStored>(Func<T, TStored> store, Func<TStored, T> load)
        => new(list => JsonSerializer.Serialize(list.Select(store).ToList(), Options),
            text => (JsonSerializer.Deserialize<List<TStored>>(text, Options) ?? new List<TStored>()).Select(load).ToList());

    public static ValueComparer<List<T>> Comparer<T>()
        => new((a, b) => (a == null && b == null) || (a != null && b != null && a.SequenceEqual(b)),
            list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item == null ? 0 : item.GetHashCode())),
            list => list.ToList());

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string text) => JsonSerializer.Deserialize<T>(text, Options)!;
}
