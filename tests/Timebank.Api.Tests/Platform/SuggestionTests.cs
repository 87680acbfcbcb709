using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Platform;

/// <summary>Outside Development no error suggests a name the caller did not send, so typos cannot map a locked-down schema.</summary>
public sealed class SuggestionTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    [Theory]
    [InlineData("field", "{ organisatio { totalCount } }", "organisations")]
    [InlineData("field on a type in an inline fragment", "{ node(id: \"x\") { displayName } }", "Member")]
    [InlineData("argument", "{ organisations(kinnd: TIMEBANK) { totalCount } }", "'kind'")]
    [InlineData("type", "query($kind: OrganisationKnd) { organisations(kind: $kind) { totalCount } }", "OrganisationKind")]
    [InlineData("enum value", "{ organisations(kind: TIMEBNK) { totalCount } }", "TIMEBANK")]
    [InlineData("directive", "{ __typename @inclde(if: true) }", "include")]
    [InlineData("directive argument", "{ __typename @include(if: true, iff: true) }", "'if'")]
    [InlineData("input field", "{ offers(organisationId: \"x\", filter: { txt: \"garden\" }) { totalCount } }", "'text'")]
    public async Task Errors_suggest_nothing(string kind, string document, string suggestion)
    {
        var result = await api.CreateGraphQLClient().PostAsync(document);

        Assert.NotEmpty(result.Errors);
        foreach (var message in result.Errors.Select(e => e.GetProperty("message").GetString()!))
        {
            Assert.DoesNotContain("Did you mean", message, StringComparison.OrdinalIgnoreCase);
            Assert.False(message.Contains(suggestion, StringComparison.Ordinal), $"The {kind} error suggests {suggestion}: {message}");
        }
    }

    [Fact]
    public async Task An_enum_value_given_in_variables_is_refused_without_listing_the_values()
    {
        var result = await api.CreateGraphQLClient().PostAsync("query($kind: OrganisationKind) { organisations(kind: $kind) { totalCount } }", new { kind = "TIMEBNK" });

        var message = Assert.Single(result.Errors).GetProperty("message").GetString()!;
        Assert.DoesNotContain("TIMEBANK", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", message, StringComparison.OrdinalIgnoreCase);
    }
}
