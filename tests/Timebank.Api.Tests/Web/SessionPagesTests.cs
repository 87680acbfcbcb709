using System.Net;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Web;

/// <summary>Signing in and out of the web: the cookie's flags, anti-forgery, safe return addresses, and a session that works only on pages.</summary>
public sealed class SessionPagesTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    private static Dictionary<string, string> Credentials(TestMember member) => new() { ["email"] = member.Email, ["password"] = member.Password };

    [Fact]
    public async Task Signing_in_sets_an_HttpOnly_Secure_Lax_cookie_and_goes_back_where_the_person_was()
    {
        var member = await api.SignUpAsync("Ann");
        var browser = WebBrowser.For(api);

        var asked = await browser.GetAsync("/home");
        Assert.Equal("/sign-in", asked.Url.AbsolutePath);
        using var request = new HttpRequestMessage(HttpMethod.Post, asked.Url) { Content = new FormUrlEncodedContent(WebBrowser.Fill(asked.Form(), Credentials(member))) };
        using var response = await browser.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/home", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("timebank_session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        var home = await browser.GetAsync("/home");
        Assert.Equal("Your services", home.Heading);
        Assert.Contains("Ann", home.Text);
    }

    [Fact]
    public async Task A_wrong_password_is_an_error_on_the_page_and_no_session()
    {
        var member = await api.SignUpAsync("Bea");
        var browser = WebBrowser.For(api);
        var form = await browser.GetAsync("/sign-in");

        var page = await browser.SubmitAsync(form, "Sign in", new Dictionary<string, string> { ["email"] = member.Email, ["password"] = "not the password" });

        Assert.Equal("/sign-in", page.Url.AbsolutePath);
        var (target, _) = Assert.Single(page.Errors);
        Assert.Equal("#email", target);
        Assert.Equal("", page.Document.GetElementById("password")!.GetAttribute("value") ?? "");
        Assert.Equal("/sign-in", (await browser.GetAsync("/home")).Url.AbsolutePath);
    }

    [Theory]
    [InlineData("//evil.example/x")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task A_return_address_off_this_site_is_ignored(string returnUrl)
    {
        var member = await api.SignUpAsync("Cal");
        var browser = WebBrowser.For(api);
        var form = await browser.GetAsync("/sign-in?returnUrl=" + Uri.EscapeDataString(returnUrl));

        var page = await browser.SubmitAsync(form, "Sign in", Credentials(member));

        Assert.Equal("https://localhost/home", page.Url.ToString());
    }

    [Fact]
    public async Task A_form_posted_without_its_anti_forgery_token_is_refused()
    {
        var member = await api.SignUpAsync("Dee");
        var browser = WebBrowser.For(api);
        await browser.GetAsync("/sign-in");

        var page = await browser.PostAsync("/sign-in", Credentials(member));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.DoesNotContain(page.Response.Headers.TryGetValues("Set-Cookie", out var set) ? set : [], c => c.StartsWith("timebank_session=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_session_cookie_does_not_sign_anyone_in_to_graphql()
    {
        var member = await api.SignUpAsync("Eve");
        var browser = WebBrowser.For(api);
        await browser.SubmitAsync(await browser.GetAsync("/sign-in"), "Sign in", Credentials(member));

        var result = await new GraphQLClient(browser.Http).RunAsync("me");

        Assert.Contains("NOT_AUTHENTICATED", result.ErrorCodes);
        Assert.DoesNotContain(member.Email, result.Body.ToString());
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var member = await api.SignUpAsync("Fay");
        var browser = WebBrowser.For(api);
        await browser.SubmitAsync(await browser.GetAsync("/sign-in"), "Sign in", Credentials(member));

        var done = await browser.SubmitAsync(await browser.GetAsync("/sign-out"), "Sign out");

        Assert.Equal("You have signed out", done.Heading);
        Assert.Equal("/sign-in", (await browser.GetAsync("/home")).Url.AbsolutePath);
    }

    [Fact]
    public async Task Creating_an_account_signs_the_person_in()
    {
        var browser = WebBrowser.For(api);
        var form = await browser.GetAsync("/create-account");

        var home = await browser.SubmitAsync(form, "Create account", new Dictionary<string, string>
        {
            ["displayName"] = "Gus",
            ["email"] = $"gus.{Guid.NewGuid():N}@example.org",
            ["password"] = Scenario.Password,
        });

        Assert.Equal("Your services", home.Heading);
        Assert.Contains("Gus", home.Text);
    }

    [Fact]
    public async Task A_short_password_gets_the_api_s_own_message_against_the_password()
    {
        var browser = WebBrowser.For(api);
        var form = await browser.GetAsync("/create-account");

        var page = await browser.SubmitAsync(form, "Create account", new Dictionary<string, string>
        {
            ["displayName"] = "Hal",
            ["email"] = $"hal.{Guid.NewGuid():N}@example.org",
            ["password"] = "short",
        });

        var (target, message) = Assert.Single(page.Errors);
        Assert.Equal("#password", target);
        Assert.Contains("10", message);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/sign-in")]
    [InlineData("/home")]
    public async Task Every_page_allows_only_this_sites_scripts_and_styles_and_no_framing(string url)
    {
        var page = await WebBrowser.For(api).GetAsync(url);

        var headers = page.Response.Headers;
        var policy = string.Join(";", headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(headers.GetValues("Referrer-Policy")));
        Assert.Empty(page.Document.QuerySelectorAll("script:not([src]), [style]"));
    }
}
