using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Timebank.Api.Platform.Persistence;

namespace Timebank.Api.Platform.Auth;

/// <summary>
/// The key this API signs its own tokens with: from configuration when given, else created once in the data folder
/// (readable by the owner only) so a fresh checkout runs without any secret in the repository.
/// </summary>
public sealed partial class SigningKeys(IOptions<AuthOptions> auth, IOptions<TimebankStorageOptions> storage, ILogger<SigningKeys> logger)
{
    private const int KeyBytes = 64;
    private readonly Lazy<SymmetricSecurityKey> _key = new(() => Load(auth.Value, storage.Value, logger));

    public SymmetricSecurityKey Key => _key.Value;

    private static SymmetricSecurityKey Load(AuthOptions auth, TimebankStorageOptions storage, ILogger logger)
    {
        if (!string.IsNullOrWhiteSpace(auth.SigningKey))
        {
            var configured = Convert.FromBase64String(auth.SigningKey);
            if (configured.Length < 32)
                throw new InvalidOperationException("Timebank:Auth:SigningKey must be at least 32 bytes of base64.");
            return new SymmetricSecurityKey(configured);
        }

        var path = Path.Combine(storage.DataDirectoryFullPath, "keys", "token-signing.key");
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var fresh = RandomNumberGenerator.GetBytes(KeyBytes);
            var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
                create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using (var file = new FileStream(path, create))
                file.Write(System.Text.Encoding.ASCII.GetBytes(Convert.ToBase64String(fresh)));
            LogGenerated(logger, path);
        }
        return new SymmetricSecurityKey(Convert.FromBase64String(File.ReadAllText(path).Trim()));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No Timebank:Auth:SigningKey configured; generated a signing key at {Path}. Configure one for production.")]
    private static partial void LogGenerated(ILogger logger, string path);
}
