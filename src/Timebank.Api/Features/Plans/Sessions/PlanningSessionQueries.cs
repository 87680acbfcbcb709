using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Organisations;
using Timebank.Domain.Plans.Sessions;

namespace Timebank.Api.Features.Plans.Sessions;

public sealed class PlanningSessionQueries : IQueryFields
{
    public const int MaxListed = 50;

    public void AddTo(ObjectGraphType query)
    {
        query.Field<PlanningSessionType>("planningSession").Description("A Planning Live session, for the organisation's staff, its facilitators, the people planning and their allies.")
            .Argument<NonNullGraphType<IdGraphType>>("id").RequireAuthentication()
            .ResolveAsync(async c => GlobalId.TryParse<PlanningSession>(c.GetArgument<string>("id"), PlanningSessionService.TypeName) is { } id ? await VisibleAsync(c, id) : null);

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanningSessionType>>>>("planningSessions")
            .Description($"An organisation's Planning Live sessions, newest first (up to {MaxListed}), each only to those who may see it.")
            .Argument<NonNullGraphType<IdGraphType>>("organisationId").RequireAuthentication()
            .ResolveAsync(async c =>
            {
                if (GlobalId.TryParse<Organisation>(c.GetArgument<string>("organisationId"), "Organisation") is not { } org)
                    return Array.Empty<PlanningSession>();
                await using var db = await c.Service<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync(c.CancellationToken);
                var sessions = await db.Set<PlanningSession>().AsNoTracking().Where(s => s.OrganisationId == org)
                    .OrderByDescending(s => s.ScheduledAt).Take(MaxListed).ToListAsync(c.CancellationToken);
                var service = c.Service<PlanningSessionService>();
                var visible = new List<PlanningSession>();
                foreach (var session in sessions)
                {
                    if (await service.MaySeeAsync(session))
                        visible.Add(session);
                }
                return visible;
            });
    }

    public static async Task<PlanningSession?> VisibleAsync(IResolveFieldContext context, Id<PlanningSession> id)
    {
        await using var db = await context.Service<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync(context.CancellationToken);
        var session = await db.Set<PlanningSession>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, context.CancellationToken);
        return session is not null && await context.Service<PlanningSessionService>().MaySeeAsync(session) ? session : null;
    }
}
