namespace Timebank.Api.Platform.Hosting;

/// <summary>
/// Where the API looks for its files and where it listens when nobody says: the same wherever the process is started
/// from, and never in the way of the standard ASP.NET Core settings a host or container image gives.
/// </summary>
public static class HostingDefaults
{
    /// <summary>Used only when no URL, port or Kestrel endpoint is configured.</summary>
    public const string DevelopmentUrl = "http://localhost:5080";

    /// <summary>
    /// The content root (appsettings.json, wwwroot, the default data folder) is the application's own folder, not the
    /// current directory, unless <c>--contentRoot</c> or <c>ASPNETCORE_CONTENTROOT</c>/<c>DOTNET_CONTENTROOT</c> names one.
    /// </summary>
    public static WebApplicationOptions Options(string[] args)
    {
        var host = new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_")
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddCommandLine(args)
            .Build();
        return new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = string.IsNullOrEmpty(host[HostDefaults.ContentRootKey]) ? AppContext.BaseDirectory : null,
        };
    }

    /// <summary>The URL to listen on when the configuration names none (ASPNETCORE_URLS, --urls, HTTP_PORTS, Kestrel:Endpoints).</summary>
    public static string? FallbackUrl(IConfiguration configuration)
        => string.IsNullOrEmpty(configuration[WebHostDefaults.ServerUrlsKey])
            && string.IsNullOrEmpty(configuration[WebHostDefaults.HttpPortsKey])
            && string.IsNullOrEmpty(configuration[WebHostDefaults.HttpsPortsKey])
            && !configuration.GetSection("Kestrel:Endpoints").GetChildren().Any()
                ? DevelopmentUrl
                : null;

    public static WebApplicationBuilder UseTimebankHosting(this WebApplicationBuilder builder)
    {
        if (FallbackUrl(builder.Configuration) is { } url)
            builder.WebHost.UseUrls(url);
        // Serves wwwroot from the project when run from its build output (dotnet run) outside Development too, which
        // does this itself; a published build has no such manifest and serves the wwwroot copied beside it.
        if (!builder.Environment.IsDevelopment())
            builder.WebHost.UseStaticWebAssets();
        return builder;
    }
}
