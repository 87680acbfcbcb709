using NodaTime;
using Timebank.Domain.Common;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Plans.Sessions;

namespace Timebank.Domain.Tests.Plans;

public sealed class PlanningSessionRulesTests
{
    private static readonly Id<Organisation> Council = Id<Organisation>.New();
    private static readonly Id<Member> Organiser = Id<Member>.New();
    private static readonly Instant Now = Instant.FromUtc(2027, 3, 1, 10, 0);

    private static PlanningSession Session(int capacity = 10)
        => PlanningSession.Schedule(Council, "Planning Live", "Community hall",
            [(Now + Duration.FromDays(7), Now + Duration.FromDays(7) + Duration.FromHours(3)), (Now + Duration.FromDays(8), Now + Duration.FromDays(8) + Duration.FromHours(3))],
            capacity, [Organiser], Organiser, Now);

    private static string Code(Action act) => Assert.Throws<DomainException>(act).Error.Code;

    [Fact]
    public void Ten_people_take_every_place_the_eleventh_is_refused_and_allies_take_none()
    {
        var session = Session();
        var people = Enumerable.Range(0, 10).Select(_ => Id<Member>.New()).ToList();
        foreach (var person in people)
            session.Invite(person, Organiser, Now);
        session.InviteAlly(people[0], null, "Aisha", "sister", people[0], Now);

        Assert.Equal("PLANNING_SESSION_FULL", Code(() => session.Invite(Id<Member>.New(), Organiser, Now)));
        Assert.Equal("ALREADY_ATTENDING", Code(() => session.Invite(people[1], Organiser, Now)));
        Assert.Equal(10, session.Attendees.Count);
        Assert.Single(session.Allies);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(11)]
    public void A_session_is_for_two_to_ten_people(int capacity)
        => Assert.Equal("VALIDATION_FAILED", Code(() => Session(capacity)));

    [Fact]
    public void Overlapping_or_no_sittings_are_refused()
    {
        Assert.Equal("VALIDATION_FAILED", Code(() => PlanningSession.Schedule(Council, "t", "p", [], 4, [Organiser], Organiser, Now)));
        Assert.Equal("VALIDATION_FAILED", Code(() => PlanningSession.Schedule(Council, "t", "p",
            [(Now, Now + Duration.FromHours(3)), (Now + Duration.FromHours(2), Now + Duration.FromHours(4))], 4, [Organiser], Organiser, Now)));
    }

    [Fact]
    public void Allies_come_with_someone_planning_and_attendance_is_for_a_sitting_of_the_session()
    {
        var session = Session();
        var person = Id<Member>.New();
        var stranger = Id<Member>.New();
        session.Invite(person, person, Now);

        Assert.Equal("NOT_AN_ATTENDEE", Code(() => session.InviteAlly(stranger, null, "Bob", "friend", stranger, Now)));
        Assert.Equal("VALIDATION_FAILED", Code(() => session.InviteAlly(person, null, null, "friend", person, Now)));
        Assert.Equal("SITTING_NOT_IN_SESSION", Code(() => session.RecordAttendance(Guid.NewGuid(), [(person, true)], Organiser, Now)));
        Assert.Equal("NOT_AN_ATTENDEE", Code(() => session.RecordAttendance(session.Sittings[0].Id, [(stranger, true)], Organiser, Now)));

        session.RecordAttendance(session.Sittings[0].Id, [(person, false)], Organiser, Now);
        session.RecordAttendance(session.Sittings[0].Id, [(person, true)], Organiser, Now);
        Assert.True(Assert.Single(session.Attendance).Present);
    }
}
