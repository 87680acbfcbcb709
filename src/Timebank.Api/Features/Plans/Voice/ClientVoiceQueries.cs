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

public sealed class ClientVoiceQueries : IQueryFields
{
    public const int MaxListed = 200;

    public void AddTo(ObjectGraphType query)
        => query.Field<ClientVoiceBoardType>("clientVoiceBoard")
            .Description($"A service's traffic lights and roadblocks with what was done, newest first (up to {MaxListed}), for its clients and staff; null for anyone else.")
            .Argument<NonNullGraphType<IdGraphType>>("organisationId")
            .Argument<ClientVoiceStatusType>("status", "Only items in this state.")
            .Argument<StringGraphType>("event", "Only items raised at this event.")
            .RequireAuthentication()
            .ResolveAsync(async c =>
            {
                if (GlobalId.TryParse<Organisation>(c.GetArgument<string>("organisationId"), "Organisation") is not { } organisation
                    || !await c.Service<VoiceAccess>().MayReadAsync(organisation, c.CancellationToken))
                    return null;
                var status = c.GetArgument<ClientVoiceStatus?>("status");
                var atEvent = c.GetArgument<string?>("event")?.Trim();
                await using var db = await c.Service<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync(c.CancellationToken);
                var items = await db.Set<ClientVoiceItem>().AsNoTracking()
                    .Where(i => i.OrganisationId == organisation && (status == null || i.Status == status) && (atEvent == null || i.Event == atEvent))
                    .OrderByDescending(i => i.RaisedAt).Take(MaxListed).ToListAsync(c.CancellationToken);
                return new ClientVoiceBoard(organisation, items);
            });
}

public sealed class ClientVoiceMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        Add<RaiseTrafficLightInputType, RaiseTrafficLightInput>(mutation, "raiseTrafficLight", "A client or member of staff says what the service should stop (RED), keep (AMBER) or start (GREEN) doing.", (s, i, t) => s.RaiseTrafficLightAsync(i, t));
        Add<ReportRoadblockInputType, ReportRoadblockInput>(mutation, "reportRoadblock", "A client or member of staff names a roadblock to personalisation.", (s, i, t) => s.ReportRoadblockAsync(i, t));
        Add<UpdateClientVoiceItemInputType, UpdateClientVoiceItemInput>(mutation, "updateClientVoiceItem", "Staff move an item along the board (OPEN, IN_HAND, DONE) and say what was done.", (s, i, t) => s.UpdateAsync(i, t));
    }

    private static void Add<TInputType, TInput>(ObjectGraphType mutation, string name, string description, Func<ClientVoiceService, TInput, CancellationToken, Task<ClientVoiceItem>> run)
        where TInputType : IInputObjectGraphType
        => mutation.Field<NonNullGraphType<ResultPayloadType<ClientVoiceItem, ClientVoiceItemType>>>(name).Description(description)
            .Argument<NonNullGraphType<TInputType>>("input").RequireAuthentication()
            .ResolveAsync(async c => await Mutations.RunAsync(c, () => run(c.Service<ClientVoiceService>(), c.Input<TInput>(), c.CancellationToken)));
}
