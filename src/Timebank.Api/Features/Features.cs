using Timebank.Api.Features.Members;
using Timebank.Api.Features.Organisations;
using Timebank.Api.Platform.GraphQL.Loading;

namespace Timebank.Api.Features;

public static class Features
{
    /// <summary>Every feature folder's services, in the order their fields appear in the schema.</summary>
    public static IServiceCollection AddTimebankFeatures(this IServiceCollection services)
    {
        services.AddScoped(typeof(ByIdLoader<>));
        services.AddMembersFeature();
        services.AddOrganisationsFeature();
        return services;
    }
}
