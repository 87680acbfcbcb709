using NodaTime;
using Timebank.Api.Features;
using Timebank.Api.Features.Directory.Rest;
using Timebank.Api.Features.Flexi;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.Health;
using Timebank.Api.Platform.Hosting;
using Timebank.Api.Platform.Persistence;
using Timebank.Api.Platform.Tools;
using Timebank.Web;

var builder = WebApplication.CreateBuilder(HostingDefaults.Options(args)).UseTimebankHosting();

builder.Services.AddSingleton<IClock>(SystemClock.Instance);
builder.Services.AddTimebankPersistence(builder.Configuration);
builder.Services.AddTimebankEdges(builder.Configuration);
builder.Services.AddTimebankAuth(builder.Configuration);
builder.Services.AddTimebankGraphQL(builder.Configuration);
builder.Services.AddTimebankFeatures(builder.Configuration);
builder.Services.AddTimebankWeb();
builder.Services.AddScoped<Timebank.Web.GraphQL.IGraphQLClient, Timebank.Api.Platform.GraphQL.Http.InProcessGraphQLClient>();

var app = builder.Build();

if (CommandLine.IsCommand(app, args))
    return await CommandLine.RunAsync(app, args);

await app.Services.PrepareDatabaseAsync();
app.Services.GetRequiredService<SigningKeys>().TryLoadAtStart();

app.UseTimebankEdges();
app.UseStaticFiles();
app.UseCors();
app.UseAuthentication();
app.UseTimebankWebErrors();
app.MapTimebankHealth();
app.MapTimebankGraphQL();
app.MapOrukEndpoints();
app.MapFlexiEndpoints();
app.MapDataRightsEndpoints();
app.MapTimebankWeb();

await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
