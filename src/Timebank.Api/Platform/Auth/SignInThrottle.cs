using Microsoft.Extensions.Options;
using NodaTime;
using Timebank.Domain.Members;

namespace Timebank.Api.Platform.Auth;

/// <summary>
/// Caps attempts with a password (sign-in, and sign-up, which signs in an address's owner) per email and per client
/// address in a sliding minute, so passwords cannot be guessed quickly from one place or spread across many
/// accounts from one address, and addresses cannot be tried in bulk. Wrong passwords also add up: enough of them for
/// one email within the lockout window lock that email for the lockout duration, whether or not it has an account,
/// so the refusal says nothing about which emails are registered. Counted on the injected clock.
/// </summary>
public sealed class SignInThrottle(IOptions<AuthOptions> options, IClock clock)
{
    private static readonly Duration Window = Duration.FromMinutes(1);

    private readonly AttemptLog _perAccount = new(options.Value.SignInAttemptsPerAccountPerMinute, Window);
    private readonly AttemptLog _perAddress = new(options.Value.SignInAttemptsPerAddressPerMinute, Window);
    private readonly AttemptLog _failures = new(options.Value.SignInFailuresBeforeLockout, Duration.FromTimeSpan(options.Value.SignInLockoutWindow));
    private readonly Duration _lockout = Duration.FromTimeSpan(options.Value.SignInLockoutDuration);
    private readonly Dictionary<string, Instant> _lockedUntil = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>Counts one attempt; returns the refusal, with the real seconds left, when the email is locked or either limit is spent.</summary>
    public TooManyAttempts? TryAttempt(string account, string address)
    {
        var now = clock.GetCurrentInstant();
        lock (_lock)
        {
            var locked = LockedFor(account, now);
            var byAddress = _perAddress.WaitFor(address, now);
            var byAccount = _perAccount.WaitFor(account, now);
            if (locked is not null || byAddress is not null || byAccount is not null)
            {
                var wait = Duration.Max(locked ?? Duration.Zero, Duration.Max(byAddress ?? Duration.Zero, byAccount ?? Duration.Zero));
                return new TooManyAttempts(Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)));
            }
            _perAddress.Record(address, now);
            _perAccount.Record(account, now);
            return null;
        }
    }

    /// <summary>A wrong password (or an unknown email) for <paramref name="account"/>; the last one allowed starts the lockout.</summary>
    public void Failed(string account)
    {
        var now = clock.GetCurrentInstant();
        lock (_lock)
        {
            _failures.Record(account, now);
            if (_failures.WaitFor(account, now) is null)
                return;
            _failures.Forget(account);
            if (_lockedUntil.Count >= 1024)
                SweepLocks(now);
            _lockedUntil[account] = now + _lockout;
        }
    }

    /// <summary>The right password starts the count again.</summary>
    public void Succeeded(string account)
    {
        lock (_lock)
            _failures.Forget(account);
    }

    /// <summary>Keeps memory to the locks still running, however many emails were tried.</summary>
    private void SweepLocks(Instant now)
    {
        foreach (var (account, until) in _lockedUntil.ToList())
        {
            if (until <= now)
                _lockedUntil.Remove(account);
        }
    }

    private Duration? LockedFor(string account, Instant now)
    {
        if (!_lockedUntil.TryGetValue(account, out var until))
            return null;
        // Also ends a lock the clock was set back from, as AttemptLog does for attempts.
        if (until <= now || until - now > _lockout)
        {
            _lockedUntil.Remove(account);
            return null;
        }
        return until - now;
    }
}
