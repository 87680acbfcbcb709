using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Timebank.Api.Platform.Caching;
using Timebank.Api.Platform.Persistence;

namespace Timebank.Api.Platform.GraphQL.Loading;

/// <summary>Entity types that change rarely enough to be kept briefly in <see cref="LookupCache"/> (members, organisations).</summary>
public sealed record CacheableEntity(Type Type);

/// <summary>
/// Entities of one type by their <c>Id</c>, one query per level of a response however many fields ask.
/// Types registered as <see cref="CacheableEntity"/> are answered from the look-up cache when they were read lately;
/// types with an <see cref="ICurrentEntities{T}"/> from there.
/// </summary>
public sealed class ByIdLoader<T>(
    IDbContextFactory<TimebankDbContext> databases, LookupCache cache, IEnumerable<CacheableEntity> cacheable, IEnumerable<ICurrentEntities<T>> current)
    : BatchLoader<Id<T>, T> where T : class
{
    // Where ids are looked for before a query, if anywhere: the type's own current set, or the brief look-up cache.
    private readonly ICurrentEntities<T>? _known = current.SingleOrDefault()
        ?? (cacheable.Any(c => c.Type == typeof(T)) ? new BrieflyCached(cache) : null);

    private static readonly Func<T, Id<T>> IdOf = CompileIdAccessor();

    // Compiled once: most batches are a single id (a `me`, an `account(id)`), and a compiled query skips EF's
    // per-call expression work, which costs more than the query itself on a small row.
    private static readonly Func<TimebankDbContext, Id<T>, Task<T?>> One = EF.CompileAsyncQuery(
        (TimebankDbContext db, Id<T> id) => db.Set<T>().AsNoTracking().FirstOrDefault(entity => EF.Property<Id<T>>(entity, "Id") == id));

    protected override async Task<IReadOnlyDictionary<Id<T>, T>> FetchAsync(IReadOnlyList<Id<T>> keys, CancellationToken cancellationToken)
    {
        if (_known is not { } current)
            return await QueryAsync(keys, cancellationToken);
        var generation = current.Generation;
        var found = new Dictionary<Id<T>, T>();
        var missing = new List<Id<T>>();
        foreach (var key in keys)
        {
            if (current.TryGet(key, out var known))
                found[key] = known!;
            else
                missing.Add(key);
        }
        if (missing.Count > 0)
        {
            foreach (var (key, entity) in await QueryAsync(missing, cancellationToken))
            {
                current.Offer(key, entity, generation);
                found[key] = entity;
            }
        }
        return found;
    }

    /// <summary>Entities kept briefly in the look-up cache: what was read lately stands for a few seconds.</summary>
    private sealed class BrieflyCached(LookupCache cache) : ICurrentEntities<T>
    {
        public long Generation => 0;

        public bool TryGet(Id<T> id, out T? entity) => cache.TryGet(id, out entity);

        public void Offer(Id<T> id, T entity, long generation) => cache.Set(id, entity, LookupCache.Changeable);
    }

    /// <summary>Drops a cached entity this process has just changed.</summary>
    public static void Forget(LookupCache cache, Id<T> id) => cache.Forget(id);

    private async Task<IReadOnlyDictionary<Id<T>, T>> QueryAsync(IReadOnlyList<Id<T>> keys, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        if (keys.Count == 1)
        {
            return await One(db, keys[0]) is { } found
                ? new Dictionary<Id<T>, T> { [keys[0]] = found }
                : new Dictionary<Id<T>, T>();
        }
        return await db.Set<T>().AsNoTracking()
            .Where(entity => keys.Contains(EF.Property<Id<T>>(entity, "Id")))
            .ToDictionaryAsync(IdOf, cancellationToken);
    }

    private static Func<T, Id<T>> CompileIdAccessor()
    {
        var entity = Expression.Parameter(typeof(T));
        return Expression.Lambda<Func<T, Id<T>>>(Expression.Property(entity, "Id"), entity).Compile();
    }
}
