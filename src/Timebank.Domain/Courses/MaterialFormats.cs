namespace Timebank.Domain.Courses;

/// <summary>The formats a course's materials come in; a course offers any set of them.</summary>
[Flags]
public enum MaterialFormats
{
    None = 0,
    StandardPrint = 1 << 0,
    LargePrint = 1 << 1,
    Braille = 1 << 2,
    EasyRead = 1 << 3,
    Audio = 1 << 4,
    BritishSignLanguage = 1 << 5,
}

public static class MaterialFormatsExtensions
{
    /// <summary>Every defined format; the EF mapping's check constraint uses it too.</summary>
    public const MaterialFormats All = MaterialFormats.StandardPrint | MaterialFormats.LargePrint | MaterialFormats.Braille
                                       | MaterialFormats.EasyRead | MaterialFormats.Audio | MaterialFormats.BritishSignLanguage;

    public static MaterialFormats Validated(this MaterialFormats formats)
        => (formats & ~All) == 0
            ? formats
            : throw new DomainException(new ValidationFailed("formats", "names a format that does not exist"));
}
