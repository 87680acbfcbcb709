using System.Net;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Platform;

public sealed class LimitsTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    private const string NestedLists = """
        query($n: Int) {
          organisations(first: $n) { nodes { members(first: $n) { nodes { member { memberships(first: $n) { nodes { id } } } } } } }
        }
        """;

    [Fact]
    public async Task A_query_deeper_than_the_limit_is_refused_before_execution()
    {
        var member = await api.SignUpAsync();
        var deep = "{ me { memberships(first: 1) { nodes { member { memberships(first: 1) { nodes { member { memberships(first: 1) { nodes { member { memberships(first: 1) { nodes { id } } } } } } } } } } } } }";

        var result = await member.Client.PostAsync(deep);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.False(result.HasData);
        Assert.Contains("depth", result.Errors[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Complexity_follows_the_variables_even_when_the_document_is_cached()
    {
        var member = await api.SignUpAsync();

        var small = await member.Client.PostAsync(NestedLists, new { n = 2 });
        var large = await member.Client.PostAsync(NestedLists, new { n = 50 });

        small.ShouldSucceed();
        Assert.Equal(HttpStatusCode.BadRequest, large.Status);
        Assert.Contains("complex", large.Errors[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Pages_larger_than_the_maximum_are_refused()
    {
        var member = await api.SignUpAsync();

        var result = await member.Client.PostAsync("{ organisations(first: 51) { totalCount } }");

        Assert.Contains("PAGING_INVALID", result.ErrorCodes);
    }

    [Fact]
    public async Task A_mutation_with_too_many_aliased_root_fields_is_refused_whole()
    {
        var aliases = string.Join(" ", Enumerable.Range(0, 6).Select(i => $"a{i}: signIn(input: {{ email: \"nobody{i}@example.org\", password: \"x\" }}) {{ token }}"));

        var result = await api.CreateGraphQLClient().PostAsync($"mutation {{ {aliases} }}");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains("TOO_MANY_ROOT_FIELDS", result.ErrorCodes);
        Assert.False(result.HasData);
    }

    [Fact]
    public async Task A_cached_document_is_still_refused_to_an_anonymous_caller()
    {
        var member = await api.SignUpAsync();
        const string query = "query cachedMe { me { id } }";

        (await member.Client.PostAsync(query)).ShouldSucceed();
        var anonymous = await api.CreateGraphQLClient().PostAsync(query);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        Assert.Equal(["NOT_AUTHENTICATED"], anonymous.ErrorCodes);
    }

    [Fact]
    public async Task A_cached_mutation_is_still_refused_over_GET()
    {
        const string mutation = "mutation { signIn(input: { email: \"cached@example.org\", password: \"whatever\" }) { token } }";

        (await api.CreateGraphQLClient().PostAsync(mutation)).ShouldSucceed();
        var overGet = await api.CreateGraphQLClient().GetAsync(mutation);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, overGet.Status);
    }
}

public sealed class IntrospectionSwitchTests : IDisposable
{
    private readonly NoIntrospectionFactory _api = new();

    [Fact]
    public async Task Introspection_can_be_switched_off_and_stays_off_for_cached_documents()
    {
        var client = _api.CreateGraphQLClient();

        var first = await client.PostAsync("{ __schema { queryType { name } } }");
        var second = await client.PostAsync("{ __schema { queryType { name } } }");
        var plain = await client.PostAsync("{ __typename }");

        Assert.Equal(HttpStatusCode.BadRequest, first.Status);
        Assert.Equal(HttpStatusCode.BadRequest, second.Status);
        plain.ShouldSucceed();
    }

    [Fact]
    public async Task Outside_Development_errors_carry_no_schema_suggestions()
    {
        var result = await _api.CreateGraphQLClient().PostAsync("{ organisatio { id } }");

        var message = result.Errors[0].GetProperty("message").GetString();
        Assert.DoesNotContain("Did you mean", message, StringComparison.Ordinal);
        Assert.DoesNotContain("organisation", message, StringComparison.Ordinal);
    }

    public void Dispose() => _api.Dispose();

    private sealed class NoIntrospectionFactory : TimebankApiFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Timebank:GraphQL:Introspection"] = "false",
        };
    }
}
