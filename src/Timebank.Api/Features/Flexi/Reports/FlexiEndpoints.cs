using NodaTime.Text;
using Timebank.Api.Platform.Auth;

namespace Timebank.Api.Features.Flexi;

/// <summary>The service report as a CSV download, read by the same people as serviceReport (a bearer token), 404 for anyone else.</summary>
public static class FlexiEndpoints
{
    public const string ReportPath = "/flexi/services/{serviceId}/report.csv?from=yyyy-MM-dd&to=yyyy-MM-dd";

    public static IEndpointRouteBuilder MapFlexiEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/flexi/services/{serviceId}/report.csv", async (string serviceId, string? from, string? to, Viewer viewer, ServiceReportService reports, CancellationToken ct) =>
        {
            if (await viewer.TryGetIdAsync() is null)
                return Results.Unauthorized();
            var (first, last) = (LocalDatePattern.Iso.Parse(from ?? string.Empty), LocalDatePattern.Iso.Parse(to ?? string.Empty));
            if (!first.Success || !last.Success)
                return Results.BadRequest("from and to are dates, yyyy-MM-dd.");
            ServiceReportView? view;
            try
            {
                view = await reports.BuildAsync(serviceId, first.Value, last.Value, ct);
            }
            catch (DomainException refused)
            {
                return Results.BadRequest(refused.Error.Message);
            }
            return view is null
                ? Results.NotFound()
                : Results.Text(ServiceReportCsv.Write(view), "text/csv; charset=utf-8");
        });
        return endpoints;
    }
}
