using System.Text.Json;
using Timebank.Domain.Directory;

namespace Timebank.Api.Features.Directory.Rest;

/// <summary>
/// RFC 9457 problem documents (<c>application/problem+json</c>) for the ORUK endpoints: ORUK defines no error shape,
/// so bad input gets the standard one, with each problem's parameter and code under <c>errors</c>.
/// </summary>
public static class OrukProblem
{
    public const string ContentType = "application/problem+json";

    public static IResult BadRequest(IEnumerable<DirectoryInputError> problems)
    {
        var list = problems.ToList();
        return Write(StatusCodes.Status400BadRequest, "The request's parameters are not ones this directory can answer.",
            list.Count == 1 ? list[0].Message : $"{list.Count} problems: " + string.Join(" ", list.Select(p => p.Message)),
            list.Select(p => new { parameter = p.Path, code = p.Code, detail = p.Reason }).ToList());
    }

    public static IResult NotFound(string what)
        => Write(StatusCodes.Status404NotFound, "Not found.", $"No {what} with that id is in this directory.", null);

    private static IResult Write(int status, string title, string detail, object? errors)
        => Results.Text(JsonSerializer.Serialize(new { type = "about:blank", title, status, detail, errors }, Oruk.OrukJson.Options), ContentType, statusCode: status);
}
