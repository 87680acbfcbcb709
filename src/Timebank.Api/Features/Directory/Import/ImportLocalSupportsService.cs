using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Directory.Import;

public sealed record ImportLocalSupportsInput(string OrganisationId, string Document);

/// <summary>The importLocalSupports mutation's side: the owning group's coordinators and managers import into it.</summary>
public sealed class ImportLocalSupportsService(Viewer viewer, OrukImporter importer)
{
    public async Task<OrukImportSummary> ImportAsync(ImportLocalSupportsInput input, CancellationToken cancellationToken)
    {
        await viewer.RequireIdAsync();
        var organisation = GlobalId.Parse<Organisation>(input.OrganisationId, "Organisation", "organisationId");
        var membership = await viewer.MembershipInAsync(organisation) ?? throw new DomainException(new NotFound("organisation", input.OrganisationId));
        if (!membership.CanAdminister)
            throw new DomainException(new NotAllowed("Only a coordinator or manager of the group can import entries into it."));
        return await importer.ImportAsync(organisation, OrukImporter.Parse(input.Document), cancellationToken);
    }
}
