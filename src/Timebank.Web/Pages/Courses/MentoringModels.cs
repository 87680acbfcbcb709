using Timebank.Web.Display;
using Timebank.Web.GraphQL;
using Timebank.Web.Pages.Timebanks;

namespace Timebank.Web.Pages.Courses;

/// <summary>What the mentoring operations answer, as the mentoring pages read them.</summary>
public sealed record MentoringData(MemberRef? Me, TrainingOrganisation? Organisation, Connection<PairingView> MentoringPairings);

public sealed record PairingData(MemberRef? Me, PairingView? Node);

public sealed record PairingView(
    string Id, string Cadence, string? NextDue, bool Overdue, string? LastMetOn, string? EndedOn, MemberRef Mentor, IReadOnlyList<MemberRef> Mentees,
    string? StartsOn = null, TrainingPlace? Organisation = null, OrganisationRef? HoursTimebank = null)
{
    public bool Involves(string? memberId) => Mentor.Id == memberId || Mentees.Any(m => m.Id == memberId);

    public string MenteeNames => string.Join(", ", Mentees.Select(m => m.DisplayName));

    /// <summary>"Due 3 March 2026", "was due 3 March 2026" (after an Overdue tag), or "Ended".</summary>
    public string When => EndedOn is not null ? "Ended" : NextDue is null ? "" : (Overdue ? "was due " : "Due ") + Dates.Day(NextDue);
}

public sealed record TrainingPlace(string Id, string Name, string TimeZone);

public sealed record MeetingPayload(IReadOnlyList<UserError> Errors) : IPayload;
