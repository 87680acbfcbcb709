using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Organisations;
using Timebank.Domain.Plans.Voice;

namespace Timebank.Api.Features.Plans.Voice;

public sealed class ChampionRoleQueries : IQueryFields
{
    public const int MaxListed = 100;

    public void AddTo(ObjectGraphType query)
        => query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChampionRoleType>>>>("championRoles")
            .Description($"A service's champion and peer-mentor roles by name (up to {MaxListed}), with holders, for its clients and staff.")
            .Argument<NonNullGraphType<IdGraphType>>("organisationId").RequireAuthentication()
            .ResolveAsync(async c =>
            {
                if (GlobalId.TryParse<Organisation>(c.GetArgument<string>("organisationId"), "Organisation") is not { } organisation
                    || !await c.Service<VoiceAccess>().MayReadAsync(organisation, c.CancellationToken))
                    return Array.Empty<ChampionRole>();
                await using var db = await c.Service<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync(c.CancellationToken);
                return await db.Set<ChampionRole>().AsNoTracking().Where(r => r.OrganisationId == organisation).OrderBy(r => r.Name).Take(MaxListed).ToListAsync(c.CancellationToken);
            });
}

public sealed class ChampionRoleMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        Add<DefineChampionRoleInputType, DefineChampionRoleInput>(mutation, "defineChampionRole", "Staff name a champion or peer-mentor role their clients can take on.", (s, i, t) => s.DefineAsync(i, t));
        Add<AssignChampionRoleInputType, AssignChampionRoleInput>(mutation, "assignChampionRole", "Gives a role nobody holds to a client of the service, from a date and optionally until one.", (s, i, t) => s.AssignAsync(i, t));
        Add<HandOverChampionRoleInputType, HandOverChampionRoleInput>(mutation, "handOverChampionRole", "When the holder moves on: ends their holding with a handover note and starts the next client's, together.", (s, i, t) => s.HandOverAsync(i, t));
    }

    private static void Add<TInputType, TInput>(ObjectGraphType mutation, string name, string description, Func<ChampionRoleService, TInput, CancellationToken, Task<ChampionRole>> run)
        where TInputType : IInputObjectGraphType
        => mutation.Field<NonNullGraphType<ResultPayloadType<ChampionRole, ChampionRoleType>>>(name).Description(description)
            .Argument<NonNullGraphType<TInputType>>("input").RequireAuthentication()
            .ResolveAsync(async c => await Mutations.RunAsync(c, () => run(c.Service<ChampionRoleService>(), c.Input<TInput>(), c.CancellationToken)));
}
