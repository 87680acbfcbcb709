using Timebank.Domain.Courses;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;

namespace Timebank.Domain.Mentoring;

/// <summary>A mentor's hours for a meeting: its length, once per meeting, paid by the organisation that paired them.</summary>
public static class MentoringHours
{
    public static HoursToBank For(MentoringPairing pairing, MentoringMeeting meeting)
    {
        var timebank = pairing.HoursTimebankId ?? throw new DomainException(new NoTimebankForHours());
        var who = pairing.MenteeIds.Count == 1 ? "a mentee" : $"a set of {pairing.MenteeIds.Count}";
        return new HoursToBank(timebank, pairing.MentorId, pairing.OrganisationId, Amount.Of(meeting.Minutes, "minutes"),
            KeyFor(meeting.Id, pairing.MentorId), $"Mentoring meeting with {who} ({Wording.HoursAndMinutes(meeting.Minutes)})", meeting.Date);
    }

    public static IdempotencyKey KeyFor(Id<MentoringMeeting> meeting, Id<Member> mentor)
        => IdempotencyKey.Parse($"mentoring-meeting:{meeting.Value:N}:mentor:{mentor.Value:N}");
}
