using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.Caching;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Members;

public sealed record SignedIn(Member Member, IssuedToken Token);

/// <summary>Signing up and signing in with email and password.</summary>
public sealed class AccountService(
    IDbContextFactory<TimebankDbContext> databases,
    IPasswordHasher<Member> hasher,
    TokenIssuer tokens,
    SignInThrottle throttle,
    IHttpContextAccessor httpContext,
    Viewer viewer,
    LookupCache cache,
    IClock clock)
{
    // Verified against when the email is unknown, so both failures cost the same time.
    private static readonly Lazy<string> UnknownAccountHash = new(() => new PasswordHasher<Member>().HashPassword(null!, Guid.NewGuid().ToString()));

    public async Task<SignedIn> SignUpAsync(SignUpInput input, CancellationToken cancellationToken)
    {
        var email = EmailAddress.Parse(input.Email);
        var displayName = DisplayName.Parse(input.DisplayName);
        PasswordPolicy.Check(input.Password);

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        if (await db.Members.AnyAsync(m => m.Email == email, cancellationToken))
            throw new DomainException(new EmailAlreadyRegistered());

        var member = Member.SignUp(email, displayName, hasher.HashPassword(null!, input.Password), clock.GetCurrentInstant());
        db.Members.Add(member);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique email index caught a sign-up racing this one.
            if (await EmailTakenAsync(email, cancellationToken))
                throw new DomainException(new EmailAlreadyRegistered());
            throw;
        }
        return SignedIn(member);
    }

    public async Task<SignedIn> SignInAsync(SignInInput input, CancellationToken cancellationToken)
    {
        var accountKey = (input.Email ?? string.Empty).Trim().ToLowerInvariant();
        var address = httpContext.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.TryAttempt(accountKey, address) is { } refusal)
            throw new DomainException(refusal);

        var member = await FindByEmailAsync(accountKey, cancellationToken);
        if (member?.PasswordHash is not { } hash)
        {
            hasher.VerifyHashedPassword(null!, UnknownAccountHash.Value, input.Password ?? string.Empty);
            throw new DomainException(new InvalidCredentials());
        }

        switch (hasher.VerifyHashedPassword(member, hash, input.Password ?? string.Empty))
        {
            case PasswordVerificationResult.Success:
                break;
            case PasswordVerificationResult.SuccessRehashNeeded:
                await RehashAsync(member, input.Password!, cancellationToken);
                break;
            default:
                throw new DomainException(new InvalidCredentials());
        }
        return SignedIn(member);
    }

    private SignedIn SignedIn(Member member)
    {
        viewer.SignedInAs(member.Id);
        return new SignedIn(member, tokens.Issue(member));
    }

    private async Task<Member?> FindByEmailAsync(string candidate, CancellationToken cancellationToken)
    {
        EmailAddress email;
        try
        {
            email = EmailAddress.Parse(candidate);
        }
        catch (DomainException)
        {
            return null;
        }
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Email == email, cancellationToken);
    }

    private async Task RehashAsync(Member member, string password, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.Attach(member);
        member.ReplacePasswordHash(hasher.HashPassword(member, password));
        await db.SaveChangesAsync(cancellationToken);
        ByIdLoader<Member>.Forget(cache, member.Id);
    }

    private async Task<bool> EmailTakenAsync(EmailAddress email, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Members.AnyAsync(m => m.Email == email, cancellationToken);
    }
}
