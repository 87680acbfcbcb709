using Timebank.Domain.Directory;

namespace Timebank.Api.Features.Directory.Entries;

/// <summary>GraphQL leaves a list the client did not send as null; the domain's drafts take an empty list for "none".</summary>
public static class GraphQLDrafts
{
    public static LocalServiceDraft Complete(LocalServiceDraft d) => d with
    {
        Id = null,
        Languages = d.Languages ?? [],
        ServiceAreas = d.ServiceAreas ?? [],
        CostOptions = d.CostOptions ?? [],
        Schedules = d.Schedules ?? [],
        ServiceAtLocations = (d.ServiceAtLocations ?? []).Select(l => l with { Addresses = l.Addresses ?? [], Accessibility = l.Accessibility ?? [] }).ToList(),
        Contacts = (d.Contacts ?? []).Select(c => c with { Phones = c.Phones ?? [] }).ToList(),
        Attributes = d.Attributes ?? [],
        Funding = d.Funding ?? [],
    };
}
