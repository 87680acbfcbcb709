using Timebank.Api.Features.Members;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Organisations;

public static class OrganisationsFeature
{
    public static IServiceCollection AddOrganisationsFeature(this IServiceCollection services)
    {
        services.AddScoped<OrganisationService>();
        services.AddSingleton(new CacheableEntity(typeof(Organisation)));
        services.AddScoped<MembershipAccess>();
        services.AddScoped<IMemberVisibility>(provider => provider.GetRequiredService<MembershipAccess>());
        services.AddSingleton<IObjectFields<MemberType>, MemberMembershipsFields>();
        services.AddScoped<MembershipsOfMemberLoader>();
        services.AddSingleton<IQueryFields, OrganisationQueries>();
        services.AddSingleton<IMutationFields, OrganisationMutations>();
        services.AddSingleton<INodeSource, OrganisationNodeSource>();
        services.AddSingleton<INodeSource, MembershipNodeSource>();
        services.AddUserError<AlreadyMember>("AlreadyMemberError", "You already belong to this organisation or asked to join it.");
        services.AddUserError<NotPending>("NotPendingError", "The membership is not waiting for approval.");
        return services;
    }
}
