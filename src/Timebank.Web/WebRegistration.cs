using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Timebank.Web.GraphQL;
using Timebank.Web.Pages;
using Timebank.Web.Session;

namespace Timebank.Web;

public static class WebRegistration
{
    /// <summary>The web's pages and services; the host supplies <see cref="IGraphQLClient"/>.</summary>
    public static IServiceCollection AddTimebankWeb(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
        {
            options.Conventions.ConfigureFilter(new SecurityHeadersFilter());
            options.Conventions.ConfigureFilter(new ApiOutcomeFilter());
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "timebank_antiforgery";
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
            options.FormFieldName = "__RequestVerificationToken";
        });
        services.AddScoped<TimebankApi>();
        return services;
    }

    public static IEndpointRouteBuilder MapTimebankWeb(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/assets/{name}", (HttpContext http, string name) => WebAssets.ServeAsync(http, name));
        endpoints.MapRazorPages().WithMetadata(new WebPageEndpoint());
        return endpoints;
    }
}
