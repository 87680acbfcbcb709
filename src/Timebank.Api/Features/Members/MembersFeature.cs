using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Members;

public static class MembersFeature
{
    public static IServiceCollection AddMembersFeature(this IServiceCollection services)
    {
        services.AddScoped<LoginService>();
        services.AddSingleton(new CacheableEntity(typeof(Member)));
        services.AddSingleton<IQueryFields, MemberQueries>();
        services.AddSingleton<IMutationFields, LoginMutations>();
        services.AddSingleton<PersonalDataExport>();
        services.AddSingleton<IMutationFields, DataRightsMutations>();
        services.AddSingleton<INodeSource, MemberNodeSource>();
        services.AddUserError<InvalidCredentials>("InvalidCredentialsError", "The email or password is not right (the same answer for both).");
        services.AddUserError<TooManyAttempts>("TooManyAttemptsError", "Too many sign-in or sign-up attempts with this email or from this address; retryAfterSeconds says when to try again.");
        return services;
    }
}
