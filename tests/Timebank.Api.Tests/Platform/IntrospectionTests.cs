using System.Net;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Platform;

public sealed class IntrospectionTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    /// <summary>The query GraphiQL and most tools send (graphql-js getIntrospectionQuery), deeper than any data query may be.</summary>
    private const string FullIntrospection = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;

    /// <summary>What the bundled GraphiQL sends: graphql-js 16.15's getIntrospectionQuery() with its defaults (nine levels of ofType).</summary>
    internal const string GraphiQLIntrospection = """
        query IntrospectionQuery {
          __schema {
            queryType { name kind } mutationType { name kind } subscriptionType { name kind }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { name kind ofType { name kind ofType { name kind ofType { name kind ofType { name kind ofType { name kind ofType { name kind ofType { name kind ofType { name kind } } } } } } } } }
        }
        """;

    [Fact]
    public async Task The_schema_query_the_bundled_GraphiQL_sends_is_answered()
    {
        var result = (await api.CreateGraphQLClient().PostAsync(GraphiQLIntrospection)).ShouldSucceed();

        Assert.Contains(result.At("__schema.types").EnumerateArray(), t => t.GetProperty("name").GetString() == "Member");
    }

    [Fact]
    public async Task The_full_schema_query_of_GraphiQL_and_other_tools_is_answered()
    {
        var result = (await api.CreateGraphQLClient().PostAsync(FullIntrospection)).ShouldSucceed();

        Assert.Contains(result.At("__schema.types").EnumerateArray(), t => t.GetProperty("name").GetString() == "Member");
    }

    [Fact]
    public async Task Introspection_that_cycles_through_types_is_refused()
    {
        const string cycling = "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }";

        var result = await api.CreateGraphQLClient().PostAsync(cycling);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains("INTROSPECTION_LIMIT", result.ErrorCodes);
    }

    [Fact]
    public async Task Introspection_does_not_lift_the_limits_on_data_in_the_same_operation()
    {
        var member = await api.SignUpAsync();
        var deep = "{ __typename me { memberships(first: 1) { nodes { member { memberships(first: 1) { nodes { member { memberships(first: 1) { nodes { member { memberships(first: 1) { nodes { id } } } } } } } } } } } } }";

        var result = await member.Client.PostAsync(deep);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
    }
}

/// <summary>Introspection is counted however it is repeated; the document-size limit is lifted so only that count can refuse.</summary>
public sealed class IntrospectionCostTests : IDisposable
{
    /// <summary>The schema query of the attack in issue 10: each copy is small, and aliases repeat it.</summary>
    private const string SchemaCopy = "__schema { types { name kind description fields { name description type { name kind ofType { name kind } } args { name } } } }";

    private static readonly string Copies = string.Join(" ", Enumerable.Range(0, 200).Select(i => $"a{i}: {SchemaCopy}"));

    private readonly LiftedDocumentLimitsFactory _api = new();

    [Fact]
    public async Task Aliased_copies_of_a_schema_query_are_counted_and_refused()
    {
        var result = await _api.CreateGraphQLClient().PostAsync($"{{ {Copies} }}");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(["INTROSPECTION_LIMIT"], result.ErrorCodes);
        Assert.False(result.HasData);
    }

    [Fact]
    public async Task Aliased_lists_inside_one_schema_query_are_counted_and_refused()
    {
        var lists = string.Join(" ", Enumerable.Range(0, 200).Select(i => $"a{i}: types {{ name fields {{ name args {{ name }} }} }}"));

        var result = await _api.CreateGraphQLClient().PostAsync($"{{ __schema {{ {lists} }} }}");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(["INTROSPECTION_LIMIT"], result.ErrorCodes);
    }

    [Fact]
    public async Task Introspection_hidden_in_fragments_is_counted_too()
    {
        var result = await _api.CreateGraphQLClient().PostAsync($"{{ ... on Query {{ ...Copies }} }} fragment Copies on Query {{ ... on Query {{ {Copies} }} }}");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(["INTROSPECTION_LIMIT"], result.ErrorCodes);
    }

    [Fact]
    public async Task The_schema_query_of_GraphiQL_still_passes_the_count()
        => (await _api.CreateGraphQLClient().PostAsync(IntrospectionTests.GraphiQLIntrospection)).ShouldSucceed();

    public void Dispose() => _api.Dispose();

    private sealed class LiftedDocumentLimitsFactory : TimebankApiFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Timebank:GraphQL:MaxSelections"] = "100000",
        };
    }
}

/// <summary>However a response came to be, it is not sent past its size limit.</summary>
public sealed class ResponseSizeTests : IDisposable
{
    private readonly SmallResponsesFactory _api = new();

    [Fact]
    public async Task A_response_larger_than_the_limit_is_replaced_by_a_typed_error()
    {
        var result = await _api.CreateGraphQLClient().PostAsync(IntrospectionTests.GraphiQLIntrospection);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(["RESPONSE_TOO_LARGE"], result.ErrorCodes);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, result.Body.GetProperty("data").ValueKind);
        Assert.True(result.Response.Content.Headers.ContentLength < 50_000);
    }

    [Fact]
    public async Task A_response_within_the_limit_is_sent_whole()
        => Assert.Equal("Query", (await _api.CreateGraphQLClient().PostAsync("{ __typename }")).ShouldSucceed().Text("__typename"));

    public void Dispose() => _api.Dispose();

    private sealed class SmallResponsesFactory : TimebankApiFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Timebank:GraphQL:MaxResponseBytes"] = "50000",
        };
    }
}
