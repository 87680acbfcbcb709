using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Plans.Voice;

namespace Timebank.Api.Features.Plans.Voice;

/// <summary>
/// Champion and peer-mentor roles: staff name them and give them to clients; a handover ends one holding and starts
/// the next in one save, guarded by the role's concurrency token so two handovers cannot both start a holding.
/// </summary>
public sealed class ChampionRoleService(IDbContextFactory<TimebankDbContext> databases, VoiceAccess voice, PlanAccess access)
{
    public const string TypeName = "ChampionRole";

    public async Task<ChampionRole> DefineAsync(DefineChampionRoleInput input, CancellationToken cancellationToken)
    {
        var organisation = GlobalId.Parse<Organisation>(input.OrganisationId, "Organisation", "organisationId");
        await voice.RequireSupportStaffAsync(organisation, "name champion roles");
        var role = ChampionRole.Define(organisation, input.Name, input.Purpose, await access.MeAsync(), access.Now);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        if (await db.Set<ChampionRole>().AnyAsync(r => r.OrganisationId == organisation && r.Name == role.Name, cancellationToken))
            throw new DomainException(new ValidationFailed("name", "the service already has a role of that name"));
        db.Add(role);
        await db.SaveChangesAsync(cancellationToken);
        return role;
    }

    public Task<ChampionRole> AssignAsync(AssignChampionRoleInput input, CancellationToken cancellationToken)
        => ChangeAsync(input.RoleId, async (db, role, latest, me) =>
        {
            var client = await RequireClientAsync(db, role, input.MemberId, "memberId", cancellationToken);
            return role.Assign(latest, client, input.StartsOn, input.EndsOn, me, await access.TodayAsync(role.OrganisationId, cancellationToken));
        }, cancellationToken);

    public Task<ChampionRole> HandOverAsync(HandOverChampionRoleInput input, CancellationToken cancellationToken)
        => ChangeAsync(input.RoleId, async (db, role, latest, me) =>
        {
            var next = await RequireClientAsync(db, role, input.ToMemberId, "toMemberId", cancellationToken);
            var today = await access.TodayAsync(role.OrganisationId, cancellationToken);
            return role.HandOver(latest, next, input.On ?? today, input.EndsOn, input.Note, me, today);
        }, cancellationToken);

    /// <summary>
    /// Loads the role and its latest holding, lets the change start a holding, and saves both with the role's row; a
    /// concurrent change to the role makes this one start again from what that one left.
    /// </summary>
    private async Task<ChampionRole> ChangeAsync(string roleId, Func<TimebankDbContext, ChampionRole, ChampionHolding?, Id<Member>, Task<ChampionHolding>> change, CancellationToken cancellationToken)
    {
        var me = await access.MeAsync();
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            var role = GlobalId.TryParse<ChampionRole>(roleId, TypeName) is { } id
                ? await db.Set<ChampionRole>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
                : null;
            if (role is null || !await voice.MayReadAsync(role.OrganisationId, cancellationToken))
                throw new DomainException(new NotFound("champion role", roleId));
            await voice.RequireSupportStaffAsync(role.OrganisationId, "give champion roles");
            var latest = role.LatestHoldingId is { } holding ? await db.Set<ChampionHolding>().FirstOrDefaultAsync(h => h.Id == holding, cancellationToken) : null;
            db.Add(await change(db, role, latest, me));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return role;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 5)
            {
            }
        }
    }

    private static async Task<Id<Member>> RequireClientAsync(TimebankDbContext db, ChampionRole role, string memberId, string field, CancellationToken cancellationToken)
    {
        var member = GlobalId.Parse<Member>(memberId, MemberType.TypeName, field);
        if (!await ServedPeople.IsServedAsync(db, role.OrganisationId, member, cancellationToken))
            throw new DomainException(new NotAClient(await ServedPeople.NameAsync(db, member, cancellationToken)));
        return member;
    }
}
