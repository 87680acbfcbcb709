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
