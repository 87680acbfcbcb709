using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Members;
using Timebank.Api.Features.Organisations;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Plans.Voice;

namespace Timebank.Api.Features.Plans.Voice;

/// <summary>A champion or peer-mentor role with who holds it now and everyone who held it before.</summary>
public sealed class ChampionRoleType : NodeType<ChampionRole>
{
    public ChampionRoleType()
        : base(ChampionRoleService.TypeName, r => r.Id.Value)
    {
        Field<NonNullGraphType<OrganisationType>>("organisation").Resolve(c => c.Service<ByIdLoader<Organisation>>().Load(c.Source.OrganisationId));
        Field(r => r.Name);
        Field(r => r.Purpose, nullable: true);
        Field<ChampionHoldingType>("current").Description("The holding in force today; null when nobody holds the role.")
            .Resolve(c => c.Service<ChampionHoldingsLoader>().Load(c.Source.Id)
                .Then(async all => c.Source.Current(all?.FirstOrDefault(h => h.Id == c.Source.LatestHoldingId), await c.Service<PlanAccess>().TodayAsync(c.Source.OrganisationId, c.CancellationToken))));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChampionHoldingType>>>>("history").Description("Every holding, newest first.").WithComplexityImpact(1, 5)
            .Resolve(c => c.Service<ChampionHoldingsLoader>().Load(c.Source.Id).Select(all => all ?? []));
    }
}

public sealed class ChampionHoldingType : ObjectGraphType<ChampionHolding>
{
    public ChampionHoldingType()
    {
        Name = "ChampionHolding";
        Field<NonNullGraphType<MemberType>>("holder").Resolve(c => c.Service<ByIdLoader<Member>>().Load(c.Source.HolderId));
        Field(h => h.StartsOn);
        Field(h => h.EndsOn, nullable: true);
        Field(h => h.HandoverNote, nullable: true).Description("What the holder left for the next one when they moved on.");
        Field<MemberType>("handedOverTo").Resolve(c => c.Source.HandedOverTo is { } next ? c.Service<ByIdLoader<Member>>().Load(next) : null);
    }
}

/// <summary>Every holding of the roles a response level shows, in one query.</summary>
public sealed class ChampionHoldingsLoader(IDbContextFactory<TimebankDbContext> databases) : BatchLoader<Id<ChampionRole>, IReadOnlyList<ChampionHolding>>
{
    protected override async Task<IReadOnlyDictionary<Id<ChampionRole>, IReadOnlyList<ChampionHolding>>> FetchAsync(IReadOnlyList<Id<ChampionRole>> keys, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var holdings = await db.Set<ChampionHolding>().AsNoTracking().Where(h => keys.Contains(h.RoleId)).ToListAsync(cancellationToken);
        return holdings.GroupBy(h => h.RoleId).ToDictionary(g => g.Key, g => (IReadOnlyList<ChampionHolding>)[.. g.OrderByDescending(h => h.StartsOn).ThenByDescending(h => h.Id)]);
    }
}

public sealed class ChampionRoleNodeSource : INodeSource
{
    public string TypeName => ChampionRoleService.TypeName;

    public async Task<object?> FindAsync(Guid id, IResolveFieldContext context)
    {
        await using var db = await context.Service<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync(context.CancellationToken);
        var role = await db.Set<ChampionRole>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == Id<ChampionRole>.From(id), context.CancellationToken);
        return role is not null && await context.Service<VoiceAccess>().MayReadAsync(role.OrganisationId, context.CancellationToken) ? role : null;
    }
}
