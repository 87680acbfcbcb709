namespace Timebank.Domain.Brokerage;

/// <summary>Formats a broker can work in, or a person asks for. A broker offers a set; a request names one or none.</summary>
[Flags]
public enum AccessibleFormats
{
    None = 0,
    LargePrint = 1 << 0,
    Braille = 1 << 1,
    EasyRead = 1 << 2,
    Bsl = 1 << 3,
    Interpreter = 1 << 4,
}

public static class AccessibleFormatsExtensions
{
    public const AccessibleFormats All = AccessibleFormats.LargePrint | AccessibleFormats.Braille | AccessibleFormats.EasyRead | AccessibleFormats.Bsl | AccessibleFormats.Interpreter;

    public static bool IsSingle(this AccessibleFormats format) => format != AccessibleFormats.None && (format & (format - 1)) == 0 && (format & ~All) == 0;

    public static bool Offers(this AccessibleFormats offered, AccessibleFormats wanted) => (offered & wanted) == wanted;

    internal static AccessibleFormats Checked(this AccessibleFormats formats, string field)
        => (formats & ~All) == 0 ? formats : throw new DomainException(new ValidationFailed(field, "names a format this timebank does not know"));
}
