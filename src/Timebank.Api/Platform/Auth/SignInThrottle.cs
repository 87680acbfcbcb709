using Microsoft.Extensions.Options;
using NodaTime;
using Timebank.Domain.Members;

namespace Timebank.Api.Platform.Auth;

/// <summary>
/// Caps attempts with a password (sign-in, and sign-up, which signs in an address's owner) per email and per client
/// address in a sliding minute, so passwords cannot be guessed quickly from one place or spread across many
/// accounts from one address, and addresses cannot be tried in bulk. Counted on the injected clock.
/// </summary>
public sealed class SignInThrottle(IOptions<AuthOptions> options, IClock clock)
{
    private static readonly Duration Window = Duration.FromMinutes(1);

    private readonly AttemptLog _perAccount = new(options.Value.SignInAttemptsPerAccountPerMinute, Window);
    private readonly AttemptLog _perAddress = new(options.Value.SignInAttemptsPerAddressPerMinute, Window);
    private readonly Lock _lock = new();

    /// <summary>Counts one attempt; returns the refusal, with the real seconds left, when either limit is spent.</summary>
    public TooManyAttempts? TryAttempt(string account, string address)
    {
        var now = clock.GetCurrentInstant();
        lock (_lock)
        {
            var byAddress = _perAddress.WaitFor(address, now);
            var byAccount = _perAccount.WaitFor(account, now);
            if (byAddress is not null || byAccount is not null)
            {
                var wait = Duration.Max(byAddress ?? Duration.Zero, byAccount ?? Duration.Zero);
                return new TooManyAttempts(Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)));
            }
            _perAddress.Record(address, now);
            _perAccount.Record(account, now);
            return null;
        }
    }
}
