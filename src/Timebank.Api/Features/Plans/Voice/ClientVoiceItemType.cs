using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Members;
using Timebank.Api.Features.Organisations;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Plans.Voice;

namespace Timebank.Api.Features.Plans.Voice;

/// <summary>A traffic light or roadblock on a service's board. An anonymous one shows its raiser to the raiser alone.</summary>
public sealed class ClientVoiceItemType : NodeType<ClientVoiceItem>
{
    public ClientVoiceItemType()
        : base(ClientVoiceService.TypeName, i => i.Id.Value)
    {
        Field<NonNullGraphType<OrganisationType>>("organisation").Resolve(c => c.Service<ByIdLoader<Organisation>>().Load(c.Source.OrganisationId));
        Field<NonNullGraphType<ClientVoiceKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<TrafficLightType>("light").Description("For a traffic light; null for a roadblock.").Resolve(c => c.Source.Light);
        Field(i => i.Text);
        Field(i => i.Event, nullable: true).Description("Where it was raised, e.g. a client-voice day.");
        Field<NonNullGraphType<RaisedAsType>>("raisedAs").Description("Whether a client or staff raised it.").Resolve(c => c.Source.RaisedAs);
        Field(i => i.Anonymous);
        Field<MemberType>("raisedBy").Description("Who raised it; null on an anonymous item for everyone but its raiser.")
            .ResolveAsync(async c => c.Source.RaiserShownTo(await c.Service<Viewer>().TryGetIdAsync()) is { } raiser ? c.Service<ByIdLoader<Member>>().Load(raiser) : null);
        Field<NonNullGraphType<BooleanGraphType>>("raisedByYou").ResolveAsync(async c => await c.Service<Viewer>().TryGetIdAsync() == c.Source.RaisedBy);
        Field(i => i.RaisedAt);
        Field<NonNullGraphType<ClientVoiceStatusType>>("status").Resolve(c => c.Source.Status);
        Field(i => i.WhatWasDone, nullable: true);
        Field(i => i.UpdatedAt, nullable: true);
    }
}

/// <summary>A service's board: its traffic lights and roadblocks, newest first.</summary>
public sealed record ClientVoiceBoard(Id<Organisation> OrganisationId, IReadOnlyList<ClientVoiceItem> Items);

public sealed class ClientVoiceBoardType : ObjectGraphType<ClientVoiceBoard>
{
    public ClientVoiceBoardType()
    {
        Name = "ClientVoiceBoard";
        Field<NonNullGraphType<OrganisationType>>("organisation").Resolve(c => c.Service<ByIdLoader<Organisation>>().Load(c.Source.OrganisationId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClientVoiceItemType>>>>("trafficLights").WithComplexityImpact(1, 5)
            .Resolve(c => c.Source.Items.Where(i => i.Kind == ClientVoiceKind.TrafficLight).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClientVoiceItemType>>>>("roadblocks").WithComplexityImpact(1, 5)
            .Resolve(c => c.Source.Items.Where(i => i.Kind == ClientVoiceKind.Roadblock).ToList());
    }
}

public sealed class ClientVoiceItemNodeSource : INodeSource
{
    public string TypeName => ClientVoiceService.TypeName;

    public async Task<object?> FindAsync(Guid id, IResolveFieldContext context)
    {
        await using var db = await context.Service<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync(context.CancellationToken);
        var item = await db.Set<ClientVoiceItem>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == Id<ClientVoiceItem>.From(id), context.CancellationToken);
        return item is not null && await context.Service<VoiceAccess>().MayReadAsync(item.OrganisationId, context.CancellationToken) ? item : null;
    }
}
