using NodaTime;
using Timebank.Domain.Common;

namespace Timebank.Domain.Members;

public enum AccountNoticeKind
{
    /// <summary>Someone tried to sign up with this member's email and a password that is not theirs.</summary>
    SignUpWithYourEmail = 1,
}

/// <summary>
/// Something an account's owner should be told outside the API (the outbox a mailer would send from). It names
/// only the member and what happened, never the other person's details or the password they typed.
/// </summary>
public sealed class AccountNotice
{
    public Id<AccountNotice> Id { get; private set; }
    public Id<Member> MemberId { get; private set; }
    public AccountNoticeKind Kind { get; private set; }
    public Instant CreatedAt { get; private set; }

    private AccountNotice(Id<AccountNotice> id, Id<Member> memberId, AccountNoticeKind kind, Instant createdAt)
    {
        Id = id;
        MemberId = memberId;
        Kind = kind;
        CreatedAt = createdAt;
    }

    public static AccountNotice SignUpWithYourEmail(Id<Member> member, Instant now)
        => new(Id<AccountNotice>.New(), member, AccountNoticeKind.SignUpWithYourEmail, now);
}
