using System.Text;
using Timebank.Api.Platform.Auth;

namespace Timebank.Api.Features.Members;

/// <summary>The signed-in person's data as a file download (the same file as <c>exportMyData</c>); 401 when signed out.</summary>
public static class DataRightsEndpoints
{
    public const string ExportPath = "/me/data-export";

    public static IEndpointRouteBuilder MapDataRightsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExportPath, async (Viewer viewer, PersonalDataExport export, CancellationToken ct) =>
        {
            if (await viewer.TryGetIdAsync() is not { } person)
                return Results.Unauthorized();
            var file = await export.ExportAsync(person, ct);
            return Results.File(Encoding.UTF8.GetBytes(file.Content), file.ContentType, file.FileName);
        });
        return endpoints;
    }
}
