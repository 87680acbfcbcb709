using System.Net;
using System.Text;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Platform;

public sealed class GraphQLOverHttpTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    private readonly HttpClient _http = api.CreateClient();

    [Fact]
    public async Task A_query_over_POST_answers_in_graphql_response_json()
    {
        var result = await api.CreateGraphQLClient().PostAsync("{ __typename }");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("application/graphql-response+json; charset=utf-8", result.ContentType);
        Assert.Equal("Query", result.Text("__typename"));
    }

    [Fact]
    public async Task A_query_over_GET_with_variables_is_executed()
    {
        var result = await api.CreateGraphQLClient().GetAsync("query($id: ID!) { node(id: $id) { id } }", new { id = "bm90LWEtbm9kZQ==" });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, result.At("node").ValueKind);
    }

    [Fact]
    public async Task A_mutation_over_GET_is_refused_with_405_and_not_executed()
    {
        var result = await api.CreateGraphQLClient().GetAsync("mutation { signIn(input: { email: \"x@y.org\", password: \"p\" }) { token } }");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, result.Status);
        Assert.Equal("POST", string.Join(",", result.Response.Content.Headers.Allow));
        Assert.False(result.HasData);
        Assert.Contains("METHOD_NOT_ALLOWED", result.ErrorCodes);
    }

    [Fact]
    public async Task Plain_json_clients_get_request_errors_with_status_200()
    {
        var result = await api.CreateGraphQLClient().PostAsync("{ noSuchField }", accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("application/json; charset=utf-8", result.ContentType);
        Assert.False(result.HasData);
        Assert.NotEmpty(result.Errors);
    }

    [Fact]
    public async Task Graphql_response_clients_get_request_errors_with_status_400()
    {
        var result = await api.CreateGraphQLClient().PostAsync("{ noSuchField }");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.False(result.HasData);
    }

    [Fact]
    public async Task A_parse_error_is_a_GraphQL_error_and_never_a_500()
    {
        var result = await api.CreateGraphQLClient().PostAsync("{ unclosed ");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Single(result.Errors);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=utf-16")]
    public async Task POST_bodies_that_are_not_UTF8_JSON_are_refused_with_415(string contentType)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\"}"));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        using var response = await _http.PostAsync("/graphql", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[{\"query\":\"{ __typename }\"}]")]
    [InlineData("{\"query\": 42}")]
    [InlineData("{\"variables\": {}}")]
    [InlineData("{\"query\":\"{ __typename }\", \"variables\": \"oops\"}")]
    [InlineData("null")]
    public async Task Malformed_or_batched_bodies_are_refused_with_400(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await _http.PostAsync("/graphql", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("errors", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bodies_above_the_limit_are_refused_with_413()
    {
        var padding = new string(' ', 300 * 1024);
        using var content = new StringContent("{\"query\":\"{ __typename }" + padding + "\"}", Encoding.UTF8, "application/json");

        using var response = await _http.PostAsync("/graphql", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Other_methods_are_refused_with_405_naming_GET_and_POST()
    {
        using var response = await _http.PutAsync("/graphql", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Select(a => a.Trim()).Order());
    }

    [Fact]
    public async Task A_client_that_accepts_no_JSON_type_gets_406()
    {
        var result = await api.CreateGraphQLClient().PostAsync("{ __typename }", accept: "application/xml");

        Assert.Equal(HttpStatusCode.NotAcceptable, result.Status);
    }

    [Fact]
    public async Task A_browser_gets_GraphiQL_from_the_same_address()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        using var response = await _http.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/graphiql/graphiql.js", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html.Replace("http-equiv", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
