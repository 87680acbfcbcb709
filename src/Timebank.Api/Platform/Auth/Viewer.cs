using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using NodaTime;
using Timebank.Api.Platform.Caching;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Common;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Platform.Auth;

/// <summary>
/// Who is asking, for one request: the member behind the bearer token and their memberships, loaded once and
/// shared by every resolver of the request. Every role check starts here.
/// </summary>
public sealed class Viewer(IHttpContextAccessor httpContext, IDbContextFactory<TimebankDbContext> databases, LookupCache cache, IClock clock)
{
    private readonly Lock _gate = new();
    private Task<Id<Member>?>? _id;
    private Task<IReadOnlyDictionary<Id<Organisation>, Membership>>? _memberships;

    private ClaimsPrincipal? User => httpContext.HttpContext?.User;

    public bool IsAuthenticated => User?.Identity?.IsAuthenticated == true;

    public Task<Id<Member>?> TryGetIdAsync()
    {
        lock (_gate)
            return _id ??= ResolveIdAsync();
    }

    /// <summary>The member once this request has resolved who it is (every write does so first); null before that or when signed out.</summary>
    public Id<Member>? KnownId
    {
        get
        {
            lock (_gate)
                return _id is { IsCompletedSuccessfully: true } resolved ? resolved.Result : null;
        }
    }

    public async Task<Id<Member>> RequireIdAsync()
        => await TryGetIdAsync() ?? throw new DomainException(new NotAuthenticated());

    /// <summary>The viewer's memberships by organisation (pending ones included); empty when signed out.</summary>
    public Task<IReadOnlyDictionary<Id<Organisation>, Membership>> MembershipsAsync()
    {
        lock (_gate)
            return _memberships ??= LoadMembershipsAsync();
    }

    public async Task<Membership?> MembershipInAsync(Id<Organisation> organisation)
        => (await MembershipsAsync()).GetValueOrDefault(organisation);

    public async Task<bool> IsActiveMemberOfAsync(Id<Organisation> organisation)
        => (await MembershipInAsync(organisation))?.IsActive == true;

    public async Task<bool> AdministersAsync(Id<Organisation> organisation)
        => (await MembershipInAsync(organisation))?.CanAdminister == true;

    /// <summary>
    /// A record looked up by id and the viewer's active membership in the organisation it belongs to; not found when
    /// either is missing, so a refusal never says whether the record exists.
    /// </summary>
    public async Task<(T Record, Membership Membership)> RequireInOrganisationAsync<T>(T? record, Func<T, Id<Organisation>> organisationOf, NotFound notFound)
        where T : class
    {
        var membership = record is null ? null : await MembershipInAsync(organisationOf(record));
        return record is not null && membership is { IsActive: true } ? (record, membership) : throw new DomainException(notFound);
    }

    /// <summary>The viewer's membership in an organisation when it carries one of <paramref name="roles"/>; otherwise a refusal.</summary>
    public async Task<Membership> RequireRoleAsync(Id<Organisation> organisation, Roles roles, string forWhat)
    {
        await RequireIdAsync();
        var membership = await MembershipInAsync(organisation);
        return membership is not null && membership.Has(roles)
            ? membership
            : throw new DomainException(new NotAllowed($"You need the {string.Join(" or ", roles.Each()).ToUpperInvariant()} role in this organisation to {forWhat}."));
    }

    /// <summary>After signUp or signIn, the rest of the same response is read as the member who just signed in.</summary>
    public void SignedInAs(Id<Member> member)
    {
        lock (_gate)
        {
            _id = Task.FromResult<Id<Member>?>(member);
            _memberships = null;
        }
    }

    /// <summary>Called after a mutation so fields read after it see the new memberships.</summary>
    public void ForgetMemberships()
    {
        lock (_gate)
            _memberships = null;
    }

    /// <summary>Memberships change rarely and are read on every request: kept briefly (see <see cref="ForgetMembershipsOf"/>).</summary>
    private async Task<IReadOnlyDictionary<Id<Organisation>, Membership>> LoadMembershipsAsync()
    {
        if (await TryGetIdAsync() is not { } id)
            return new Dictionary<Id<Organisation>, Membership>();
        return await cache.GetOrLoadAsync<IReadOnlyDictionary<Id<Organisation>, Membership>>(MembershipsKey(id), LookupCache.Changeable, async () =>
        {
            await using var db = await databases.CreateDbContextAsync();
            return await db.Memberships.AsNoTracking().Where(m => m.MemberId == id).ToDictionaryAsync(m => m.OrganisationId);
        });
    }

    /// <summary>Called by whatever changes a member's memberships, so this process sees the change at once.</summary>
    public static void ForgetMembershipsOf(LookupCache cache, Id<Member> member) => cache.Forget(MembershipsKey(member));

    private static (string, Id<Member>) MembershipsKey(Id<Member> member) => ("memberships", member);

    private async Task<Id<Member>?> ResolveIdAsync()
    {
        var user = User;
        if (user?.Identity?.IsAuthenticated != true)
            return null;
        var subject = user.FindFirstValue(JwtRegisteredClaimNames.Sub);
        var issuer = user.FindFirst(JwtRegisteredClaimNames.Sub)?.Issuer;
        if (subject is null)
            return null;
        if (issuer == TokenIssuer.Issuer)
            return Guid.TryParse(subject, out var local) ? Id<Member>.From(local) : null;
        return await ExternalMemberAsync(issuer ?? string.Empty, subject, user);
    }

    /// <summary>
    /// A person signed in by the external issuer is known by (issuer, subject); the first time, they get a member record.
    /// Their email is taken only if no account has it yet, so an external claim can never take over a local account.
    /// </summary>
    private async Task<Id<Member>?> ExternalMemberAsync(string issuer, string subject, ClaimsPrincipal user)
    {
        await using var db = await databases.CreateDbContextAsync();
        var existing = await db.Members.Where(m => m.ExternalIssuer == issuer && m.ExternalSubject == subject).Select(m => (Id<Member>?)m.Id).FirstOrDefaultAsync();
        if (existing is not null)
            return existing;

        var email = TryParse(user.FindFirstValue(JwtRegisteredClaimNames.Email), EmailAddress.Parse);
        if (email is not null && await db.Members.AnyAsync(m => m.Email == email))
            email = null;
        var name = TryParse(user.FindFirstValue("name") ?? user.FindFirstValue("preferred_username"), DisplayName.Parse)
            ?? DisplayName.Parse("Member");
        var member = Member.FromExternalIdentity(issuer, subject, email, name, clock.GetCurrentInstant());
        db.Members.Add(member);
        try
        {
            await db.SaveChangesAsync();
            return member.Id;
        }
        catch (DbUpdateException)
        {
            // Two first requests raced; the other one created the record.
            await using var again = await databases.CreateDbContextAsync();
            return await again.Members.Where(m => m.ExternalIssuer == issuer && m.ExternalSubject == subject).Select(m => (Id<Member>?)m.Id).SingleAsync();
        }
    }

    private static T? TryParse<T>(string? value, Func<string, T> parse) where T : class
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        try
        {
            return parse(value);
        }
        catch (DomainException)
        {
            return null;
        }
    }
}
