using NodaTime;
using Timebank.Domain.Courses;
using Timebank.Domain.Mentoring;
using Timebank.Domain.Tests.Courses;
using static Timebank.Domain.Tests.Courses.TrainingOrganisation;

namespace Timebank.Domain.Tests.Mentoring;

public sealed class PairingTests
{
    private static readonly DateTimeZone London = MentoringOrganisation.London;
    private readonly MentoringOrganisation _m = new();
    private readonly LocalDate _start = new(2026, 1, 5);

    private Actor Mentor => Self(_m.Mentor);

    [Fact]
    public void An_action_learning_set_is_one_pairing_with_several_mentees_sharing_its_notes()
    {
        var (bea, cy) = (NewPerson("Bea"), NewPerson("Cy"));
        var set = _m.Pair(Cadence.Monthly, _start, [_m.Mentee, bea, cy]);
        _m.ClockAt(2026, 2, 2, 18);

        var (meeting, _) = set.LogMeeting(Self(bea), new LocalDate(2026, 2, 2), 120, "Each brought a roadblock; we agreed actions.", false, London, _m.Org.Now);

        Assert.Equal(3, set.MenteeIds.Count);
        Assert.All(new[] { _m.Mentor, _m.Mentee, bea, cy }, p => Assert.Equal("Each brought a roadblock; we agreed actions.", meeting.NotesFor(set, p.Id)));
        Assert.Null(meeting.NotesFor(set, _m.Org.Organiser.Member));
        Assert.Null(meeting.NotesFor(set, NewPerson("Sam").Id));
    }

    [Fact]
    public void Notes_are_not_readable_through_another_pairing()
    {
        var ours = _m.Pair(Cadence.Monthly, _start);
        var theirs = _m.Pair(Cadence.Monthly, _start, [NewPerson("Sam")]);
        _m.ClockAt(2026, 1, 20, 18);

        var (meeting, _) = ours.LogMeeting(Mentor, new LocalDate(2026, 1, 20), 60, "Private", false, London, _m.Org.Now);

        Assert.Null(meeting.NotesFor(theirs, _m.Mentor.Id));
    }

    [Fact]
    public void The_mentor_cannot_be_their_own_mentee_and_a_mentee_is_named_once()
    {
        Assert.Equal("mentees: Mo is the mentor and cannot also be a mentee", Refusal(() => _m.Pair(Cadence.Weekly, _start, [_m.Mentee, _m.Mentor])).Message);
        Assert.IsType<ValidationFailed>(Refusal(() => _m.Pair(Cadence.Weekly, _start, [_m.Mentee, _m.Mentee])));
        Assert.IsType<ValidationFailed>(Refusal(() => _m.Pair(Cadence.Weekly, _start, [])));
        Assert.IsType<ValidationFailed>(Refusal(() => _m.Pair((Cadence)9, _start)));
    }

    [Fact]
    public void Only_an_organiser_of_the_organisation_pairs_a_mentor()
    {
        var other = new TrainingOrganisation();

        Assert.IsType<NotAllowed>(Refusal(() => MentoringPairing.Pair(_m.Org.Organisation.Id, Mentor, _m.Mentor, [_m.Mentee], null, Cadence.Weekly, _start, null, _m.Org.Now)));
        Assert.IsType<NotAllowed>(Refusal(() => MentoringPairing.Pair(_m.Org.Organisation.Id, other.Organiser, _m.Mentor, [_m.Mentee], null, Cadence.Weekly, _start, null, _m.Org.Now)));
    }

    [Fact]
    public void A_meeting_out_of_bounds_is_refused_and_nothing_changes()
    {
        var pairing = _m.Pair(Cadence.Quarterly, _start);
        _m.ClockAt(2026, 2, 1, 12);
        var today = new LocalDate(2026, 2, 1);

        Assert.Equal("date: must not be in the future", Refusal(() => pairing.LogMeeting(Mentor, today.PlusDays(1), 60, null, false, London, _m.Org.Now)).Message);
        Assert.Equal("date: must be on or after the pairing's start, 5 January 2026",
            Refusal(() => pairing.LogMeeting(Mentor, _start.PlusDays(-1), 60, null, false, London, _m.Org.Now)).Message);
        Assert.Equal("minutes: must be between 5 minutes and 8 hours", Refusal(() => pairing.LogMeeting(Mentor, today, 0, null, false, London, _m.Org.Now)).Message);
        Assert.IsType<NotAllowed>(Refusal(() => pairing.LogMeeting(_m.Org.Organiser, today, 60, null, false, London, _m.Org.Now)));
        Assert.Null(pairing.LastMetOn);
        Assert.Equal(new LocalDate(2026, 4, 5), pairing.NextDueOn);
    }

    [Fact]
    public void A_meeting_may_credit_the_mentors_hours_once_from_the_organisation_that_paired_them()
    {
        var pairing = _m.Pair(Cadence.Quarterly, _start);
        _m.ClockAt(2026, 3, 10, 18);

        var (meeting, credit) = pairing.LogMeeting(Mentor, new LocalDate(2026, 3, 10), 75, "Notes stay out of the statement", true, London, _m.Org.Now);

        Assert.NotNull(credit);
        Assert.Equal((_m.Org.Timebank, _m.Mentor.Id, _m.Org.Organisation.Id, 75L), (credit.Timebank, credit.Giver, credit.Receiver, credit.Minutes.Value));
        Assert.Equal("Mentoring meeting with a mentee (1 hour 15 minutes)", credit.Description);
        Assert.Equal(new LocalDate(2026, 3, 10), credit.Date);
        Assert.Equal(credit, MentoringHours.For(pairing, meeting));
        Assert.True(meeting.CreditsMentor);
    }

    [Fact]
    public void Each_meeting_has_its_own_credit_key()
    {
        var pairing = _m.Pair(Cadence.Weekly, _start);
        _m.ClockAt(2026, 1, 20, 18);

        var first = pairing.LogMeeting(Mentor, new LocalDate(2026, 1, 12), 60, null, true, London, _m.Org.Now).Credit!;
        var second = pairing.LogMeeting(Mentor, new LocalDate(2026, 1, 19), 60, null, true, London, _m.Org.Now).Credit!;

        Assert.NotEqual(first.Key, second.Key);
    }

    [Fact]
    public void Without_a_timebank_a_credit_is_refused_and_the_meeting_is_not_logged()
    {
        var pairing = _m.Pair(Cadence.Monthly, _start, banksHours: false);
        _m.ClockAt(2026, 1, 20, 18);

        Assert.IsType<NoTimebankForHours>(Refusal(() => pairing.LogMeeting(Mentor, new LocalDate(2026, 1, 20), 60, null, true, London, _m.Org.Now)));
        Assert.Null(pairing.LastMetOn);
        Assert.Null(pairing.LogMeeting(Mentor, new LocalDate(2026, 1, 20), 60, null, false, London, _m.Org.Now).Credit);
    }

    [Fact]
    public void Ending_happens_once_and_meetings_after_the_end_are_refused()
    {
        var pairing = _m.Pair(Cadence.Monthly, _start);
        _m.ClockAt(2026, 6, 1, 12);

        Assert.IsType<NotAllowed>(Refusal(() => pairing.End(Self(_m.Mentee), new LocalDate(2026, 5, 31), London, _m.Org.Now)));
        Assert.IsType<ValidationFailed>(Refusal(() => pairing.End(Mentor, new LocalDate(2026, 6, 2), London, _m.Org.Now)));
        pairing.End(Mentor, new LocalDate(2026, 5, 31), London, _m.Org.Now);

        Assert.Equal("This pairing ended on 31 May 2026.", Refusal(() => pairing.End(Mentor, new LocalDate(2026, 5, 31), London, _m.Org.Now)).Message);
        Assert.IsType<PairingEnded>(Refusal(() => pairing.LogMeeting(Mentor, new LocalDate(2026, 6, 1), 60, null, false, London, _m.Org.Now)));
        pairing.LogMeeting(Mentor, new LocalDate(2026, 5, 20), 60, "Written up late", false, London, _m.Org.Now);
        Assert.Null(pairing.NextDueOn);
    }

    [Fact]
    public void A_pairing_can_follow_a_cohort()
    {
        var cohort = Id<Cohort>.New();

        var pairing = MentoringPairing.Pair(_m.Org.Organisation.Id, _m.Org.Organiser, _m.Mentor, [_m.Mentee], cohort, Cadence.Quarterly, _start, null, _m.Org.Now);

        Assert.Equal(cohort, pairing.CohortId);
    }
}
