using Microsoft.Extensions.Options;

namespace Timebank.Api.Platform.Hosting;

/// <summary>The API's edge: trusted proxies, security headers, body limits, and who may call /graphql from another origin.</summary>
public static class EdgeRegistration
{
    public const string GraphQLCorsPolicy = "graphql";

    public static IServiceCollection AddTimebankEdges(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EdgeOptions>(configuration.GetSection(EdgeOptions.Section));
        services.Configure<CorsOptions>(configuration.GetSection(CorsOptions.Section));
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>().Configure<IOptions<CorsOptions>>((cors, allowed) =>
            cors.AddPolicy(GraphQLCorsPolicy, policy => policy
                .WithOrigins([.. allowed.Value.AllowedOrigins])
                .WithMethods(HttpMethods.Get, HttpMethods.Post)
                .WithHeaders("Authorization", "Content-Type", "Accept")));
        return services;
    }

    /// <summary>First in the pipeline, so every response, errors and static files included, gets the headers.</summary>
    public static IApplicationBuilder UseTimebankEdges(this IApplicationBuilder app)
        => app.UseKnownProxies().UseMiddleware<SecurityHeaders>().UseMiddleware<RequestSizeLimit>();

    /// <summary>After routing: a preflight to /graphql is answered from the allow-list; an unlisted origin gets no CORS headers.</summary>
    public static IEndpointConventionBuilder WithGraphQLCors(this IEndpointConventionBuilder endpoint)
        => endpoint.RequireCors(GraphQLCorsPolicy);
}
