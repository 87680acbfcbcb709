using GraphQL.Types;
using Timebank.Domain.Courses;

namespace Timebank.Api.Features.Courses.Courses;

public sealed class CriterionKindType : EnumerationGraphType<CriterionKind>
{
    public CriterionKindType() => Name = "CompletionCriterionKind";
}

public sealed class RuleCombinationType : EnumerationGraphType<RuleCombination>
{
    public RuleCombinationType() => Name = "RuleCombination";
}

public sealed class EnrolmentModeType : EnumerationGraphType<EnrolmentMode>
{
    public EnrolmentModeType() => Name = "EnrolmentMode";
}

public sealed class ApplicationStatusType : EnumerationGraphType<ApplicationStatus>
{
    public ApplicationStatusType() => Name = "ApplicationStatus";
}

/// <summary>One format of a course's materials; a course lists the set it offers.</summary>
public sealed class MaterialFormatType : EnumerationGraphType
{
    public MaterialFormatType()
    {
        Name = "MaterialFormat";
        Add("STANDARD_PRINT", MaterialFormats.StandardPrint);
        Add("LARGE_PRINT", MaterialFormats.LargePrint);
        Add("BRAILLE", MaterialFormats.Braille);
        Add("EASY_READ", MaterialFormats.EasyRead);
        Add("AUDIO", MaterialFormats.Audio);
        Add("BSL", MaterialFormats.BritishSignLanguage);
    }
}
