using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Timebank.Api.Platform.Persistence;
using Timebank.Api.Tests.Infrastructure;
using Timebank.Domain.Members;

namespace Timebank.Api.Tests.Features.Members;

/// <summary>Signing up never says whether an address is registered (docs/accounts.md).</summary>
public sealed class SignUpTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    [Fact]
    public async Task Signing_up_with_a_registered_email_creates_nothing_and_names_no_error()
    {
        var ann = await api.SignUpAsync("Ann");

        var again = (await SignUpAsync(ann.Email.ToUpperInvariant(), "Someone else", "another long password")).ShouldSucceed();

        Assert.Empty(again.PayloadErrorCodes("signUp"));
        Assert.Equal(JsonValueKind.Null, again.At("signUp.token").ValueKind);
        Assert.Equal(JsonValueKind.Null, again.At("signUp.member").ValueKind);
        var other = (await api.CreateGraphQLClient().RunAsync("signIn", new { input = new { email = ann.Email, password = "another long password" } })).ShouldSucceed();
        Assert.Equal(["INVALID_CREDENTIALS"], other.PayloadErrorCodes("signIn"));
    }

    [Fact]
    public async Task Signing_up_again_with_the_accounts_own_password_signs_its_owner_in()
    {
        var ann = await api.SignUpAsync("Ann");

        var again = (await SignUpAsync(ann.Email, "Ann again", ann.Password)).ShouldSucceed();

        Assert.Empty(again.PayloadErrorCodes("signUp"));
        Assert.Equal(ann.Id, again.Text("signUp.member.id"));
        Assert.Equal("Ann", again.Text("signUp.member.displayName"));
        var me = (await api.CreateGraphQLClient(again.Text("signUp.token")).RunAsync("me")).ShouldSucceed();
        Assert.Equal(ann.Id, me.Text("me.id"));
    }

    [Fact]
    public async Task The_owner_of_a_registered_email_gets_a_notice_of_each_sign_up_with_another_password()
    {
        var ann = await api.SignUpAsync("Ann");

        (await SignUpAsync(ann.Email, "Someone else", "another long password")).ShouldSucceed();
        (await SignUpAsync(ann.Email, "Ann", ann.Password)).ShouldSucceed();

        Assert.Equal([AccountNoticeKind.SignUpWithYourEmail], await NoticesAsync(ann.Email));
    }

    [Fact]
    public async Task A_new_member_gets_no_notice()
    {
        var bob = await api.SignUpAsync("Bob");

        Assert.Empty(await NoticesAsync(bob.Email));
    }

    private async Task<List<AccountNoticeKind>> NoticesAsync(string email)
    {
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync();
        var address = EmailAddress.Parse(email);
        var member = await db.Members.SingleAsync(m => m.Email == address);
        return await db.Set<AccountNotice>().Where(n => n.MemberId == member.Id).Select(n => n.Kind).ToListAsync();
    }

    private Task<GraphQLResult> SignUpAsync(string email, string displayName, string password)
        => api.CreateGraphQLClient().RunAsync("signUp", new { input = new { email, displayName, password } });
}
