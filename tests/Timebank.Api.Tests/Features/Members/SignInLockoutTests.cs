using NodaTime;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Members;

/// <summary>Wrong passwords add up over the lockout window and lock the email for a while, known or not (docs/accounts.md).</summary>
public sealed class SignInLockoutTests(SignInLockoutTests.LockoutFactory api) : IClassFixture<SignInLockoutTests.LockoutFactory>
{
    private readonly LockoutFactory _api = api;

    [Fact]
    public async Task Enough_wrong_passwords_within_the_window_lock_the_account_even_for_the_right_one()
    {
        var ann = await _api.SignUpAsync();
        await FailAsync(ann.Email, times: 3);

        var refused = await SignInAsync(ann.Email, ann.Password);

        Assert.Equal(["TOO_MANY_ATTEMPTS"], refused.PayloadErrorCodes("signIn"));
        Assert.Equal(15 * 60, refused.At("signIn.errors.0.retryAfterSeconds").GetInt32());
        Assert.Equal("Too many attempts to sign in or sign up. Try again in 15 minutes.", refused.Text("signIn.errors.0.message"));
        Assert.True(refused.At("signIn.token").ValueKind == System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task An_unknown_email_is_refused_with_the_same_answer_so_the_lockout_reveals_no_account()
    {
        var ann = await _api.SignUpAsync();
        await FailAsync([ann.Email, "nobody.here@example.org"], times: 3);

        var known = await SignInAsync(ann.Email, "another guess");
        var unknown = await SignInAsync("nobody.here@example.org", "another guess");

        Assert.Equal(known.At("signIn.errors").ToString(), unknown.At("signIn.errors").ToString());
    }

    [Fact]
    public async Task The_right_password_signs_in_once_the_lockout_has_passed()
    {
        var ann = await _api.SignUpAsync();
        await FailAsync(ann.Email, times: 3);

        _api.Clock.Advance(Duration.FromMinutes(14));
        Assert.Equal(["TOO_MANY_ATTEMPTS"], (await SignInAsync(ann.Email, ann.Password)).PayloadErrorCodes("signIn"));
        _api.Clock.Advance(Duration.FromMinutes(1) + Duration.FromSeconds(1));
        var signedIn = await SignInAsync(ann.Email, ann.Password);

        Assert.Empty(signedIn.PayloadErrorCodes("signIn"));
        Assert.False(string.IsNullOrEmpty(signedIn.Text("signIn.token")));
    }

    [Fact]
    public async Task Wrong_passwords_further_apart_than_the_window_do_not_lock()
    {
        var ann = await _api.SignUpAsync();
        await FailAsync(ann.Email, times: 2);
        _api.Clock.Advance(Duration.FromMinutes(16));
        await FailAsync(ann.Email, times: 2);

        Assert.Empty((await SignInAsync(ann.Email, ann.Password)).PayloadErrorCodes("signIn"));
    }

    [Fact]
    public async Task Signing_in_starts_the_count_of_wrong_passwords_again()
    {
        var ann = await _api.SignUpAsync();
        await FailAsync(ann.Email, times: 2);
        Assert.Empty((await SignInAsync(ann.Email, ann.Password)).PayloadErrorCodes("signIn"));
        await FailAsync(ann.Email, times: 2);

        Assert.Empty((await SignInAsync(ann.Email, ann.Password)).PayloadErrorCodes("signIn"));
    }

    private Task FailAsync(string email, int times) => FailAsync([email], times);

    /// <summary>Wrong passwords a minute apart, so only the lockout (not the per-minute limit) can refuse; the last is now.</summary>
    private async Task FailAsync(string[] emails, int times)
    {
        for (var i = 0; i < times; i++)
        {
            if (i > 0)
                _api.Clock.Advance(Duration.FromMinutes(1));
            foreach (var email in emails)
            {
                var result = await SignInAsync(email, "wrong guess " + i);
                Assert.Equal(["INVALID_CREDENTIALS"], result.PayloadErrorCodes("signIn"));
            }
        }
    }

    private async Task<GraphQLResult> SignInAsync(string email, string password)
        => (await _api.CreateGraphQLClient().RunAsync("signIn", new { input = new { email, password } })).ShouldSucceed();

    /// <summary>One API for the class, with the settings these tests need.</summary>
    public sealed class LockoutFactory : TimebankApiFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Timebank:Auth:SignInFailuresBeforeLockout"] = "3",
            ["Timebank:Auth:SignInLockoutWindow"] = "00:15:00",
            ["Timebank:Auth:SignInLockoutDuration"] = "00:15:00",
        };
    }
}
