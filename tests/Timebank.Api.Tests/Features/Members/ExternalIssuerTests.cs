using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Members;

public sealed class ExternalIssuerTests : IDisposable
{
    private readonly ExternalIssuerFactory _api = new();

    [Fact]
    public async Task A_token_from_the_configured_issuer_signs_in_a_member_known_by_issuer_and_subject()
    {
        var token = _api.IssueExternalToken("subject-1", "Dee Example", "dee@example.org");

        var first = (await _api.CreateGraphQLClient(token).RunAsync("me")).ShouldSucceed();
        var again = (await _api.CreateGraphQLClient(_api.IssueExternalToken("subject-1", "Dee Example", "dee@example.org")).RunAsync("me")).ShouldSucceed();

        Assert.Equal("Dee Example", first.Text("me.displayName"));
        Assert.Equal("dee@example.org", first.Text("me.email"));
        Assert.Equal(first.Text("me.id"), again.Text("me.id"));
    }

    [Fact]
    public async Task An_external_email_never_attaches_to_an_existing_local_account()
    {
        var local = await _api.SignUpAsync("Local");

        var external = (await _api.CreateGraphQLClient(_api.IssueExternalToken("subject-2", "Impostor", local.Email)).RunAsync("me")).ShouldSucceed();

        Assert.NotEqual(local.Id, external.Text("me.id"));
        Assert.Null(external.Text("me.email"));
    }

    [Fact]
    public async Task A_token_signed_by_another_key_is_refused()
    {
        using var other = RSA.Create(2048);
        var token = ExternalIssuerFactory.Issue(new RsaSecurityKey(other), "subject-3");

        var result = await _api.CreateGraphQLClient(token).RunAsync("me");

        Assert.Equal(HttpStatusCode.Unauthorized, result.Status);
    }

    [Fact]
    public async Task Local_tokens_keep_working_beside_the_external_issuer()
    {
        var ann = await _api.SignUpAsync("Ann");

        (await ann.Client.RunAsync("me")).ShouldSucceed();
    }

    public void Dispose() => _api.Dispose();

    private sealed class ExternalIssuerFactory : TimebankApiFactory
    {
        public const string Authority = "https://idp.example.test";
        public const string Audience = "timebank-external";
        private readonly RSA _rsa = RSA.Create(2048);

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Timebank:Auth:Authority"] = Authority,
            ["Timebank:Auth:Audience"] = Audience,
        };

        protected override void ConfigureServices(IServiceCollection services)
            // Stands in for the issuer's discovery document, which this closed network cannot fetch.
            => services.PostConfigure<JwtBearerOptions>(AuthRegistration.ExternalScheme, options =>
            {
                var configuration = new OpenIdConnectConfiguration { Issuer = Authority };
                configuration.SigningKeys.Add(new RsaSecurityKey(_rsa));
                options.Configuration = configuration;
                options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
            });

        public string IssueExternalToken(string subject, string name, string email)
            => Issue(new RsaSecurityKey(_rsa), subject, name, email);

        public static string Issue(SecurityKey key, string subject, string name = "Someone", string? email = null)
        {
            var claims = new List<Claim> { new("sub", subject), new("name", name) };
            if (email is not null)
                claims.Add(new Claim("email", email));
            return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = Authority,
                Audience = Audience,
                Subject = new ClaimsIdentity(claims),
                Expires = DateTime.UtcNow.AddHours(1),
                SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
            });
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
                _rsa.Dispose();
        }
    }
}
