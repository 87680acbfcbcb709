using NodaTime;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Members;

public sealed class SignInThrottleTests : IDisposable
{
    private readonly ThrottledFactory _api = new();

    [Fact]
    public async Task Repeated_attempts_on_one_account_are_refused_with_a_retry_time()
    {
        var ann = await _api.SignUpAsync();
        var client = _api.CreateGraphQLClient();

        for (var i = 0; i < 3; i++)
            await client.RunAsync("signIn", new { input = new { email = ann.Email, password = "guess " + i } });
        var refused = (await client.RunAsync("signIn", new { input = new { email = ann.Email, password = ann.Password } })).ShouldSucceed();

        Assert.Equal(["TOO_MANY_ATTEMPTS"], refused.PayloadErrorCodes("signIn"));
        Assert.True(refused.At("signIn.errors.0.retryAfterSeconds").GetInt32() > 0);
    }

    [Fact]
    public async Task Attempts_spread_over_many_accounts_from_one_address_are_refused_too()
    {
        var client = _api.CreateGraphQLClient();

        var codes = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var result = (await client.RunAsync("signIn", new { input = new { email = $"spray{i}@example.org", password = "guess" } })).ShouldSucceed();
            codes.AddRange(result.PayloadErrorCodes("signIn"));
        }

        Assert.Equal("TOO_MANY_ATTEMPTS", codes[^1]);
    }

    [Fact]
    public async Task The_retry_time_counts_down_from_the_oldest_attempt_in_the_minute()
    {
        var client = _api.CreateGraphQLClient();
        for (var i = 0; i < 3; i++)
            await client.RunAsync("signIn", new { input = new { email = "someone@example.org", password = "guess " + i } });

        _api.Clock.Advance(Duration.FromSeconds(45));
        var refused = (await client.RunAsync("signIn", new { input = new { email = "someone@example.org", password = "guess" } })).ShouldSucceed();

        Assert.Equal(["TOO_MANY_ATTEMPTS"], refused.PayloadErrorCodes("signIn"));
        Assert.Equal(15, refused.At("signIn.errors.0.retryAfterSeconds").GetInt32());
        Assert.Contains("15 seconds", refused.Text("signIn.errors.0.message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attempts_are_allowed_again_once_the_minute_has_passed()
    {
        var ann = await _api.SignUpAsync();
        var client = _api.CreateGraphQLClient();
        for (var i = 0; i < 3; i++)
            await client.RunAsync("signIn", new { input = new { email = ann.Email, password = "guess " + i } });

        _api.Clock.Advance(Duration.FromSeconds(61));
        var signedIn = (await client.RunAsync("signIn", new { input = new { email = ann.Email, password = ann.Password } })).ShouldSucceed();

        Assert.Empty(signedIn.PayloadErrorCodes("signIn"));
    }

    [Fact]
    public async Task Repeated_sign_ups_with_one_address_are_refused_like_sign_ins()
    {
        var client = _api.CreateGraphQLClient();
        var email = $"taken.{Guid.NewGuid():N}@example.org";

        var codes = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var result = (await client.RunAsync("signUp", new { input = new { email, displayName = "Someone", password = "a long password " + i } })).ShouldSucceed();
            codes.AddRange(result.PayloadErrorCodes("signUp"));
        }

        Assert.Equal(["TOO_MANY_ATTEMPTS"], codes);
    }

    [Fact]
    public async Task Sign_ups_spread_over_many_addresses_from_one_client_are_refused_too()
    {
        var client = _api.CreateGraphQLClient();

        var codes = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var email = $"spray{i}.{Guid.NewGuid():N}@example.org";
            var result = (await client.RunAsync("signUp", new { input = new { email, displayName = "Someone", password = "a long password" } })).ShouldSucceed();
            codes.AddRange(result.PayloadErrorCodes("signUp"));
        }

        Assert.Equal(["TOO_MANY_ATTEMPTS"], codes);
    }

    public void Dispose() => _api.Dispose();

    private sealed class ThrottledFactory : TimebankApiFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Timebank:Auth:SignInAttemptsPerAccountPerMinute"] = "3",
            ["Timebank:Auth:SignInAttemptsPerAddressPerMinute"] = "5",
        };
    }
}
