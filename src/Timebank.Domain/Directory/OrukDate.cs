using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Timebank.Domain.Directory;

/// <summary>ORUK dates are ISO 8601 calendar dates (YYYY-MM-DD); an import reads them with this so a bad one is reported at its path.</summary>
public static class OrukDate
{
    private static readonly LocalDatePattern Pattern = LocalDatePattern.Create("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);

    public static LocalDate? ParseOptional(string? text, string path)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var result = Pattern.Parse(text.Trim());
        return result.Success ? result.Value : throw new DomainException(new InvalidField(path, $"\"{UkPostcode.Shorten(text)}\" is not a date: use YYYY-MM-DD"));
    }

    public static string Format(LocalDate date) => Pattern.Format(date);
}
