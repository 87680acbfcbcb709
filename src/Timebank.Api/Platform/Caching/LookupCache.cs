using Microsoft.Extensions.Caching.Memory;

namespace Timebank.Api.Platform.Caching;

/// <summary>
/// Small look-ups that would otherwise cost a query on every request (who belongs where, which account is whose).
/// Entries that never change are kept until evicted; those that can change are kept briefly and dropped at once
/// when this process changes them. Another API process sharing the database sees a change within the entry's lifetime.
/// </summary>
public sealed class LookupCache : IDisposable
{
    /// <summary>How long a look-up that can change elsewhere (memberships, settings) is trusted.</summary>
    public static readonly TimeSpan Changeable = TimeSpan.FromSeconds(5);

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = 200_000 });

    public async Task<T> GetOrLoadAsync<T>(object key, TimeSpan? lifetime, Func<Task<T>> load)
    {
        if (_entries.TryGetValue(key, out T? cached))
            return cached!;
        var loaded = await load();
        Set(key, loaded, lifetime);
        return loaded;
    }

    public bool TryGet<T>(object key, out T? value) => _entries.TryGetValue(key, out value);

    public void Set<T>(object key, T value, TimeSpan? lifetime)
    {
        var options = new MemoryCacheEntryOptions { Size = 1 };
        if (lifetime is { } trusted)
            options.AbsoluteExpirationRelativeToNow = trusted;
        _entries.Set(key, value, options);
    }

    public void Forget(object key) => _entries.Remove(key);

    public void Dispose() => _entries.Dispose();
}
