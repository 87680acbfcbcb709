using System.Text;
using Timebank.Domain.Common;

namespace Timebank.Api.Platform.GraphQL.Relay;

/// <summary>Opaque Relay ids: base64 of "TypeName:guid", so a client can refetch any node without knowing our keys.</summary>
public static class GlobalId
{
    public static string Encode(string typeName, Guid id)
        => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{id:N}"));

    public static bool TryDecode(string? globalId, out string typeName, out Guid id)
    {
        typeName = string.Empty;
        id = Guid.Empty;
        if (string.IsNullOrEmpty(globalId) || globalId.Length > 200)
            return false;
        Span<byte> bytes = stackalloc byte[globalId.Length];
        if (!Convert.TryFromBase64String(globalId, bytes, out var length))
            return false;
        var text = Encoding.UTF8.GetString(bytes[..length]);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !Guid.TryParseExact(text.AsSpan(colon + 1), "N", out id))
            return false;
        typeName = text[..colon];
        return true;
    }

    /// <summary>The id when <paramref name="globalId"/> names a <paramref name="typeName"/>; null otherwise (queries answer null for such ids).</summary>
    public static Id<T>? TryParse<T>(string? globalId, string typeName) where T : class
        => TryDecode(globalId, out var actualType, out var id) && actualType == typeName ? Id<T>.From(id) : null;

    /// <summary>Decodes an id given in <paramref name="field"/> that must name a <paramref name="typeName"/>.</summary>
    public static Id<T> Parse<T>(string? globalId, string typeName, string field) where T : class
        => TryParse<T>(globalId, typeName) ?? throw new DomainException(new ValidationFailed(field, $"is not the id of a {typeName}"));
}
