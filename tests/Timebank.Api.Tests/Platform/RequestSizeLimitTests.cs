using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Timebank.Api.Platform.Persistence;
using Timebank.Api.Tests.Infrastructure;
using Timebank.Domain.Members;

namespace Timebank.Api.Tests.Platform;

/// <summary>A form post above Timebank:Edges:MaxRequestBodyBytes is refused with 413 and changes nothing (/graphql: GraphQLOverHttpTests).</summary>
public sealed class RequestSizeLimitTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    [Fact]
    public async Task A_too_large_form_post_is_refused_with_413_and_creates_nothing()
    {
        var browser = WebBrowser.For(api);
        var form = await browser.GetAsync("/create-account");
        var email = $"big.{Guid.NewGuid():N}@example.org";
        var fields = WebBrowser.Fill(form.Form(), new Dictionary<string, string>
        {
            ["displayName"] = "Big",
            ["email"] = email,
            ["password"] = Scenario.Password,
        });
        // A valid account request made too large by a field the page ignores: only the limit stops it.
        fields.Add(new("padding", new string('x', 70 * 1024)));

        using var request = new HttpRequestMessage(HttpMethod.Post, form.Url) { Content = new FormUrlEncodedContent(fields) };
        using var response = await browser.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("too large", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync();
        var address = EmailAddress.Parse(email);
        Assert.False(await db.Members.AnyAsync(m => m.Email == address));
    }

    [Fact]
    public async Task A_form_post_within_the_limit_is_read_as_usual()
    {
        var browser = WebBrowser.For(api);
        var form = await browser.GetAsync("/create-account");

        var home = await browser.SubmitAsync(form, "Create account", new Dictionary<string, string>
        {
            ["displayName"] = "Ivy",
            ["email"] = $"ivy.{Guid.NewGuid():N}@example.org",
            ["password"] = Scenario.Password,
        });

        Assert.Equal("Your services", home.Heading);
    }
}
