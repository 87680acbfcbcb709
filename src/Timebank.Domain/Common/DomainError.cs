namespace Timebank.Domain.Common;

/// <summary>
/// An expected refusal of a request, with a stable machine-readable <see cref="Code"/>.
/// Every kind of refusal is its own type so the API can expose it as its own typed error.
/// </summary>
public abstract record DomainError(string Code, string Message);

/// <summary>Input that breaks a rule about its shape or range; <see cref="Field"/> names the input field.</summary>
public sealed record ValidationFailed(string Field, string Reason)
    : DomainError("VALIDATION_FAILED", $"{Field}: {Reason}");

/// <summary>Nothing the caller may see has that id. <see cref="Id"/> is the id as the client sent it; null where the
/// look-up was internal, so a message never shows an internal key.</summary>
public sealed record NotFound(string Entity, string? Id = null)
    : DomainError("NOT_FOUND", Id is null ? $"No such {Entity} is visible to you." : $"No {Entity} with id {Id} is visible to you.");

public sealed record NotAllowed(string Reason)
    : DomainError("NOT_ALLOWED", Reason);

public sealed record NotAuthenticated()
    : DomainError("NOT_AUTHENTICATED", "Sign in first.");

/// <summary>Thrown by domain methods; the API turns <see cref="Error"/> into a typed error in the mutation payload.</summary>
public sealed class DomainException(DomainError error) : Exception(error.Message)
{
    public DomainError Error { get; } = error;
}
