using System.Data.Common;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using NodaTime;
using Timebank.Api.Platform.Persistence;

namespace Timebank.Api.Platform.Auth;

/// <summary>
/// The key this API signs its own tokens with: from configuration when given; otherwise one kept in the database,
/// made by whichever node needs it first, so a token issued by one node is valid on every other. Read once, at
/// start (<see cref="TryLoadAtStart"/>) or, if the database could not be reached then, when first needed.
/// </summary>
public sealed partial class SigningKeys(
    IOptions<AuthOptions> auth, IOptions<TimebankStorageOptions> storage, IDbContextFactory<TimebankDbContext> databases, IClock clock, ILogger<SigningKeys> logger)
{
    public const string TokenSigning = "token-signing";
    private const int KeyBytes = 64;
    private readonly Lock _gate = new();
    private SymmetricSecurityKey? _key;

    public SymmetricSecurityKey Key => Volatile.Read(ref _key) ?? Load();

    /// <summary>Reads the key before requests arrive; an unreachable database leaves it for the first request that needs it.</summary>
    public void TryLoadAtStart()
    {
        try
        {
            Load();
        }
        catch (DbException failure)
        {
            LogNotLoaded(logger, failure);
        }
    }

    private SymmetricSecurityKey Load()
    {
        lock (_gate)
        {
            if (_key is not null)
                return _key;
            var material = string.IsNullOrWhiteSpace(auth.Value.SigningKey) ? Convert.FromBase64String(Stored()) : Configured(auth.Value.SigningKey);
            Volatile.Write(ref _key, new SymmetricSecurityKey(material));
            return _key;
        }
    }

    private static byte[] Configured(string base64)
    {
        const string Problem = "Timebank:Auth:SigningKey must be at least 32 random bytes written as base64 (for example: openssl rand -base64 32)";
        byte[] configured;
        try
        {
            configured = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{Problem}; the configured value is not base64.");
        }
        return configured.Length >= 32 ? configured : throw new InvalidOperationException($"{Problem}; the configured value is {configured.Length} bytes.");
    }

    private string Stored()
    {
        using var db = databases.CreateDbContext();
        if (Find(db) is { } stored)
            return stored;
        // A key an earlier version generated into the data folder is kept, so tokens it signed stay valid.
        var earlier = Path.Combine(storage.Value.DataDirectoryFullPath, "keys", "token-signing.key");
        var material = File.Exists(earlier) ? File.ReadAllText(earlier).Trim() : Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes));
        db.Add(new StoredSigningKey(TokenSigning, material, clock.GetCurrentInstant()));
        try
        {
            db.SaveChanges();
            LogGenerated(logger);
            return material;
        }
        catch (DbUpdateException)
        {
            // Another node stored one first: that one is everyone's.
            using var again = databases.CreateDbContext();
            return Find(again) ?? throw new InvalidOperationException("The stored signing key could not be read.");
        }
    }

    private static string? Find(TimebankDbContext db)
        => db.Set<StoredSigningKey>().Where(k => k.Purpose == TokenSigning).Select(k => k.Material).FirstOrDefault();

    [LoggerMessage(Level = LogLevel.Warning, Message = "No Timebank:Auth:SigningKey configured; generated one and stored it in the database for every node. Configure one for production.")]
    private static partial void LogGenerated(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The signing key could not be read from the database at start; the first request that needs it will try again")]
    private static partial void LogNotLoaded(ILogger logger, Exception exception);
}
