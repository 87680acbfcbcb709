using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Timebank.Api.Platform.Persistence;
using Timebank.Api.Tests.Infrastructure;
using Timebank.Domain.Members;

namespace Timebank.Api.Tests.Features.Members;

public sealed class AccountTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    [Fact]
    public async Task Signing_up_returns_a_token_that_signs_the_member_in()
    {
        var ann = await api.SignUpAsync("Ann");

        var me = (await ann.Client.RunAsync("me")).ShouldSucceed();

        Assert.Equal(ann.Id, me.Text("me.id"));
        Assert.Equal("Ann", me.Text("me.displayName"));
        Assert.Equal(ann.Email, me.Text("me.email"));
    }

    [Fact]
    public async Task Signing_in_with_the_right_password_returns_a_working_token()
    {
        var ann = await api.SignUpAsync("Ann");
        var client = api.CreateGraphQLClient();

        var signedIn = (await client.RunAsync("signIn", new { input = new { email = ann.Email.ToUpperInvariant(), password = ann.Password } })).ShouldSucceed();
        client.Token = signedIn.Text("signIn.token");

        Assert.Empty(signedIn.PayloadErrorCodes("signIn"));
        Assert.Equal(ann.Id, (await client.RunAsync("me")).ShouldSucceed().Text("me.id"));
    }

    [Fact]
    public async Task The_token_carries_the_member_id_and_nothing_personal()
    {
        var ann = await api.SignUpAsync("Ann");

        var token = new JwtSecurityTokenHandler().ReadJwtToken(ann.Token);

        Assert.DoesNotContain(token.Claims, c => c.Value.Contains('@', StringComparison.Ordinal) || c.Value == "Ann");
        Assert.Equal("timebank", token.Issuer);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_email_get_the_same_answer()
    {
        var ann = await api.SignUpAsync();
        var client = api.CreateGraphQLClient();

        var wrongPassword = (await client.RunAsync("signIn", new { input = new { email = ann.Email, password = "not the password" } })).ShouldSucceed();
        var unknownEmail = (await client.RunAsync("signIn", new { input = new { email = "nobody@example.org", password = "not the password" } })).ShouldSucceed();

        Assert.Equal(wrongPassword.At("signIn").ToString(), unknownEmail.At("signIn").ToString());
        Assert.Equal(["INVALID_CREDENTIALS"], wrongPassword.PayloadErrorCodes("signIn"));
        Assert.Equal(JsonValueKind.Null, wrongPassword.At("signIn.token").ValueKind);
    }

    [Fact]
    public async Task An_email_can_hold_only_one_account_whatever_its_case()
    {
        var ann = await api.SignUpAsync();

        var again = (await api.CreateGraphQLClient().RunAsync("signUp", new { input = new { email = ann.Email.ToUpperInvariant(), displayName = "Other", password = "another long password" } })).ShouldSucceed();

        Assert.Equal(JsonValueKind.Null, again.At("signUp.member").ValueKind);
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync();
        var email = EmailAddress.Parse(ann.Email);
        Assert.Equal(1, await db.Members.CountAsync(m => m.Email == email));
    }

    [Theory]
    [InlineData("not-an-email", "Ann", "a long enough password", "email")]
    [InlineData("ann@example.org", "   ", "a long enough password", "displayName")]
    [InlineData("ann@example.org", "Ann", "short", "password")]
    public async Task Sign_up_input_that_breaks_a_rule_gets_a_validation_error_naming_the_field(string email, string displayName, string password, string field)
    {
        var result = (await api.CreateGraphQLClient().RunAsync("signUp", new { input = new { email, displayName, password } })).ShouldSucceed();

        Assert.Equal("ValidationError", result.Text("signUp.errors.0.__typename"));
        Assert.Equal(field, result.Text("signUp.errors.0.field"));
        Assert.Equal(JsonValueKind.Null, result.At("signUp.member").ValueKind);
    }

    [Fact]
    public async Task Me_without_a_token_is_refused_with_401()
    {
        var result = await api.CreateGraphQLClient().RunAsync("me");

        Assert.Equal(HttpStatusCode.Unauthorized, result.Status);
        Assert.Equal(["NOT_AUTHENTICATED"], result.ErrorCodes);
        Assert.Equal("Bearer", result.Response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task A_tampered_or_foreign_token_does_not_sign_anyone_in()
    {
        var ann = await api.SignUpAsync();
        var parts = ann.Token.Split('.');
        var forged = parts[0] + "." + parts[1] + "." + new string('A', parts[2].Length);

        var result = await api.CreateGraphQLClient(forged).RunAsync("me");

        Assert.Equal(HttpStatusCode.Unauthorized, result.Status);
    }

    [Fact]
    public async Task A_token_stops_working_when_it_expires()
    {
        var ann = await api.SignUpAsync();
        // Used once first, so the API remembers it as valid: expiry must win over that.
        (await ann.Client.RunAsync("me")).ShouldSucceed();
        api.Clock.Advance(Duration.FromHours(9));
        try
        {
            var result = await ann.Client.RunAsync("me");

            Assert.Equal(HttpStatusCode.Unauthorized, result.Status);
        }
        finally
        {
            api.Clock.Advance(Duration.FromHours(-9));
        }
    }
}
