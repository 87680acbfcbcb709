using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Common;

namespace Timebank.Api.Platform.GraphQL.Relay;

/// <summary>The paging arguments of one connection field, checked against the configured limits.</summary>
public sealed record PageRequest(int Size, bool Backward, string? Cursor)
{
    public const string ErrorCode = "PAGING_INVALID";

    public static PageRequest From(IResolveFieldContext context, GraphQLOptions limits)
    {
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        var after = context.GetArgument<string?>("after");
        var before = context.GetArgument<string?>("before");
        if (first is not null && last is not null)
            throw Invalid("Pass either first or last, not both.");
        if (first < 0 || last < 0)
            throw Invalid("first and last must not be negative.");
        if ((first ?? last) > limits.MaxPageSize)
            throw Invalid($"Pages hold at most {limits.MaxPageSize} items.");
        if (last is not null || (first is null && before is not null))
            return new PageRequest(last ?? limits.DefaultPageSize, Backward: true, before);
        return new PageRequest(first ?? limits.DefaultPageSize, Backward: false, after);
    }

    internal static ExecutionError Invalid(string message) => new(message) { Code = ErrorCode };
}

/// <summary>Turns a sort key into an opaque cursor and back.</summary>
public interface ICursorCodec<TKey>
{
    string Encode(TKey key);

    bool TryDecode(string cursor, out TKey key);
}

public sealed class IdCursor<T> : ICursorCodec<Id<T>> where T : class
{
    public static readonly IdCursor<T> Instance = new();

    public string Encode(Id<T> key) => Convert.ToBase64String(Encoding.ASCII.GetBytes("k:" + key.Value.ToString("N")));

    public bool TryDecode(string cursor, out Id<T> key)
    {
        key = default;
        Span<byte> bytes = stackalloc byte[64];
        if (cursor.Length > 64 || !Convert.TryFromBase64String(cursor, bytes, out var length) || length != 34
            || bytes[0] != 'k' || bytes[1] != ':' || !Guid.TryParseExact(Encoding.ASCII.GetString(bytes[2..length]), "N", out var id))
            return false;
        key = Id<T>.From(id);
        return true;
    }
}

/// <summary>
/// Keyset paging: each page is "key greater than the cursor, ordered by key, take n + 1", so deep pages cost the
/// same as the first one (no OFFSET), and the extra row tells whether another page exists.
/// </summary>
public static class KeysetPaging
{
    public static async Task<Connection> PageAsync<TEntity, TKey>(
        IDbContextFactory<TimebankDbContext> databases,
        Func<TimebankDbContext, IQueryable<TEntity>> query,
        Expression<Func<TEntity, TKey>> key,
        ICursorCodec<TKey> cursors,
        PageRequest page,
        CancellationToken cancellationToken)
        where TEntity : class
    {
        List<TEntity> rows;
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
        {
            var source = query(db).AsNoTracking();
            if (TryBound(cursors, page, out var from))
                source = source.Where(Compare(key, from, page.Backward ? ExpressionType.LessThan : ExpressionType.GreaterThan));
            source = page.Backward ? source.OrderByDescending(key) : source.OrderBy(key);
            rows = page.Size == 0 ? [] : await source.Take(page.Size + 1).ToListAsync(cancellationToken);
        }
        return Connect(rows, KeyReader<TEntity, TKey>.Of(key), cursors, page, async () =>
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            return await query(db).CountAsync(cancellationToken);
        });
    }

    /// <summary>
    /// The same page from a precompiled read (a hot list such as the statement): <paramref name="read"/> gets the
    /// cursor's key when there is one and returns up to take rows past it, in the page's direction.
    /// </summary>
    public static async Task<Connection> PageAsync<TEntity, TKey>(
        IDbContextFactory<TimebankDbContext> databases,
        Func<TimebankDbContext, TKey?, bool, int, IAsyncEnumerable<TEntity>> read,
        Func<TimebankDbContext, Task<int>> count,
        Func<TEntity, TKey> keyOf,
        ICursorCodec<TKey> cursors,
        PageRequest page,
        CancellationToken cancellationToken)
        where TKey : struct
    {
        TKey? bound = TryBound(cursors, page, out var key) ? key : null;
        var rows = new List<TEntity>(page.Size + 1);
        if (page.Size > 0)
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            await foreach (var row in read(db, bound, page.Backward, page.Size + 1).WithCancellation(cancellationToken))
                rows.Add(row);
        }
        return Connect(rows, keyOf, cursors, page, async () =>
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            return await count(db);
        });
    }

    /// <summary>The cursor's key when the page starts from one; a cursor this list did not give out is refused.</summary>
    private static bool TryBound<TKey>(ICursorCodec<TKey> cursors, PageRequest page, out TKey key)
    {
        key = default!;
        if (page.Cursor is null)
            return false;
        return cursors.TryDecode(page.Cursor, out key) ? true : throw PageRequest.Invalid("The cursor is not one this list gave out.");
    }

    private static Connection Connect<TEntity, TKey>(List<TEntity> rows, Func<TEntity, TKey> keyOf, ICursorCodec<TKey> cursors, PageRequest page, Func<Task<int>> count)
    {
        var more = rows.Count > page.Size;
        if (more)
            rows.RemoveAt(rows.Count - 1);
        if (page.Backward)
            rows.Reverse();
        var edges = rows.Select(row => new Edge(cursors.Encode(keyOf(row)), row!)).ToList();
        var pageInfo = new PageInfo(
            HasNextPage: !page.Backward && more,
            HasPreviousPage: page.Backward && more,
            StartCursor: edges.FirstOrDefault()?.Cursor,
            EndCursor: edges.LastOrDefault()?.Cursor);
        return new Connection(edges, pageInfo, count);
    }

    private static Expression<Func<TEntity, bool>> Compare<TEntity, TKey>(Expression<Func<TEntity, TKey>> key, TKey value, ExpressionType comparison)
    {
        // Reading the value through a closure object makes EF send it as a parameter, so the query plan is reused.
        var boundary = Expression.Property(Expression.Constant(new Boundary<TKey>(value)), nameof(Boundary<TKey>.Value));
        return Expression.Lambda<Func<TEntity, bool>>(Expression.MakeBinary(comparison, key.Body, boundary), key.Parameters);
    }

    private sealed record Boundary<TKey>(TKey Value);

    /// <summary>Compiled key readers, one per key property: compiling the expression on every page cost more than reading it.</summary>
    private static class KeyReader<TEntity, TKey>
    {
        private static readonly ConcurrentDictionary<MemberInfo, Func<TEntity, TKey>> Compiled = new();

        public static Func<TEntity, TKey> Of(Expression<Func<TEntity, TKey>> key)
            => key.Body is MemberExpression { Expression: ParameterExpression } member
                ? Compiled.GetOrAdd(member.Member, _ => key.Compile())
                : key.Compile();
    }
}

public static class PagingContextExtensions
{
    /// <summary>Pages <paramref name="query"/> by the entity's own time-ordered id, with this field's paging arguments.</summary>
    public static Task<Connection> PageByIdAsync<TEntity>(
        this IResolveFieldContext context,
        Func<TimebankDbContext, IQueryable<TEntity>> query,
        Expression<Func<TEntity, Id<TEntity>>> id)
        where TEntity : class
        => KeysetPaging.PageAsync(
            context.Service<IDbContextFactory<TimebankDbContext>>(),
            query,
            id,
            IdCursor<TEntity>.Instance,
            PageRequest.From(context, context.Service<IOptions<GraphQLOptions>>().Value),
            context.CancellationToken);
}

/// <summary>Cursors over a per-parent sequence number, such as a statement's entry numbers.</summary>
public sealed class SequenceCursor : ICursorCodec<long>
{
    public static readonly SequenceCursor Instance = new();

    public string Encode(long key) => Convert.ToBase64String(Encoding.ASCII.GetBytes("s:" + key.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public bool TryDecode(string cursor, out long key)
    {
        key = 0;
        Span<byte> bytes = stackalloc byte[64];
        return cursor.Length <= 64 && Convert.TryFromBase64String(cursor, bytes, out var length) && length > 2
            && bytes[0] == 's' && bytes[1] == ':'
            && long.TryParse(Encoding.ASCII.GetString(bytes[2..length]), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out key);
    }
}
