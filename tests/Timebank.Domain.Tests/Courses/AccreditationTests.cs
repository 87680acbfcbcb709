using NodaTime;
using Timebank.Domain.Courses;
using static Timebank.Domain.Tests.Courses.TrainingOrganisation;

namespace Timebank.Domain.Tests.Courses;

public sealed class AccreditationTests
{
    private readonly TrainingOrganisation _org = new();
    private readonly Person _ann = NewPerson("Ann");
    private static readonly LocalDate Today = new(2026, 1, 5);

    private Accreditation RecordAnnsChampionship()
        => Accreditation.RecordEarnedElsewhere(_org.Organisation.Id, _org.Organiser, _ann.Id, AccreditationKind.SupportPlanningChampion,
            new LocalDate(2025, 9, 12), "Champion training with Lambeth council", Today, _org.Now);

    [Fact]
    public void An_organiser_records_an_accreditation_earned_elsewhere_with_its_source()
    {
        var accreditation = RecordAnnsChampionship();

        Assert.Equal(AccreditationSourceKind.RecordedElsewhere, accreditation.SourceKind);
        Assert.Equal("Champion training with Lambeth council", accreditation.SourceDescription);
        Assert.Equal(new LocalDate(2025, 9, 12), accreditation.AwardedOn);
        Assert.Null(accreditation.CourseId);
    }

    [Fact]
    public void An_accreditation_earned_elsewhere_needs_a_source_a_past_date_and_an_organiser()
    {
        Assert.Equal("source: must not be blank", Refusal(() => Accreditation.RecordEarnedElsewhere(_org.Organisation.Id, _org.Organiser, _ann.Id,
            AccreditationKind.PeerBroker, Today, " ", Today, _org.Now)).Message);
        Assert.Equal("awardedOn: must not be in the future", Refusal(() => Accreditation.RecordEarnedElsewhere(_org.Organisation.Id, _org.Organiser, _ann.Id,
            AccreditationKind.PeerBroker, Today.PlusDays(1), "Certificate", Today, _org.Now)).Message);
        Assert.IsType<NotAllowed>(Refusal(() => Accreditation.RecordEarnedElsewhere(_org.Organisation.Id, Self(_ann), _ann.Id,
            AccreditationKind.PeerBroker, Today, "My own say-so", Today, _org.Now)));
    }

    [Fact]
    public void The_holder_records_practice_against_the_accreditation()
    {
        var accreditation = RecordAnnsChampionship();

        var practice = accreditation.RecordPractice(Self(_ann), Today, "First Planning Live session, eight people and their allies", 180, Today, _org.Now);

        Assert.Equal((accreditation.Id, _ann.Id, 180), (practice.AccreditationId, practice.MemberId, practice.Minutes));
    }

    [Fact]
    public void An_organiser_records_a_placement_but_a_stranger_cannot()
    {
        var accreditation = RecordAnnsChampionship();

        Assert.Null(accreditation.RecordPractice(_org.Organiser, Today, "Volunteer placement at the drop-in", null, Today, _org.Now).Minutes);
        Assert.IsType<NotAllowed>(Refusal(() => accreditation.RecordPractice(Self(NewPerson("Sam")), Today, "Placement", null, Today, _org.Now)));
    }

    [Fact]
    public void Practice_falls_between_the_award_and_today()
    {
        var accreditation = RecordAnnsChampionship();

        Assert.Equal("on: must be on or after the accreditation's date, 12 September 2025",
            Refusal(() => accreditation.RecordPractice(Self(_ann), new LocalDate(2025, 9, 1), "Placement", null, Today, _org.Now)).Message);
        Assert.IsType<ValidationFailed>(Refusal(() => accreditation.RecordPractice(Self(_ann), Today.PlusDays(1), "Placement", null, Today, _org.Now)));
        Assert.IsType<ValidationFailed>(Refusal(() => accreditation.RecordPractice(Self(_ann), Today, "Placement", 0, Today, _org.Now)));
    }
}
