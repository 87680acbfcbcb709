using NodaTime;
using Timebank.Api.Features;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.Health;
using Timebank.Api.Platform.Persistence;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton<IClock>(SystemClock.Instance);
builder.Services.AddTimebankPersistence(builder.Configuration);
builder.Services.AddTimebankAuth(builder.Configuration);
builder.Services.AddTimebankGraphQL(builder.Configuration);
builder.Services.AddTimebankFeatures(builder.Configuration);

var app = builder.Build();

if (SchemaFile.IsPrintRequest(args))
{
    await SchemaFile.PrintAsync(app.Services, args);
    return;
}

await app.Services.PrepareDatabaseAsync();

app.UseStaticFiles();
app.UseAuthentication();
app.MapTimebankHealth();
app.MapTimebankGraphQL();

await app.RunAsync();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
