using Microsoft.EntityFrameworkCore;
using Timebank.Api.Platform.Persistence;

namespace Timebank.Api.Platform.Health;

public static class HealthEndpoints
{
    /// <summary>/healthz: the process answers. /readyz: the database answers too.</summary>
    public static IEndpointRouteBuilder MapTimebankHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => Results.Text("ok"));
        endpoints.MapGet("/readyz", async (IDbContextFactory<TimebankDbContext> databases, CancellationToken cancellationToken) =>
        {
            try
            {
                await using var db = await databases.CreateDbContextAsync(cancellationToken);
                return await db.Database.CanConnectAsync(cancellationToken)
                    ? Results.Text("ready")
                    : Results.Text("database unreachable", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                return Results.Text("database unreachable", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return endpoints;
    }
}
