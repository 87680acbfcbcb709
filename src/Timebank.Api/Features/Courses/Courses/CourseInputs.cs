using GraphQL.Types;
using Timebank.Domain.Courses;

namespace Timebank.Api.Features.Courses.Courses;

public sealed record ModuleInput(string Title, int Minutes, string? Id = null);

public sealed record CriterionInput(CriterionKind Kind, int? Number = null, string? Output = null);

public sealed record RuleInput(RuleCombination Combination, List<CriterionInput> Criteria);

/// <summary>A course as written by an organiser; an update sends the whole course again (a module keeps its id when its id is sent).</summary>
public sealed record CourseInput(
    string Title,
    string? Description,
    List<ModuleInput> Modules,
    string Grants,
    RuleInput Rule,
    List<MaterialFormats>? Formats = null,
    string? FacilitatorsMustHold = null,
    EnrolmentMode? Enrolment = null,
    string? HoursTimebankId = null);

public sealed record CreateCourseInput(string OrganisationId, CourseInput Course);

public sealed record UpdateCourseInput(string CourseId, CourseInput Course);

public sealed record ApplyForCourseInput(string CourseId, string Statement);

public sealed record DecideApplicationInput(string ApplicationId, bool Accept, string? Note = null);

public sealed class ModuleInputType : InputObjectGraphType<ModuleInput>
{
    public ModuleInputType()
    {
        Name = "ModuleInput";
        Field(m => m.Title);
        Field(m => m.Minutes).Description("Its length in minutes, 5 minutes to 8 hours.");
        Field<IdGraphType>("id").Description("When updating a course: the module kept (its id stays, so sessions that cover it still do).");
    }
}

public sealed class CriterionInputType : InputObjectGraphType<CriterionInput>
{
    public CriterionInputType()
    {
        Name = "CompletionCriterionInput";
        Field<NonNullGraphType<CriterionKindType>>("kind");
        Field(c => c.Number, nullable: true).Description("Sessions for SESSIONS_ATTENDED; per cent for SHARE_OF_SESSIONS_ATTENDED.");
        Field(c => c.Output, nullable: true).Description("What must be recorded, for OUTPUT_RECORDED, e.g. \"a support plan for each person\".");
    }
}

public sealed class RuleInputType : InputObjectGraphType<RuleInput>
{
    public RuleInputType()
    {
        Name = "CompletionRuleInput";
        Field<NonNullGraphType<RuleCombinationType>>("combination");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CriterionInputType>>>>("criteria");
    }
}

public sealed class CourseInputType : InputObjectGraphType<CourseInput>
{
    public CourseInputType()
    {
        Name = "CourseInput";
        Field(c => c.Title);
        Field(c => c.Description, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ModuleInputType>>>>("modules").Description("In the order the course teaches them.");
        Field(c => c.Grants).Description("The accreditation completing it grants: PEER_BROKER, SUPPORT_PLANNING_CHAMPION, ENABLER or the organisation's own code.");
        Field<NonNullGraphType<RuleInputType>>("rule");
        Field<ListGraphType<NonNullGraphType<MaterialFormatType>>>("formats").Description("Standard print when none are given.");
        Field(c => c.FacilitatorsMustHold, nullable: true).Description("An accreditation every facilitator must hold, e.g. SUPPORT_PLANNING_CHAMPION for an enabler course.");
        Field<EnrolmentModeType>("enrolment").Description("OPEN unless given.");
        Field<IdGraphType>("hoursTimebankId").Description("The timebank where volunteer facilitators bank their session hours.");
    }
}

public sealed class CreateCourseInputType : InputObjectGraphType<CreateCourseInput>
{
    public CreateCourseInputType()
    {
        Name = "CreateCourseInput";
        Field<NonNullGraphType<IdGraphType>>("organisationId");
        Field<NonNullGraphType<CourseInputType>>("course");
    }
}

public sealed class UpdateCourseInputType : InputObjectGraphType<UpdateCourseInput>
{
    public UpdateCourseInputType()
    {
        Name = "UpdateCourseInput";
        Field<NonNullGraphType<IdGraphType>>("courseId");
        Field<NonNullGraphType<CourseInputType>>("course");
    }
}

public sealed class ApplyForCourseInputType : InputObjectGraphType<ApplyForCourseInput>
{
    public ApplyForCourseInputType()
    {
        Name = "ApplyForCourseInput";
        Field<NonNullGraphType<IdGraphType>>("courseId");
        Field(a => a.Statement).Description("Why you would like a place, up to 1,000 characters.");
    }
}

public sealed class DecideApplicationInputType : InputObjectGraphType<DecideApplicationInput>
{
    public DecideApplicationInputType()
    {
        Name = "DecideApplicationInput";
        Field<NonNullGraphType<IdGraphType>>("applicationId");
        Field(a => a.Accept);
        Field(a => a.Note, nullable: true).Description("A note to the applicant; required when declining.");
    }
}
