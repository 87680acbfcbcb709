namespace Timebank.Web.Display;

/// <summary>
/// One field of a CSV file people open in a spreadsheet: quoted when it holds a comma, quote or line break, and
/// prefixed with an apostrophe when it starts like a formula, so a category called "=HYPERLINK(...)" stays text.
/// </summary>
public static class CsvField
{
    public static string Of(string text)
    {
        var formula = text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
        if (!formula && text.IndexOfAny([',', '"', '\r', '\n']) < 0)
            return text;
        return "\"" + (formula ? "'" : "") + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
