using NodaTime;

namespace Timebank.Api.Platform.Auth;

/// <summary>A key kept in the database so that every API node uses the same one: its purpose, and its bytes in base64.</summary>
public sealed class StoredSigningKey(string purpose, string material, Instant createdAt)
{
    public const int PurposeMaxLength = 40;

    public string Purpose { get; private set; } = purpose;

    public string Material { get; private set; } = material;

    public Instant CreatedAt { get; private set; } = createdAt;
}
