using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NodaTime;
using Timebank.Domain.Members;

namespace Timebank.Api.Platform.Auth;

public static class AuthRegistration
{
    public const string Scheme = "Bearer";
    public const string LocalScheme = "Local";
    public const string ExternalScheme = "External";

    public static IServiceCollection AddTimebankAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AuthOptions>(configuration.GetSection(AuthOptions.Section));

        services.AddHttpContextAccessor();
        services.AddSingleton<SigningKeys>();
        // Data Protection keeps its key ring in the database, under one application name wherever a node runs from,
        // so anything it protects on one node opens on another. Its store resolves the context from a scope.
        services.AddScoped<Persistence.TimebankDbContext>(provider => provider.GetRequiredService<IDbContextFactory<Persistence.TimebankDbContext>>().CreateDbContext());
        services.AddDataProtection().SetApplicationName("Timebank").PersistKeysToDbContext<Persistence.TimebankDbContext>();
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<Viewer>();
        services.AddSingleton<Caching.LookupCache>();
        services.AddSingleton<IPasswordHasher<Member>, PasswordHasher<Member>>();
        services.AddOptions<PasswordHasherOptions>().Configure<IOptions<AuthOptions>>((hasher, options) =>
        {
            hasher.CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3;
            hasher.IterationCount = options.Value.PasswordHashIterations;
        });

        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Timebank or external bearer token", policy =>
                policy.ForwardDefaultSelector = context =>
                    context.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.HasExternalIssuer && !IsLocalToken(context)
                        ? ExternalScheme
                        : LocalScheme)
            .AddJwtBearer(LocalScheme, _ => { })
            .AddJwtBearer(ExternalScheme, _ => { });

        services.AddSingleton(provider => new RememberingTokenHandler(
            (notBefore, expires) => WithinLifetime(provider.GetRequiredService<IClock>(), notBefore, expires))
        { MapInboundClaims = false });
        services.AddOptions<JwtBearerOptions>(LocalScheme).Configure<SigningKeys, IClock, RememberingTokenHandler>((options, keys, clock, handler) =>
        {
            options.MapInboundClaims = false;
            options.TokenHandlers.Clear();
            options.TokenHandlers.Add(handler);
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = TokenIssuer.Issuer,
                ValidAudience = TokenIssuer.Audience,
                // Read when a token is checked, not when the options are built: a database that was down at start may be back.
                IssuerSigningKeyResolver = (_, _, _, _) => [keys.Key],
                ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                LifetimeValidator = (notBefore, expires, _, _) => WithinLifetime(clock, notBefore, expires),
            };
            // A web page's request carries its token in the session cookie instead of a header (see WebSession).
            options.Events = new JwtBearerEvents
            {
                OnMessageReceived = context =>
                {
                    if (context.Request.Headers.Authorization.Count == 0)
                        context.Token = Timebank.Web.Session.WebSession.TokenFor(context.HttpContext);
                    return Task.CompletedTask;
                },
            };
        });
        // Used only when Timebank:Auth:Authority and Audience are set (see the selector above).
        services.AddOptions<JwtBearerOptions>(ExternalScheme).Configure<IOptions<AuthOptions>, IClock>((options, auth, clock) =>
        {
            options.Authority = auth.Value.Authority;
            options.Audience = auth.Value.Audience;
            options.RequireHttpsMetadata = auth.Value.RequireHttpsMetadata;
            options.MapInboundClaims = false;
            options.TokenValidationParameters.LifetimeValidator = (notBefore, expires, _, _) => WithinLifetime(clock, notBefore, expires);
        });
        services.AddAuthorization();
        return services;
    }

    /// <summary>Token lifetimes are checked against the same injected clock that issued them (tests move it).</summary>
    private static bool WithinLifetime(IClock clock, DateTime? notBefore, DateTime? expires)
    {
        var now = clock.GetCurrentInstant().ToDateTimeUtc();
        var skew = TimeSpan.FromSeconds(30);
        return (notBefore is null || notBefore.Value.ToUniversalTime() <= now + skew)
            && expires is not null && expires.Value.ToUniversalTime() > now - skew;
    }

    /// <summary>Peeks at the unvalidated issuer only to pick the scheme; the chosen scheme then validates everything.</summary>
    private static bool IsLocalToken(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return true;
        try
        {
            return new JsonWebToken(header["Bearer ".Length..].Trim()).Issuer == TokenIssuer.Issuer;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
