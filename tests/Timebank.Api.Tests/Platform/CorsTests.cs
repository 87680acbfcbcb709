using System.Net;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Platform;

/// <summary>/graphql answers other origins only from Timebank:Cors:AllowedOrigins; the ORUK API stays open to all.</summary>
public sealed class CorsTests(CorsTests.AllowListFactory api) : IClassFixture<CorsTests.AllowListFactory>
{
    private const string Listed = "https://partner.example.org";
    private readonly AllowListFactory _api = api;

    [Fact]
    public async Task A_preflight_from_a_listed_origin_is_allowed()
    {
        using var response = await PreflightAsync(_api, Listed);

        Assert.Equal(Listed, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        var methods = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Methods"));
        Assert.Contains("POST", methods, StringComparison.Ordinal);
        var headers = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers"));
        Assert.Contains("authorization", headers, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_preflight_from_an_unlisted_origin_gets_no_cors_headers()
    {
        using var response = await PreflightAsync(_api, "https://elsewhere.example.org");

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Methods"));
    }

    [Fact]
    public async Task A_post_from_a_listed_origin_can_be_read_and_one_from_elsewhere_cannot()
    {
        using var listed = await PostAsync(_api, Listed);
        using var elsewhere = await PostAsync(_api, "https://elsewhere.example.org");

        Assert.Equal(Listed, Assert.Single(listed.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.False(elsewhere.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task By_default_no_origin_may_call_graphql()
    {
        using var defaults = new TimebankApiFactory();

        using var preflight = await PreflightAsync(defaults, Listed);
        using var post = await PostAsync(defaults, Listed);

        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(post.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task The_oruk_api_stays_open_to_every_origin()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/oruk/services");
        request.Headers.Add("Origin", "https://anyone.example.org");
        using var response = await _api.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    private static async Task<HttpResponseMessage> PreflightAsync(TimebankApiFactory api, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return await api.CreateClient().SendAsync(request);
    }

    private static async Task<HttpResponseMessage> PostAsync(TimebankApiFactory api, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{\"query\":\"{ __typename }\"}", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", origin);
        return await api.CreateClient().SendAsync(request);
    }

    /// <summary>One API for the class, with the settings these tests need.</summary>
    public sealed class AllowListFactory : TimebankApiFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Timebank:Cors:AllowedOrigins:0"] = Listed,
        };
    }
}
