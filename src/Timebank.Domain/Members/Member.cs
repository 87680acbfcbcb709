using NodaTime;
using Timebank.Domain.Common;

namespace Timebank.Domain.Members;

/// <summary>A person with an account: signed up with email and password, or known through an external identity provider.</summary>
public sealed class Member
{
    public const int ExternalIdMaxLength = 200;

    public Id<Member> Id { get; private set; }
    public EmailAddress? Email { get; private set; }
    public DisplayName DisplayName { get; private set; }
    public string? PasswordHash { get; private set; }
    public string? ExternalIssuer { get; private set; }
    public string? ExternalSubject { get; private set; }
    public Instant CreatedAt { get; private set; }

    private Member(Id<Member> id, DisplayName displayName, Instant createdAt)
    {
        Id = id;
        DisplayName = displayName;
        CreatedAt = createdAt;
    }

    public static Member SignUp(EmailAddress email, DisplayName displayName, string passwordHash, Instant now)
        => new(Id<Member>.New(), displayName, now)
        {
            Email = Guard.NotNull(email),
            PasswordHash = Guard.NotNull(passwordHash),
        };

    /// <summary>First sight of a person signed in by a trusted external issuer (OpenID Connect).</summary>
    public static Member FromExternalIdentity(string issuer, string subject, EmailAddress? email, DisplayName displayName, Instant now)
        => new(Id<Member>.New(), displayName, now)
        {
            ExternalIssuer = Text.Required(issuer, "issuer", ExternalIdMaxLength),
            ExternalSubject = Text.Required(subject, "subject", ExternalIdMaxLength),
            Email = email,
        };

    /// <summary>
    /// Someone without email or internet whom a coordinator adds and records exchanges for; they have no password
    /// and cannot sign in, but hold an account and a statement like anyone else.
    /// </summary>
    public static Member Assisted(DisplayName displayName, Instant now) => new(Id<Member>.New(), displayName, now);

    public bool CanSignIn => PasswordHash is not null || ExternalSubject is not null;

    /// <summary>Called after a successful sign-in when the stored hash uses older parameters.</summary>
    public void ReplacePasswordHash(string passwordHash) => PasswordHash = Guard.NotNull(passwordHash);
}
