using GraphQL.Types;

namespace Timebank.Api.Features.Mentoring;

public sealed record PairMentorInput(string OrganisationId, string MentorId, List<string> MenteeIds, string Cadence, string StartsOn, string? CohortId = null, string? HoursTimebankId = null);

public sealed record EndPairingInput(string PairingId, string EndedOn);

public sealed record LogMentoringMeetingInput(string PairingId, string Date, int Minutes, string? Notes = null, bool? CreditMentor = null, string? IdempotencyKey = null);

public sealed class PairMentorInputType : InputObjectGraphType<PairMentorInput>
{
    public PairMentorInputType()
    {
        Name = "PairMentorInput";
        Field<NonNullGraphType<IdGraphType>>("organisationId");
        Field<NonNullGraphType<IdGraphType>>("mentorId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("menteeIds").Description("One mentee, or up to 12 for a coaching or action-learning set that meets together.");
        Field(p => p.Cadence).Description("WEEKLY, FORTNIGHTLY, MONTHLY or QUARTERLY.");
        Field(p => p.StartsOn).Description("yyyy-MM-dd.");
        Field<IdGraphType>("cohortId").Description("The cohort the mentoring follows, if any.");
        Field<IdGraphType>("hoursTimebankId").Description("The timebank where the mentor banks hours, if any.");
    }
}

public sealed class EndPairingInputType : InputObjectGraphType<EndPairingInput>
{
    public EndPairingInputType()
    {
        Name = "EndPairingInput";
        Field<NonNullGraphType<IdGraphType>>("pairingId");
        Field(p => p.EndedOn).Description("yyyy-MM-dd, between the start and today.");
    }
}

public sealed class LogMentoringMeetingInputType : InputObjectGraphType<LogMentoringMeetingInput>
{
    public LogMentoringMeetingInputType()
    {
        Name = "LogMentoringMeetingInput";
        Field<NonNullGraphType<IdGraphType>>("pairingId");
        Field(m => m.Date).Description("yyyy-MM-dd, not in the future.");
        Field(m => m.Minutes);
        Field(m => m.Notes, nullable: true).Description("Visible to the mentor and mentees only, never to organisers.");
        Field(m => m.CreditMentor, nullable: true).Description("Bank the mentor's hours for it in the pairing's timebank.");
        Field(m => m.IdempotencyKey, nullable: true)
            .Description("Your key for this meeting: sent again (a retry after a lost reply), the meeting is logged and the mentor paid once; without one, each call logs a new meeting.");
    }
}
