using NodaTime;
using Timebank.Domain.Flexi.Bookings;
using Timebank.Domain.Flexi.Rota;
using Timebank.Domain.Flexi.Staff;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Tests.Flexi;

public sealed class StaffSearchTests
{
    private readonly FlexiWorld _world = new();

    private StaffProfile Profile(Membership staff, string[] languages, string[] skills, string[] interests)
        => StaffProfile.Create(staff, new StaffProfileDetails("Grew up locally", skills, interests, languages, "photos/staff-1.jpg"), _world.Now);

    [Fact]
    public void A_profile_keeps_what_staff_choose_to_share_once_each_and_trimmed()
    {
        var profile = Profile(_world.Join(Roles.Staff), [" Urdu ", "urdu", "English", ""], ["Cooking"], ["Bass guitar"]);

        Assert.Equal(["Urdu", "English"], profile.Languages);
        Assert.Equal("photos/staff-1.jpg", profile.PhotoReference);
    }

    [Fact]
    public void Only_the_staff_member_writes_their_own_profile()
    {
        var sam = _world.Join(Roles.Staff);
        var profile = Profile(sam, [], [], []);

        Assert.IsType<NotAllowed>(Assert.Throws<DomainException>(() => profile.Update(_world.Join(Roles.Staff), new StaffProfileDetails(null, null, null, null, null), _world.Now)).Error);
        Assert.IsType<NotAllowed>(Assert.Throws<DomainException>(() => StaffProfile.Create(_world.Join(Roles.Customer), new StaffProfileDetails(null, null, null, null, null), _world.Now)).Error);
        Assert.Throws<DomainException>(() => profile.Update(sam, new StaffProfileDetails(null, Enumerable.Range(0, StaffProfile.MaxTags + 1).Select(i => $"skill {i}"), null, null, null), _world.Now));
    }

    [Fact]
    public void Customers_find_staff_by_language_skill_and_interest()
    {
        var urdu = Profile(_world.Join(Roles.Staff), ["Urdu", "English"], ["Cooking"], ["Music"]);
        var polish = Profile(_world.Join(Roles.Staff), ["Polish"], ["Cycling"], ["Bass guitar"]);

        Assert.Equal([urdu], StaffSearch.Find([urdu, polish], new StaffFilter(Language: "urdu"), null));
        Assert.Equal([polish], StaffSearch.Find([urdu, polish], new StaffFilter(Interest: "guitar"), null));
        Assert.Empty(StaffSearch.Find([urdu, polish], new StaffFilter(Language: "Polish", Skill: "Cooking"), null));
        Assert.Equal([urdu, polish], StaffSearch.Find([urdu, polish], new StaffFilter(Skill: " "), null));
    }

    [Fact]
    public void Available_at_a_time_leaves_out_staff_who_are_booked_or_needed_for_the_core()
    {
        var (sam, alex, kim) = (_world.Join(Roles.Staff), _world.Join(Roles.Staff), _world.Join(Roles.Staff));
        var profiles = new[] { sam, alex, kim }.Select(s => Profile(s, ["English"], [], [])).ToList();
        var at = Instant.FromUtc(2026, 3, 3, 10, 0);
        var shifts = new[] { sam, alex }.Select(s => Shift.Plan(_world.Service, _world.Manager, s, "x", at - Duration.FromHours(2), at + Duration.FromHours(6), [])).ToList();
        var (customer, budget) = _world.Enrol();
        var (booked, _) = SupportSession.Book(_world.Service, budget, customer, kim,
            new SessionRequest("Kim", at, 60, SessionPlace.OffSite, SessionFormality.Formal, null), 210, new ServiceDiary([], [], 2, FlexiWorld.London), _world.Now);
        var diary = new ServiceDiary(shifts, [booked], _world.Service.CoreMinimumStaff, FlexiWorld.London);

        Assert.Empty(StaffSearch.Find(profiles, new StaffFilter(AvailableFrom: at, ForMinutes: 60), diary));
        Assert.Equal([profiles[2]], StaffSearch.Find(profiles, new StaffFilter(AvailableFrom: at + Duration.FromHours(1), ForMinutes: 60), diary));
    }
}
