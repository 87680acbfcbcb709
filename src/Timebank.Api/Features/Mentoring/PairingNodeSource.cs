using GraphQL;
using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Courses;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Common;
using Timebank.Domain.Mentoring;

namespace Timebank.Api.Features.Mentoring;

/// <summary>A pairing by node(id:), for its mentor and mentees and its organisation's organisers; null for anyone else.</summary>
public sealed class PairingNodeSource : INodeSource
{
    public string TypeName => MentoringService.TypeName;

    public async Task<object?> FindAsync(Guid id, IResolveFieldContext context)
    {
        var access = context.Service<CourseAccess>();
        if (await access.ViewerAsync() is not { } me)
            return null;
        var pairingId = Id<MentoringPairing>.From(id);
        await using var db = await context.Service<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync(context.CancellationToken);
        var pairing = await db.Set<MentoringPairing>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == pairingId, context.CancellationToken);
        return pairing is not null && (pairing.Involves(me) || await access.OrganisesAsync(pairing.OrganisationId)) ? pairing : null;
    }
}
