using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NodaTime;
using Timebank.Domain.Members;

namespace Timebank.Api.Platform.Auth;

public sealed record IssuedToken(string Token, Instant ExpiresAt);

/// <summary>Issues the bearer tokens returned by signUp and signIn. They carry the member id and nothing personal.</summary>
public sealed class TokenIssuer(SigningKeys keys, IOptions<AuthOptions> options, IClock clock)
{
    public const string Issuer = "timebank";
    public const string Audience = "timebank-api";

    private readonly JsonWebTokenHandler _handler = new();

    public IssuedToken Issue(Member member)
    {
        var now = clock.GetCurrentInstant();
        var expires = now + Duration.FromTimeSpan(options.Value.TokenLifetime);
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = now.ToDateTimeUtc(),
            NotBefore = now.ToDateTimeUtc(),
            Expires = expires.ToDateTimeUtc(),
            Subject = new ClaimsIdentity([
                new Claim(JwtRegisteredClaimNames.Sub, member.Id.Value.ToString()),
                new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
            ]),
            SigningCredentials = new SigningCredentials(keys.Key, SecurityAlgorithms.HmacSha256),
        });
        return new IssuedToken(token, expires);
    }
}
