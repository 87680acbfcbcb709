using System.Net;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Platform;

public sealed class GraphiQLWelcomeTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    [Fact]
    public async Task The_welcome_text_shows_a_newcomer_how_to_sign_up_before_how_to_sign_in()
    {
        using var response = await api.CreateClient().GetAsync("/graphiql/graphiql.js");
        var script = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var welcome = script.IndexOf("# Welcome to the Timebank API.", StringComparison.Ordinal);
        Assert.True(welcome >= 0, "The bundle has no welcome text.");
        var signUp = script.IndexOf("signUp(input:", welcome, StringComparison.Ordinal);
        var signIn = script.IndexOf("signIn(input:", welcome, StringComparison.Ordinal);
        Assert.True(signUp > welcome && signUp < signIn, "The welcome text should start with signUp, then signIn for returning members.");
    }
}
