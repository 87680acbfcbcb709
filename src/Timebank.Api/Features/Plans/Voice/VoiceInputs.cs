using GraphQL.Types;
using NodaTime;
using Timebank.Domain.Plans.Voice;

namespace Timebank.Api.Features.Plans.Voice;

public sealed record RaiseTrafficLightInput(string OrganisationId, TrafficLight Light, string Text, string Event, bool? Anonymous);

public sealed record ReportRoadblockInput(string OrganisationId, string Text, string? Event, bool? Anonymous);

public sealed record UpdateClientVoiceItemInput(string ItemId, ClientVoiceStatus Status, string? WhatWasDone);

public sealed record DefineChampionRoleInput(string OrganisationId, string Name, string? Purpose);

public sealed record AssignChampionRoleInput(string RoleId, string MemberId, LocalDate StartsOn, LocalDate? EndsOn);

public sealed record HandOverChampionRoleInput(string RoleId, string ToMemberId, LocalDate? On, LocalDate? EndsOn, string Note);

public sealed class TrafficLightType : EnumerationGraphType<TrafficLight>
{
    public TrafficLightType()
    {
        Name = "TrafficLight";
        Description = "RED: stop doing; AMBER: keep doing; GREEN: start doing.";
    }
}

public sealed class ClientVoiceKindType : EnumerationGraphType<ClientVoiceKind>
{
    public ClientVoiceKindType() => Name = "ClientVoiceKind";
}

public sealed class RaisedAsType : EnumerationGraphType<RaisedAs>
{
    public RaisedAsType() => Name = "RaisedAs";
}

public sealed class ClientVoiceStatusType : EnumerationGraphType<ClientVoiceStatus>
{
    public ClientVoiceStatusType() => Name = "ClientVoiceStatus";
}
