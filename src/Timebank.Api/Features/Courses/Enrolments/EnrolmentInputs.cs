using GraphQL.Types;

namespace Timebank.Api.Features.Courses.Enrolments;

public sealed record EnrolInput(string CohortId, string? MemberId = null, string? Supporter = null);

public sealed record EnrolmentRefInput(string CohortId, string? MemberId = null);

public sealed record RecordOutputInput(string CohortId, string MemberId, string Output, string? Note = null);

public sealed class EnrolInputType : InputObjectGraphType<EnrolInput>
{
    public EnrolInputType()
    {
        Name = "EnrolInput";
        Field<NonNullGraphType<IdGraphType>>("cohortId");
        Field<IdGraphType>("memberId").Description("Who takes the place: yourself unless an organiser names someone.");
        Field(e => e.Supporter, nullable: true).Description("Who may attend alongside them without taking a place, e.g. \"Jo, support worker\".");
    }
}

/// <summary>Names one person's enrolment in a cohort: for withdrawing or completing it.</summary>
public sealed class EnrolmentRefInputType : InputObjectGraphType<EnrolmentRefInput>
{
    public EnrolmentRefInputType()
    {
        Name = "EnrolmentInput";
        Field<NonNullGraphType<IdGraphType>>("cohortId");
        Field<IdGraphType>("memberId").Description("Yourself unless given.");
    }
}

public sealed class RecordOutputInputType : InputObjectGraphType<RecordOutputInput>
{
    public RecordOutputInputType()
    {
        Name = "RecordOutputInput";
        Field<NonNullGraphType<IdGraphType>>("cohortId");
        Field<NonNullGraphType<IdGraphType>>("memberId");
        Field(o => o.Output).Description("An output the course's rule asks for, e.g. \"a support plan for each person\".");
        Field(o => o.Note, nullable: true);
    }
}
