using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using NodaTime;
using Timebank.Api.Platform.Persistence;

namespace Timebank.Api.Platform.Auth;

/// <summary>
/// The key this API signs its own tokens with: from configuration when given; otherwise one kept in the database,
/// made by whichever node needs it first, so a token issued by one node is valid on every other. Loaded once at start
/// (<see cref="LoadAsync"/>), after the database is migrated.
/// </summary>
public sealed partial class SigningKeys(
    IOptions<AuthOptions> auth, IOptions<TimebankStorageOptions> storage, IDbContextFactory<TimebankDbContext> databases, IClock clock, ILogger<SigningKeys> logger)
{
    public const string TokenSigning = "token-signing";
    private const int KeyBytes = 64;
    private SymmetricSecurityKey? _key;

    public SymmetricSecurityKey Key => _key ?? throw new InvalidOperationException("The signing key is loaded when the API starts (SigningKeys.LoadAsync).");

    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        if (!string.IsNullOrWhiteSpace(auth.Value.SigningKey))
        {
            var configured = Convert.FromBase64String(auth.Value.SigningKey);
            _key = configured.Length >= 32
                ? new SymmetricSecurityKey(configured)
                : throw new InvalidOperationException("Timebank:Auth:SigningKey must be at least 32 bytes of base64.");
            return;
        }
        _key = new SymmetricSecurityKey(Convert.FromBase64String(await StoredAsync(cancellationToken)));
    }

    private async Task<string> StoredAsync(CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        if (await FindAsync(db, cancellationToken) is { } stored)
            return stored;
        // A key an earlier version generated into the data folder is kept, so tokens it signed stay valid.
        var earlier = Path.Combine(storage.Value.DataDirectoryFullPath, "keys", "token-signing.key");
        var material = File.Exists(earlier) ? (await File.ReadAllTextAsync(earlier, cancellationToken)).Trim() : Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes));
        db.Add(new StoredSigningKey(TokenSigning, material, clock.GetCurrentInstant()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            LogGenerated(logger);
            return material;
        }
        catch (DbUpdateException)
        {
            // Another node stored one first: that one is everyone's.
            await using var again = await databases.CreateDbContextAsync(cancellationToken);
            return await FindAsync(again, cancellationToken) ?? throw new InvalidOperationException("The stored signing key could not be read.");
        }
    }

    private static Task<string?> FindAsync(TimebankDbContext db, CancellationToken cancellationToken)
        => db.Set<StoredSigningKey>().Where(k => k.Purpose == TokenSigning).Select(k => k.Material).FirstOrDefaultAsync(cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No Timebank:Auth:SigningKey configured; generated one and stored it in the database for every node. Configure one for production.")]
    private static partial void LogGenerated(ILogger logger);
}
