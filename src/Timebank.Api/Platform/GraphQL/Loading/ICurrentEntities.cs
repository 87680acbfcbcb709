namespace Timebank.Api.Platform.GraphQL.Loading;

/// <summary>
/// Entities of a type <see cref="ByIdLoader{T}"/> may answer without a query: kept current by whoever writes them
/// (the ledger writer's committed accounts), or kept briefly after a read. What it reads from the database it offers back.
/// </summary>
public interface ICurrentEntities<T> where T : class
{
    /// <summary>Changes whenever the whole set is dropped; an offer made with an older one is ignored.</summary>
    long Generation { get; }

    bool TryGet(Id<T> id, out T? entity);

    /// <summary>An entity read from the database after <paramref name="generation"/> was taken; kept only if nothing newer is known.</summary>
    void Offer(Id<T> id, T entity, long generation);
}
