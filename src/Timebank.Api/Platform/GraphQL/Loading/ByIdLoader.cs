using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Timebank.Api.Platform.Persistence;

namespace Timebank.Api.Platform.GraphQL.Loading;

/// <summary>Entities of one type by their <c>Id</c>, one query per level of a response however many fields ask.</summary>
public sealed class ByIdLoader<T>(IDbContextFactory<TimebankDbContext> databases) : BatchLoader<Id<T>, T> where T : class
{
    private static readonly Func<T, Id<T>> IdOf = CompileIdAccessor();

    protected override async Task<IReadOnlyDictionary<Id<T>, T>> FetchAsync(IReadOnlyList<Id<T>> keys, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
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
