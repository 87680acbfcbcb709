namespace Timebank.Domain.Directory;

/// <summary>Text fields of an entry: trimmed, within their limit, no control characters; refusals carry the field's path.</summary>
internal static class DirectoryText
{
    public static string Required(string? value, string path, int maxLength)
        => Optional(value, path, maxLength) ?? throw new DomainException(new InvalidField(path, "must not be blank"));

    public static string? Optional(string? value, string path, int maxLength)
    {
        // Length is checked before trimming so a megabyte of text is refused without copying it.
        if (value is null)
            return null;
        if (value.Length > maxLength && value.AsSpan().Trim().Length > maxLength)
            throw new DomainException(new TextTooLong(path, maxLength));
        var trimmed = value.Trim();
        if (trimmed.Length == 0)
            return null;
        foreach (var c in trimmed)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
                throw new DomainException(new InvalidField(path, "must not contain control characters"));
        }
        return trimmed;
    }

    /// <summary>An absolute http or https address, as ORUK's <c>format: uri</c> fields are used.</summary>
    public static string? OptionalUrl(string? value, string path)
    {
        var text = Optional(value, path, DirectoryLimits.UrlMaxLength);
        if (text is null)
            return null;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new DomainException(new InvalidField(path, "must be a web address starting http:// or https://"));
        return text;
    }

    public static string? OptionalEmail(string? value, string path)
    {
        var text = Optional(value, path, Members.EmailAddress.MaxLength);
        if (text is null)
            return null;
        try
        {
            return Members.EmailAddress.Parse(text).Value;
        }
        catch (DomainException)
        {
            throw new DomainException(new InvalidField(path, "is not an email address"));
        }
    }
}
