using NodaTime;

namespace Timebank.Api.Platform.Persistence;

/// <summary>The one place both write paths report what they committed; with no listener registered it costs nothing.</summary>
public sealed class WriteSeam(IEnumerable<IWriteListener> listeners, IClock clock)
{
    private readonly IWriteListener[] _listeners = [.. listeners];

    public bool IsListening => _listeners.Length > 0;

    public void Committed(IReadOnlyList<Write> writes)
    {
        if (_listeners.Length == 0 || writes.Count == 0)
            return;
        var set = new WriteSet(writes, clock.GetCurrentInstant());
        foreach (var listener in _listeners)
            listener.Committed(set);
    }
}
