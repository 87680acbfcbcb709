using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Timebank.Api.Platform.Auth;

/// <summary>
/// Validates this API's own tokens and remembers, for a few minutes, the ones that passed: a client sends the same
/// token with every request, and checking its signature and claims again each time was a few percent of the CPU
/// under load. Only valid results are kept, by the exact token text; a remembered token is still checked against
/// its lifetime on every use (<paramref name="withinLifetime"/>), and the signing key does not change while the
/// process runs.
/// </summary>
public sealed class RememberingTokenHandler(Func<DateTime?, DateTime?, bool> withinLifetime) : JsonWebTokenHandler, IDisposable
{
    private static readonly TimeSpan RememberFor = TimeSpan.FromMinutes(5);
    private readonly MemoryCache _valid = new(new MemoryCacheOptions { SizeLimit = 20_000 });

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        if (_valid.TryGetValue(token, out TokenValidationResult? known) && known!.SecurityToken is JsonWebToken remembered)
        {
            if (withinLifetime(remembered.ValidFrom, remembered.ValidTo))
                return known;
            _valid.Remove(token);
        }
        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid)
            _valid.Set(token, result, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = RememberFor });
        return result;
    }

    public void Dispose() => _valid.Dispose();
}
