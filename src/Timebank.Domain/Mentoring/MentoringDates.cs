using NodaTime;
using NodaTime.Text;

namespace Timebank.Domain.Mentoring;

/// <summary>Calendar dates typed by people (a start date, a meeting date), ISO yyyy-MM-dd.</summary>
public static class MentoringDates
{
    public static LocalDate Parse(string? text, string field)
    {
        var result = LocalDatePattern.Iso.Parse((text ?? string.Empty).Trim());
        return result.Success ? result.Value : throw new DomainException(new DateNotRecognised(field, text ?? string.Empty));
    }
}
