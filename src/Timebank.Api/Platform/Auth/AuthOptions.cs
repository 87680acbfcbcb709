namespace Timebank.Api.Platform.Auth;

/// <summary>Bound from <c>Timebank:Auth</c>. Secrets come from configuration or the database, never from the repository.</summary>
public sealed class AuthOptions
{
    public const string Section = "Timebank:Auth";

    /// <summary>Base64 HMAC key (at least 32 bytes) for the tokens this API issues. When unset, one is generated into the database for every node.</summary>
    public string? SigningKey { get; set; }

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>An external OpenID Connect issuer whose tokens are also accepted (with <see cref="Audience"/>).</summary>
    public string? Authority { get; set; }

    public string? Audience { get; set; }

    /// <summary>Only for an issuer on a private network during development.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public int SignInAttemptsPerAccountPerMinute { get; set; } = 10;

    public int SignInAttemptsPerAddressPerMinute { get; set; } = 60;

    /// <summary>Wrong passwords for one email within <see cref="SignInLockoutWindow"/> that lock it for <see cref="SignInLockoutDuration"/>.</summary>
    public int SignInFailuresBeforeLockout { get; set; } = 10;

    public TimeSpan SignInLockoutWindow { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan SignInLockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>PBKDF2 iterations for new password hashes (ASP.NET Core Identity's format; its default is 100,000).</summary>
    public int PasswordHashIterations { get; set; } = 100_000;

    public bool HasExternalIssuer => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(Audience);
}
