using NodaTime;

namespace Timebank.Api.Platform.Auth;

/// <summary>
/// The attempts each key made in the last window (a sliding log), so a refusal can say exactly when the oldest one
/// leaves the window. Keys with nothing left in the window are swept, so memory follows recent traffic only.
/// Not thread-safe: <see cref="SignInThrottle"/> locks around it.
/// </summary>
internal sealed class AttemptLog(int limit, Duration window)
{
    private readonly Dictionary<string, Queue<Instant>> _attempts = new(StringComparer.Ordinal);
    private Instant? _lastSweep;

    public int Limit { get; } = Math.Max(1, limit);

    /// <summary>How long until <paramref name="key"/> may try again; null when it may try now.</summary>
    public Duration? WaitFor(string key, Instant now)
    {
        Sweep(now);
        if (!_attempts.TryGetValue(key, out var attempts))
            return null;
        Expire(attempts, now);
        return attempts.Count < Limit ? null : Duration.Min(window, attempts.Peek() + window - now);
    }

    public void Record(string key, Instant now)
    {
        if (!_attempts.TryGetValue(key, out var attempts))
            _attempts[key] = attempts = new Queue<Instant>(Math.Min(Limit, 16));
        attempts.Enqueue(now);
    }

    public void Forget(string key) => _attempts.Remove(key);

    /// <summary>Drops attempts older than the window, and all of them if the clock was set back past the newest.</summary>
    private void Expire(Queue<Instant> attempts, Instant now)
    {
        if (attempts.Count > 0 && attempts.Last() > now)
            attempts.Clear();
        while (attempts.Count > 0 && attempts.Peek() + window <= now)
            attempts.Dequeue();
    }

    private void Sweep(Instant now)
    {
        if (_lastSweep is { } last && now - last < window && now >= last)
            return;
        _lastSweep = now;
        foreach (var (key, attempts) in _attempts.ToList())
        {
            Expire(attempts, now);
            if (attempts.Count == 0)
                _attempts.Remove(key);
        }
    }
}
