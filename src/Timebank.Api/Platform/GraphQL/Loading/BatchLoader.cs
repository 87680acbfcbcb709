using GraphQL.DataLoader;

namespace Timebank.Api.Platform.GraphQL.Loading;

/// <summary>
/// Collects the keys asked for by sibling fields and fetches them in one query. GraphQL.NET runs every resolver of a
/// level before it awaits any <see cref="IDataLoaderResult"/>, so by the first await all keys of the level are queued.
/// One instance lives for one request (register the loader as scoped); results are cached for that request.
/// </summary>
public abstract class BatchLoader<TKey, TValue> where TKey : notnull where TValue : class
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, TaskCompletionSource<TValue?>> _loaded = [];
    private List<TKey> _queued = [];

    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_loaded.TryGetValue(key, out var pending))
            {
                pending = new TaskCompletionSource<TValue?>(TaskCreationOptions.RunContinuationsAsynchronously);
                _loaded.Add(key, pending);
                _queued.Add(key);
            }
            return new Result(this, pending.Task);
        }
    }

    /// <summary>Hands the loader a value this request already has (e.g. just written), so reading it costs no query.</summary>
    public void Prime(TKey key, TValue value)
    {
        lock (_gate)
        {
            if (!_loaded.ContainsKey(key))
                _loaded.Add(key, CompletedWith(value));
        }
    }

    private static TaskCompletionSource<TValue?> CompletedWith(TValue value)
    {
        var done = new TaskCompletionSource<TValue?>();
        done.SetResult(value);
        return done;
    }

    public Task<TValue?> LoadAsync(TKey key, CancellationToken cancellationToken = default)
        => Load(key).GetResultAsync(cancellationToken);

    private async Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<TKey> batch;
        List<TaskCompletionSource<TValue?>> waiting;
        lock (_gate)
        {
            if (_queued.Count == 0)
                return;
            batch = _queued;
            _queued = [];
            waiting = batch.ConvertAll(key => _loaded[key]);
        }
        try
        {
            var found = await FetchAsync(batch, cancellationToken);
            for (var i = 0; i < batch.Count; i++)
                waiting[i].TrySetResult(found.GetValueOrDefault(batch[i]));
        }
        catch (Exception failure)
        {
            foreach (var pending in waiting)
                pending.TrySetException(failure);
            throw;
        }
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, Task<TValue?> value) : IDataLoaderResult<TValue?>
    {
        public async Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            if (!value.IsCompleted)
                await loader.DispatchAsync(cancellationToken);
            return await value;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}

public static class DataLoaderResultExtensions
{
    /// <summary>
    /// Continues with a loaded value while staying deferred, so a field that needs a check on loaded data still lets
    /// its siblings queue their keys first (awaiting the load inside the resolver would query once per row).
    /// </summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> source, Func<T, Task<TResult>> next)
        => new Continuation<T, TResult>(source, next);

    private sealed class Continuation<T, TResult>(IDataLoaderResult<T> source, Func<T, Task<TResult>> next) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default)
            => await next(await source.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}

public static class DataLoaderResultSelect
{
    /// <summary>Maps a loaded value while staying deferred (see <see cref="DataLoaderResultExtensions.Then"/>).</summary>
    public static IDataLoaderResult<TResult> Select<T, TResult>(this IDataLoaderResult<T> source, Func<T, TResult> map)
        => source.Then(value => Task.FromResult(map(value)));
}
