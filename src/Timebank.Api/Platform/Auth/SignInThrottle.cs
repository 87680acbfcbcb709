using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Timebank.Domain.Members;

namespace Timebank.Api.Platform.Auth;

/// <summary>
/// Caps sign-in attempts per account and per client address in a sliding minute, so passwords cannot be guessed
/// quickly from one place or spread across many accounts from one address.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perAccount;
    private readonly PartitionedRateLimiter<string> _perAddress;

    public SignInThrottle(IOptions<AuthOptions> options)
    {
        _perAccount = Limiter(options.Value.SignInAttemptsPerAccountPerMinute);
        _perAddress = Limiter(options.Value.SignInAttemptsPerAddressPerMinute);
    }

    /// <summary>Counts one attempt; returns the refusal when either limit is already spent.</summary>
    public TooManyAttempts? TryAttempt(string account, string address)
    {
        using var byAddress = _perAddress.AttemptAcquire(address);
        if (!byAddress.IsAcquired)
            return Refusal(byAddress);
        using var byAccount = _perAccount.AttemptAcquire(account);
        return byAccount.IsAcquired ? null : Refusal(byAccount);
    }

    private static TooManyAttempts Refusal(RateLimitLease lease)
        => new(lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60);

    private static PartitionedRateLimiter<string> Limiter(int perMinute)
        => PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, perMinute),
            Window = TimeSpan.FromMinutes(1),
            SegmentsPerWindow = 6,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    public void Dispose()
    {
        _perAccount.Dispose();
        _perAddress.Dispose();
    }
}
