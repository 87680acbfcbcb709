using System.Globalization;
using Timebank.Domain.Directory;

namespace Timebank.Api.Features.Directory.Rest;

/// <summary>Reads ORUK's query parameters as text, so a bad value becomes a problem with its name rather than a framework 400.</summary>
public sealed class OrukQueryString(IQueryCollection query)
{
    public const int DefaultPerPage = 50;
    public const int MaxPerPage = 200;

    private readonly DirectoryProblems _problems = new();

    public DirectoryProblems Problems => _problems;

    public string? Text(string name) => query.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.ToString() : null;

    public int? Whole(string name, int min, int max)
    {
        if (Text(name) is not { } text)
            return null;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
            return n;
        _problems.Add(new InvalidField(name, $"must be a whole number from {min} to {max}"));
        return null;
    }

    public double? Number(string name)
    {
        if (Text(name) is not { } text)
            return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n))
            return n;
        _problems.Add(new InvalidField(name, "must be a number"));
        return null;
    }

    public bool Flag(string name)
    {
        if (Text(name) is not { } text)
            return false;
        if (bool.TryParse(text, out var flag))
            return flag;
        _problems.Add(new InvalidField(name, "must be true or false"));
        return false;
    }

    public (int Page, int PerPage) Paging() => (Whole("page", 1, 1_000_000) ?? 1, Whole("per_page", 1, MaxPerPage) ?? DefaultPerPage);
}
