using GraphQL;
using Microsoft.EntityFrameworkCore;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;

namespace Timebank.Api.Features.Directory.Entries;

/// <summary>node(id:) for a directory entry: anyone reads a current one, as the search shows it; an archived one only its group's coordinators and managers.</summary>
public sealed class LocalSupportNodeSource : INodeSource
{
    public string TypeName => LocalSupportType.TypeName;

    public async Task<object?> FindAsync(Guid id, IResolveFieldContext context)
    {
        await using var db = await context.Service<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync(context.CancellationToken);
        var record = await db.Set<LocalSupportRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, context.CancellationToken);
        if (record is null || (record.ArchivedAt is not null && !await context.Service<Viewer>().AdministersAsync(record.OrganisationId)))
            return null;
        return LocalSupportRecords.Restore(record);
    }
}
