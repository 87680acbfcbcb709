using GraphQL.Types;
using Timebank.Domain.Plans.Voice;

namespace Timebank.Api.Features.Plans.Voice;

public sealed class RaiseTrafficLightInputType : InputObjectGraphType<RaiseTrafficLightInput>
{
    public RaiseTrafficLightInputType()
    {
        Name = "RaiseTrafficLightInput";
        Field<NonNullGraphType<IdGraphType>>("organisationId").Description("The service it is about; you are one of its clients or staff.");
        Field<NonNullGraphType<TrafficLightType>>("light");
        Field(i => i.Text).Description($"What to stop, keep or start doing, up to {ClientVoiceItem.TextMaxLength} characters.");
        Field(i => i.Event).Description("Where it was raised, e.g. the spring client-voice day.");
        Field(i => i.Anonymous, nullable: true).Description("Clients only: others are not shown that it was you.");
    }
}

public sealed class ReportRoadblockInputType : InputObjectGraphType<ReportRoadblockInput>
{
    public ReportRoadblockInputType()
    {
        Name = "ReportRoadblockInput";
        Field<NonNullGraphType<IdGraphType>>("organisationId");
        Field(i => i.Text).Description("What stands in the way of support shaped around the person.");
        Field(i => i.Event, nullable: true);
        Field(i => i.Anonymous, nullable: true).Description("Clients only: others are not shown that it was you.");
    }
}

public sealed class UpdateClientVoiceItemInputType : InputObjectGraphType<UpdateClientVoiceItemInput>
{
    public UpdateClientVoiceItemInputType()
    {
        Name = "UpdateClientVoiceItemInput";
        Field<NonNullGraphType<IdGraphType>>("itemId");
        Field<NonNullGraphType<ClientVoiceStatusType>>("status");
        Field(i => i.WhatWasDone, nullable: true).Description("Needed once it is DONE.");
    }
}

public sealed class DefineChampionRoleInputType : InputObjectGraphType<DefineChampionRoleInput>
{
    public DefineChampionRoleInputType()
    {
        Name = "DefineChampionRoleInput";
        Field<NonNullGraphType<IdGraphType>>("organisationId");
        Field(i => i.Name).Description("e.g. House meetings champion, Welcomer, Move-on workshop peer mentor.");
        Field(i => i.Purpose, nullable: true);
    }
}

public sealed class AssignChampionRoleInputType : InputObjectGraphType<AssignChampionRoleInput>
{
    public AssignChampionRoleInputType()
    {
        Name = "AssignChampionRoleInput";
        Field<NonNullGraphType<IdGraphType>>("roleId");
        Field<NonNullGraphType<IdGraphType>>("memberId").Description("A client of the service.");
        Field(i => i.StartsOn);
        Field(i => i.EndsOn, nullable: true);
    }
}

public sealed class HandOverChampionRoleInputType : InputObjectGraphType<HandOverChampionRoleInput>
{
    public HandOverChampionRoleInputType()
    {
        Name = "HandOverChampionRoleInput";
        Field<NonNullGraphType<IdGraphType>>("roleId");
        Field<NonNullGraphType<IdGraphType>>("toMemberId").Description("The next client to hold it.");
        Field(i => i.On, nullable: true).Description("The day the current holder hands over and the next starts; today when left out.");
        Field(i => i.EndsOn, nullable: true).Description("When the next holding is planned to end, if known.");
        Field(i => i.Note).Description("The handover note for the next holder.");
    }
}
