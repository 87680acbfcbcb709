using System.Net;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Platform;

/// <summary>The request limits hold however a document is nested: through inline fragments, named fragments and aliases.</summary>
public sealed class DocumentLimitsTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    private static readonly GraphQLOptions Defaults = new();

    private static string SignIns(int count)
        => string.Join(" ", Enumerable.Range(0, count).Select(i => $"a{i}: signIn(input: {{ email: \"nobody{i}@example.org\", password: \"x\" }}) {{ token }}"));

    private static string Nested(string typeCondition, int levels, string inner)
        => string.Concat(Enumerable.Repeat($"... on {typeCondition} {{ ", levels)) + inner + string.Concat(Enumerable.Repeat(" }", levels));

    /// <summary>F0 spreads F1, F1 spreads F2, …, and the last holds <paramref name="inner"/>.</summary>
    private static string Chain(string operation, string typeCondition, int length, string inner)
        => $"{operation} {{ ...F0 }} "
           + string.Join(" ", Enumerable.Range(0, length - 1).Select(i => $"fragment F{i} on {typeCondition} {{ ...F{i + 1} }}"))
           + $" fragment F{length - 1} on {typeCondition} {{ {inner} }}";

    [Fact]
    public async Task Mutations_hidden_in_nested_inline_fragments_still_count_toward_the_root_field_limit()
    {
        var result = await api.CreateGraphQLClient().PostAsync($"mutation {{ {Nested("Mutation", 12, SignIns(Defaults.MaxRootMutationFields + 1))} }}");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains("TOO_MANY_ROOT_FIELDS", result.ErrorCodes);
        Assert.False(result.HasData);
    }

    [Fact]
    public async Task Mutations_at_the_end_of_a_chain_of_named_fragments_still_count_toward_the_root_field_limit()
    {
        var result = await api.CreateGraphQLClient().PostAsync(Chain("mutation", "Mutation", 12, SignIns(Defaults.MaxRootMutationFields + 1)));

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains("TOO_MANY_ROOT_FIELDS", result.ErrorCodes);
        Assert.False(result.HasData);
    }

    [Fact]
    public async Task A_field_for_members_at_the_end_of_a_chain_of_named_fragments_still_needs_sign_in()
    {
        var result = await api.CreateGraphQLClient().PostAsync(Chain("query", "Query", 12, "organisations { totalCount nodes { name } }"));

        Assert.Equal(HttpStatusCode.Unauthorized, result.Status);
        Assert.Equal(["NOT_AUTHENTICATED"], result.ErrorCodes);
        Assert.False(result.HasData);
    }

    [Fact]
    public async Task A_field_for_members_inside_nested_inline_fragments_still_needs_sign_in()
    {
        var result = await api.CreateGraphQLClient().PostAsync($"{{ {Nested("Query", 12, "organisations { totalCount }")} }}");

        Assert.Equal(HttpStatusCode.Unauthorized, result.Status);
        Assert.Equal(["NOT_AUTHENTICATED"], result.ErrorCodes);
    }

    [Fact]
    public async Task Fragments_nested_past_the_limit_are_refused_with_a_typed_error()
    {
        var inline = await api.CreateGraphQLClient().PostAsync($"{{ {Nested("Query", Defaults.MaxNesting + 1, "__typename")} }}");
        var named = await api.CreateGraphQLClient().PostAsync(Chain("query", "Query", Defaults.MaxNesting + 1, "__typename"));

        Assert.Equal(HttpStatusCode.BadRequest, inline.Status);
        Assert.Equal(["DOCUMENT_TOO_NESTED"], inline.ErrorCodes);
        Assert.Equal(HttpStatusCode.BadRequest, named.Status);
        Assert.Equal(["DOCUMENT_TOO_NESTED"], named.ErrorCodes);
    }

    [Fact]
    public async Task Fragments_that_multiply_when_spread_are_measured_before_they_are_expanded()
    {
        // Each fragment spreads the next one twice: 16 short lines expand to 65,536 selections.
        const int levels = 16;
        var document = "{ ...F0 } "
            + string.Join(" ", Enumerable.Range(0, levels).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}"))
            + $" fragment F{levels} on Query {{ __typename }}";

        var result = await api.CreateGraphQLClient().PostAsync(document);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(["DOCUMENT_TOO_LARGE"], result.ErrorCodes);
    }

    [Fact]
    public async Task More_selections_than_the_limit_are_refused_even_when_they_merge()
    {
        var document = "{ " + string.Join(" ", Enumerable.Repeat("__typename", Defaults.MaxSelections + 1)) + " }";

        var result = await api.CreateGraphQLClient().PostAsync(document);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(["DOCUMENT_TOO_LARGE"], result.ErrorCodes);
    }

    [Fact]
    public async Task More_fragments_than_the_limit_are_refused()
    {
        var count = Defaults.MaxFragments + 1;
        var document = "{ " + string.Join(" ", Enumerable.Range(0, count).Select(i => $"...F{i}")) + " } "
            + string.Join(" ", Enumerable.Range(0, count).Select(i => $"fragment F{i} on Query {{ a{i}: __typename }}"));

        var result = await api.CreateGraphQLClient().PostAsync(document);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(["DOCUMENT_TOO_LARGE"], result.ErrorCodes);
    }

    [Fact]
    public async Task A_fragment_cycle_is_refused_cleanly()
    {
        const string document = "{ ...A } fragment A on Query { __typename ...B } fragment B on Query { ... on Query { ...A } }";

        var result = await api.CreateGraphQLClient().PostAsync(document);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(["NO_FRAGMENT_CYCLES"], result.ErrorCodes);
        Assert.False(result.HasData);
    }

    [Fact]
    public async Task Depth_and_complexity_are_counted_through_fragments_and_aliases()
    {
        var member = await api.SignUpAsync();
        const string deep = """
            { me { ...M } }
            fragment M on Member { memberships(first: 1) { nodes { member { ... on Member { ...N } } } } }
            fragment N on Member { memberships(first: 1) { nodes { member { ...O } } } }
            fragment O on Member { memberships(first: 1) { nodes { member { memberships(first: 1) { nodes { member { id } } } } } } }
            """;
        const string wide = """
            { ...W a: organisations(first: 50) { ...L } }
            fragment W on Query { b: organisations(first: 50) { ...L } c: organisations(first: 50) { ...L } }
            fragment L on OrganisationConnection { nodes { x: members(first: 50) { nodes { id } } } }
            """;

        var tooDeep = await member.Client.PostAsync(deep);
        var tooComplex = await member.Client.PostAsync(wide);

        Assert.Equal(HttpStatusCode.BadRequest, tooDeep.Status);
        Assert.Contains("depth", tooDeep.Errors[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.BadRequest, tooComplex.Status);
        Assert.Contains("complex", tooComplex.Errors[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }
}
