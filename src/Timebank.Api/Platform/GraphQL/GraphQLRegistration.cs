using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation.Complexity;
using Microsoft.Extensions.Options;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Http;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Hosting;

namespace Timebank.Api.Platform.GraphQL;

public static class GraphQLRegistration
{
    public static IServiceCollection AddTimebankGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GraphQLOptions>(configuration.GetSection(GraphQLOptions.Section));
        services.AddSingleton(provider =>
        {
            var limits = provider.GetRequiredService<IOptions<GraphQLOptions>>().Value;
            return new ComplexityOptions { MaxDepth = limits.MaxDepth, MaxComplexity = limits.MaxComplexity }.FreeIntrospection();
        });
        services.AddSingleton<GraphQLHttpEndpoint>();
        services.AddSingleton<TimebankSerializer>();
        services.AddSingleton<IntrospectionVolume>();
        services.AddSingleton<IQueryFields, NodeQueries>();
        services.AddSingleton<Tools.ICommandLineCommand, PrintSchemaCommand>();
        services.AddTransient(typeof(ConnectionGraphType<>));
        services.AddTransient(typeof(EdgeGraphType<>));
        services.AddTransient(typeof(ResultPayloadType<,>));
        services.AddUserError<ValidationFailed>("ValidationError", "An input value breaks a rule; field names it.");
        services.AddUserError<NotFound>("NotFoundError", "The object does not exist or is not visible to you.");
        services.AddUserError<NotAllowed>("NotAllowedError", "Your roles do not allow this.");
        services.AddUserError<NotAuthenticated>("NotAuthenticatedError", "Sign in first.");

        services.AddGraphQL(graphQL =>
        {
            // Documents are measured as they are parsed, before any rule walks them (see DocumentShape).
            graphQL.Services.Register<IDocumentBuilder, LimitedDocumentBuilder>(global::GraphQL.DI.ServiceLifetime.Singleton, replace: true);
            graphQL.AddSchema<TimebankSchema>()
                .AddGraphTypes(typeof(TimebankSchema).Assembly)
                .AddSerializer(provider => provider.GetRequiredService<TimebankSerializer>())
                .AddErrorInfoProvider<MaskingErrorInfoProvider>()
                .ConfigureExecution<DocumentCache>()
                // Every rule that depends on the request runs on cached documents too (see DocumentCache).
                .AddValidationRule<OnlyQueriesOverGetRule>(useForCachedDocuments: true)
                .AddValidationRule<RootMutationFieldLimitRule>(useForCachedDocuments: true)
                .AddValidationRule<AuthenticationRule>(useForCachedDocuments: true)
                .AddValidationRule<DataComplexityRule>(useForCachedDocuments: true)
                .AddValidationRule<IntrospectionRule>(useForCachedDocuments: true)
                .AddValidationRule<IntrospectionSwitchRule>(useForCachedDocuments: true);
        });
        return services;
    }

    public static IEndpointRouteBuilder MapTimebankGraphQL(this IEndpointRouteBuilder endpoints)
    {
        endpoints.Map(GraphQLHttpEndpoint.Path, context => context.RequestServices.GetRequiredService<GraphQLHttpEndpoint>().HandleAsync(context))
            .WithGraphQLCors();
        return endpoints;
    }
}
