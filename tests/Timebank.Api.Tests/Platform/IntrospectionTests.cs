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
