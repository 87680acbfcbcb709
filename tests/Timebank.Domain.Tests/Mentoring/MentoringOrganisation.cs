using NodaTime;
using Timebank.Domain.Courses;
using Timebank.Domain.Mentoring;
using Timebank.Domain.Tests.Courses;

namespace Timebank.Domain.Tests.Mentoring;

/// <summary>The training organisation, with a mentor and mentees and a way to pair them.</summary>
internal sealed class MentoringOrganisation
{
    public TrainingOrganisation Org { get; } = new();
    public Person Mentor { get; } = TrainingOrganisation.NewPerson("Mo");
    public Person Mentee { get; } = TrainingOrganisation.NewPerson("Ann");

    public static DateTimeZone London => TrainingOrganisation.London;

    public MentoringPairing Pair(Cadence cadence, LocalDate startsOn, IReadOnlyList<Person>? mentees = null, bool banksHours = true)
        => MentoringPairing.Pair(Org.Organisation.Id, Org.Organiser, Mentor, mentees ?? [Mentee], null, cadence, startsOn,
            banksHours ? Org.Timebank : null, Org.Now);

    /// <summary>Sets the fake clock to a wall-clock time in London.</summary>
    public void ClockAt(int year, int month, int day, int hour, int minute = 0)
        => Org.Clock.Reset(new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(London).ToInstant());

    public bool Overdue(MentoringPairing pairing) => pairing.IsOverdue(Org.Now, London);
}
