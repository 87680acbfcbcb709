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

/// <summary>What signing up gave: signed in, or nothing (an email whose account has another password; see SignUpAsync).</summary>
public sealed record SignUpResult(SignedIn? SignedIn);

/// <summary>Signing up and signing in with email and password.</summary>
public sealed class LoginService(
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

    /// <summary>
    /// A new email gets an account and a token at once. An email that already has an account gets no error naming
    /// it: the account's own password signs its owner in, and any other creates nothing, answers with no token,
    /// and leaves the owner a notice (docs/accounts.md). Counted by the same throttle as signing in.
    /// </summary>
    public async Task<SignUpResult> SignUpAsync(SignUpInput input, CancellationToken cancellationToken)
    {
        var accountKey = Throttle(input.Email);
        var email = EmailAddress.Parse(input.Email);
        var displayName = DisplayName.Parse(input.DisplayName);
        PasswordPolicy.Check(input.Password);

        if (await FindByEmailAsync(email.Value, cancellationToken) is { } registered)
            return await SignUpWithRegisteredEmailAsync(registered, accountKey, input.Password, cancellationToken);

        var member = Member.SignUp(email, displayName, hasher.HashPassword(null!, input.Password), clock.GetCurrentInstant());
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.Members.Add(member);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique email index caught a sign-up racing this one (often the same person twice).
            if (await FindByEmailAsync(email.Value, cancellationToken) is not { } winner)
                throw;
            return await SignUpWithRegisteredEmailAsync(winner, accountKey, input.Password, cancellationToken);
        }
        return new SignUpResult(SignedIn(member));
    }

    public async Task<SignedIn> SignInAsync(SignInInput input, CancellationToken cancellationToken)
    {
        var accountKey = Throttle(input.Email);
        var member = await FindByEmailAsync(accountKey, cancellationToken);
        // An unknown email costs the same hashing and counts as the same failure as a wrong password.
        if (member is null)
            hasher.VerifyHashedPassword(null!, UnknownAccountHash.Value, input.Password ?? string.Empty);
        if (member is null || !await PasswordMatchesAsync(member, input.Password, cancellationToken))
        {
            throttle.Failed(accountKey);
            throw new DomainException(new InvalidCredentials());
        }
        throttle.Succeeded(accountKey);
        return SignedIn(member);
    }

    /// <summary>One attempt against the per-email and per-client limits; returns the email as the throttle keys it.</summary>
    private string Throttle(string? email)
    {
        var accountKey = (email ?? string.Empty).Trim().ToLowerInvariant();
        var address = httpContext.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return throttle.TryAttempt(accountKey, address) is { } refusal ? throw new DomainException(refusal) : accountKey;
    }

    private async Task<SignUpResult> SignUpWithRegisteredEmailAsync(Member registered, string accountKey, string password, CancellationToken cancellationToken)
    {
        if (await PasswordMatchesAsync(registered, password, cancellationToken))
        {
            throttle.Succeeded(accountKey);
            return new SignUpResult(SignedIn(registered));
        }
        // A sign-up is a password guess at the registered account too.
        throttle.Failed(accountKey);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.Add(AccountNotice.SignUpWithYourEmail(registered.Id, clock.GetCurrentInstant()));
        await db.SaveChangesAsync(cancellationToken);
        return new SignUpResult(null);
    }

    /// <summary>Costs one hash check whether or not the member has a password, so the answer's timing tells nothing.</summary>
    private async Task<bool> PasswordMatchesAsync(Member member, string? password, CancellationToken cancellationToken)
    {
        if (member.PasswordHash is not { } hash)
        {
            hasher.VerifyHashedPassword(null!, UnknownAccountHash.Value, password ?? string.Empty);
            return false;
        }
        switch (hasher.VerifyHashedPassword(member, hash, password ?? string.Empty))
        {
            case PasswordVerificationResult.Success:
                return true;
            case PasswordVerificationResult.SuccessRehashNeeded:
                await RehashAsync(member, password!, cancellationToken);
                return true;
            default:
                return false;
        }
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
}
