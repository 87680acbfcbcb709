using Microsoft.EntityFrameworkCore;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Organisations;
using Timebank.Domain.Plans.Voice;

namespace Timebank.Api.Features.Plans.Voice;

/// <summary>Raising traffic lights and roadblocks on a service's board, and staff moving them along it.</summary>
public sealed class ClientVoiceService(IDbContextFactory<TimebankDbContext> databases, VoiceAccess voice, PlanAccess access)
{
    public const string TypeName = "ClientVoiceItem";

    public async Task<ClientVoiceItem> RaiseTrafficLightAsync(RaiseTrafficLightInput input, CancellationToken cancellationToken)
    {
        var raisedAs = await voice.RequireStandingAsync(input.OrganisationId, cancellationToken);
        var organisation = GlobalId.Parse<Organisation>(input.OrganisationId, "Organisation", "organisationId");
        return await SaveAsync(ClientVoiceItem.RaiseTrafficLight(organisation, input.Light, input.Text, input.Event, await access.MeAsync(), raisedAs, input.Anonymous ?? false, access.Now), cancellationToken);
    }

    public async Task<ClientVoiceItem> ReportRoadblockAsync(ReportRoadblockInput input, CancellationToken cancellationToken)
    {
        var raisedAs = await voice.RequireStandingAsync(input.OrganisationId, cancellationToken);
        var organisation = GlobalId.Parse<Organisation>(input.OrganisationId, "Organisation", "organisationId");
        return await SaveAsync(ClientVoiceItem.ReportRoadblock(organisation, input.Text, input.Event, await access.MeAsync(), raisedAs, input.Anonymous ?? false, access.Now), cancellationToken);
    }

    /// <summary>Two staff updating one item at once: the second starts again from what the first left.</summary>
    public async Task<ClientVoiceItem> UpdateAsync(UpdateClientVoiceItemInput input, CancellationToken cancellationToken)
    {
        var me = await access.MeAsync();
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            var item = GlobalId.TryParse<ClientVoiceItem>(input.ItemId, TypeName) is { } id
                ? await db.Set<ClientVoiceItem>().FirstOrDefaultAsync(i => i.Id == id, cancellationToken)
                : null;
            if (item is null || !await voice.MayReadAsync(item.OrganisationId, cancellationToken))
                throw new DomainException(new NotFound("client voice item", input.ItemId));
            await voice.RequireSupportStaffAsync(item.OrganisationId, "update the client voice board");
            item.Update(input.Status, input.WhatWasDone, me, access.Now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return item;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 5)
            {
            }
        }
    }

    private async Task<ClientVoiceItem> SaveAsync(ClientVoiceItem item, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return item;
    }
}
