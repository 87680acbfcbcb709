using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Directory.Entries;
using Timebank.Api.Features.Directory.Oruk;
using Timebank.Api.Features.Directory.Search;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Directory;

namespace Timebank.Api.Features.Directory.Rest;

/// <summary>
/// The read-only ORUK 3.0 API under /oruk/: anonymous, CORS open to every origin as the standard asks, answers in
/// the standard's snake_case shapes, bad parameters answered 400 with a problem document.
/// </summary>
public static class OrukEndpoints
{
    public const string Base = "/oruk";

    public static IEndpointRouteBuilder MapOrukEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var oruk = endpoints.MapGroup(Base).AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers.AccessControlAllowOrigin = "*";
            return await next(context);
        });
        oruk.MapGet("/", (HttpRequest request) => Json(new
        {
            version = OrukCodes.Version,
            profile = "https://openreferraluk.org/developers/specifications",
            openapi_url = $"{request.Scheme}://{request.Host}{request.PathBase}{Base}/openapi.json",
        }));
        oruk.MapGet("/openapi.json", () => Results.Text(OrukOpenApi.Document, "application/json"));
        oruk.MapGet("/services", ServicesAsync);
        oruk.MapGet("/services/{id}", async (string id, OrukReadService read, CancellationToken ct)
            => Guid.TryParse(id, out var guid) && await read.ServiceAsync(guid, ct) is { } service ? Json(service) : OrukProblem.NotFound("service"));
        oruk.MapGet("/organizations", OrganizationsAsync);
        oruk.MapGet("/organizations/{id}", async (string id, OrukOrganizationReader read, CancellationToken ct)
            => Guid.TryParse(id, out var guid) && await read.OrganizationAsync(guid, ct) is { } found ? Json(found) : OrukProblem.NotFound("organization"));
        oruk.MapGet("/service_at_locations", ServiceAtLocationsAsync);
        oruk.MapGet("/service_at_locations/{id}", async (string id, OrukReadService read, CancellationToken ct)
            => Guid.TryParse(id, out var guid) && await read.ServiceAtLocationAsync(guid, ct) is { } found ? Json(found) : OrukProblem.NotFound("service at location"));
        oruk.MapGet("/taxonomies", TaxonomiesAsync);
        oruk.MapGet("/taxonomies/{id}", async (string id, OrukTaxonomyReader read, CancellationToken ct)
            => Guid.TryParse(id, out var guid) && await read.TaxonomyAsync(guid, ct) is { } found ? Json(found) : OrukProblem.NotFound("taxonomy"));
        oruk.MapGet("/taxonomy_terms", TermsAsync);
        oruk.MapGet("/taxonomy_terms/{id}", async (string id, OrukTaxonomyReader read, CancellationToken ct)
            => Guid.TryParse(id, out var guid) && await read.TermAsync(guid, ct) is { } found ? Json(found) : OrukProblem.NotFound("taxonomy term"));
        return endpoints;
    }

    private static async Task<IResult> ServicesAsync(HttpRequest request, OrukReadService read, LocalSupportService entries, CancellationToken ct)
    {
        var query = new OrukQueryString(request.Query);
        var (page, perPage) = query.Paging();
        var asked = Asked(query);
        if (Filter(query, asked, entries) is not { } filter)
            return OrukProblem.BadRequest(query.Problems.All);
        return Json(await read.ServicesAsync(filter, page, perPage, ct));
    }

    private static async Task<IResult> ServiceAtLocationsAsync(HttpRequest request, OrukReadService read, LocalSupportService entries, CancellationToken ct)
    {
        var query = new OrukQueryString(request.Query);
        var (page, perPage) = query.Paging();
        var asked = Asked(query) with { Area = query.Text("postcode") };
        // ORUK measures proximity in metres from a point; this directory has no postcode look-up, so the point is given.
        if (query.Number("proximity") is { } metres)
            asked = asked with { Km = metres / 1000, Latitude = query.Number("latitude"), Longitude = query.Number("longitude"), Area = null };
        if (Filter(query, asked, entries) is not { } filter)
            return OrukProblem.BadRequest(query.Problems.All);
        return Json(await read.ServiceAtLocationsAsync(filter, page, perPage, ct));
    }

    private static async Task<IResult> OrganizationsAsync(HttpRequest request, OrukOrganizationReader read, CancellationToken ct)
    {
        var query = new OrukQueryString(request.Query);
        var (page, perPage) = query.Paging();
        return query.Problems.Any ? OrukProblem.BadRequest(query.Problems.All) : Json(await read.OrganizationsAsync(page, perPage, ct));
    }

    private static async Task<IResult> TaxonomiesAsync(HttpRequest request, OrukTaxonomyReader read, CancellationToken ct)
    {
        var query = new OrukQueryString(request.Query);
        var (page, perPage) = query.Paging();
        return query.Problems.Any ? OrukProblem.BadRequest(query.Problems.All) : Json(await read.TaxonomiesAsync(page, perPage, ct));
    }

    private static async Task<IResult> TermsAsync(HttpRequest request, OrukTaxonomyReader read, CancellationToken ct)
    {
        var query = new OrukQueryString(request.Query);
        var (page, perPage) = query.Paging();
        var taxonomy = query.Text("taxonomy_id") is { } t ? Guid.TryParse(t, out var id) ? id : Bad(query, "taxonomy_id") : (Guid?)null;
        var parent = query.Text("parent_id") is { } p ? Guid.TryParse(p, out var pid) ? pid : Bad(query, "parent_id") : (Guid?)null;
        var topOnly = query.Flag("top_only");
        return query.Problems.Any ? OrukProblem.BadRequest(query.Problems.All) : Json(await read.TermsAsync(taxonomy, parent, topOnly, page, perPage, ct));
    }

    private static Guid? Bad(OrukQueryString query, string name)
    {
        query.Problems.Add(new InvalidField(name, "must be a UUID"));
        return null;
    }

    private static DirectoryQuery Asked(OrukQueryString query) => new()
    {
        Text = query.Text("search"),
        TaxonomyTermId = query.Text("taxonomy_term_id"),
        TaxonomyId = query.Text("taxonomy_id"),
        OrganisationId = query.Text("organization_id"),
        ModifiedAfter = query.Text("modified_after"),
        AgeFrom = query.Whole("minimum_age", 0, DirectoryLimits.MaxAge),
        AgeTo = query.Whole("maximum_age", 0, DirectoryLimits.MaxAge),
        Day = query.Text("day"),
        StartTime = query.Text("start_time"),
        EndTime = query.Text("end_time"),
    };

    /// <summary>The checked filter, or null with every problem (the query string's and the filter's) in the query's collector.</summary>
    private static DirectoryFilter? Filter(OrukQueryString query, DirectoryQuery asked, LocalSupportService entries)
    {
        try
        {
            var filter = DirectoryFilterParser.Parse(asked, DirectoryParameterNames.Oruk, entries.Today);
            return query.Problems.Any ? null : filter;
        }
        catch (DomainException e) when (e.Error is DirectoryEntryInvalid invalid)
        {
            foreach (var problem in invalid.Problems)
                query.Problems.Add(problem);
            return null;
        }
    }

    private static IResult Json<T>(T value) => Results.Text(OrukJson.Serialize(value), "application/json");
}
