using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Timebank.Api.Platform.GraphQL.Http;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Platform;

/// <summary>The API's own responses carry the security headers; HSTS only on HTTPS outside Development, proxies only when named.</summary>
public sealed class SecurityHeadersTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    [Theory]
    [InlineData("/healthz", "text/plain")]
    [InlineData("/oruk/", "application/json")]
    [InlineData("/oruk/services/not-a-service", "application/json")]
    [InlineData("/graphql?query=%7B__typename%7D", "application/json")]
    [InlineData("/no-such-address", "text/plain")]
    public async Task Every_api_response_refuses_sniffing_framing_and_referrers(string url, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd(accept);
        using var response = await api.CreateClient().SendAsync(request);

        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Single(response, "Referrer-Policy"));
        Assert.Equal("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'", Single(response, "Content-Security-Policy"));
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
    }

    [Fact]
    public async Task The_GraphiQL_page_may_load_only_its_own_bundle_and_call_only_this_api()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await api.CreateClient().SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = Single(response, "Content-Security-Policy");
        Assert.Equal(GraphiQLPage.ContentSecurityPolicy, policy);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("http", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        // Everything the page loads is on this site.
        Assert.Contains("src=\"/graphiql/graphiql.js\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("://", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_web_pages_keep_their_own_policy()
    {
        using var response = await api.CreateClient().GetAsync("/sign-in");

        Assert.Equal(Timebank.Web.Pages.SecurityHeadersFilter.ContentSecurityPolicy, Single(response, "Content-Security-Policy"));
        Assert.Equal("same-origin", Single(response, "Referrer-Policy"));
    }

    [Fact]
    public async Task Development_never_sends_HSTS_even_over_HTTPS()
    {
        using var development = new EnvironmentFactory("Development");

        using var response = await development.CreateClient(Https).GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Production_sends_HSTS_over_HTTPS_and_not_over_plain_HTTP()
    {
        using var production = new EnvironmentFactory("Production");

        using var https = await production.CreateClient(Https).GetAsync("/healthz");
        using var http = await production.CreateClient().GetAsync("/healthz");

        Assert.Equal("max-age=31536000", Single(https, "Strict-Transport-Security"));
        Assert.False(http.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Behind_a_known_proxy_that_ended_TLS_production_sends_HSTS()
    {
        using var production = new EnvironmentFactory("Production", knownProxy: "10.0.0.5");

        var fromProxy = await ForwardedAsync(production, "10.0.0.5");
        var fromElsewhere = await ForwardedAsync(production, "10.0.0.9");

        Assert.Equal("max-age=31536000", fromProxy.Response.Headers.StrictTransportSecurity.ToString());
        Assert.Equal("https", fromProxy.Request.Scheme);
        Assert.Equal("203.0.113.7", fromProxy.Connection.RemoteIpAddress?.ToString());
        Assert.Equal("http", fromElsewhere.Request.Scheme);
        Assert.False(fromElsewhere.Response.Headers.ContainsKey("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Without_a_configured_proxy_forwarded_headers_are_ignored()
    {
        using var production = new EnvironmentFactory("Production");

        var context = await ForwardedAsync(production, "127.0.0.1");

        Assert.Equal("http", context.Request.Scheme);
        Assert.False(context.Response.Headers.ContainsKey("Strict-Transport-Security"));
    }

    private static readonly WebApplicationFactoryClientOptions Https = new() { BaseAddress = new Uri("https://localhost") };

    private static Task<HttpContext> ForwardedAsync(TimebankApiFactory factory, string from)
        => factory.Server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Get;
            context.Request.Scheme = "http";
            context.Request.Path = "/healthz";
            context.Request.Headers["X-Forwarded-Proto"] = "https";
            context.Request.Headers["X-Forwarded-For"] = "203.0.113.7";
            context.Connection.RemoteIpAddress = IPAddress.Parse(from);
        });

    private static string Single(HttpResponseMessage response, string header)
        => Assert.Single(response.Headers.TryGetValues(header, out var values) ? values : response.Content.Headers.GetValues(header));

    private sealed class EnvironmentFactory(string environment, string? knownProxy = null) : TimebankApiFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => knownProxy is null
            ? new Dictionary<string, string?>()
            : new Dictionary<string, string?> { ["Timebank:Edges:KnownProxies:0"] = knownProxy };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment(environment);
        }
    }
}
