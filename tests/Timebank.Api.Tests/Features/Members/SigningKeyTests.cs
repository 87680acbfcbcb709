using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.Persistence;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Members;

/// <summary>Tokens from any node must be valid on every node, so the keys live in the database (TwoNodeTests runs two processes).</summary>
public sealed class SigningKeyTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    [Fact]
    public async Task Without_a_configured_key_one_is_generated_into_the_database_and_signs_the_tokens()
    {
        var member = await api.SignUpAsync();

        await using var db = await Database(api);
        var stored = await db.Set<StoredSigningKey>().AsNoTracking().SingleAsync();
        var key = Convert.FromBase64String(stored.Material);
        Assert.True(key.Length >= 32);
        Assert.True(await SignedWithAsync(member.Token, key));
    }

    [Fact]
    public async Task A_configured_key_wins_and_none_is_generated()
    {
        using var configured = new ConfiguredKeyFactory();
        var member = await configured.SignUpAsync();

        Assert.True(await SignedWithAsync(member.Token, configured.Key));
        await using var db = await Database(configured);
        Assert.False(await db.Set<StoredSigningKey>().AnyAsync());
    }

    [Fact]
    public async Task Data_protection_keys_are_kept_in_the_database_for_every_node()
    {
        var protector = api.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("tests");
        Assert.Equal("kept", protector.Unprotect(protector.Protect("kept")));

        await using var db = await Database(api);
        Assert.True(await db.DataProtectionKeys.AnyAsync());
    }

    [Fact]
    public void The_data_folder_is_readable_by_its_owner_only()
    {
        if (OperatingSystem.IsWindows())
            return;
        _ = api.Services;
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(api.DataDirectory));
    }

    [Fact]
    public void The_repository_ignores_the_data_folder_so_no_key_is_ever_committed()
    {
        var ignore = File.ReadAllLines(Path.Combine(Operations.RepositoryRoot, ".gitignore"));

        Assert.Contains("data/", ignore);
    }

    private static Task<TimebankDbContext> Database(TimebankApiFactory factory)
        => factory.Services.GetRequiredService<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync();

    private static async Task<bool> SignedWithAsync(string token, byte[] key)
    {
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKey = new SymmetricSecurityKey(key),
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
        });
        return result.IsValid;
    }

    private sealed class ConfiguredKeyFactory : TimebankApiFactory
    {
        public byte[] Key { get; } = RandomNumberGenerator.GetBytes(32);

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Timebank:Auth:SigningKey"] = Convert.ToBase64String(Key),
        };
    }
}
