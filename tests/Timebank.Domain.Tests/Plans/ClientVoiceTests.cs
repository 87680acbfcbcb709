using NodaTime;
using Timebank.Domain.Common;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Plans.Voice;

namespace Timebank.Domain.Tests.Plans;

public sealed class ClientVoiceTests
{
    private static readonly Id<Organisation> Service = Id<Organisation>.New();
    private static readonly Id<Member> Ann = Id<Member>.New();
    private static readonly Id<Member> Bob = Id<Member>.New();
    private static readonly Id<Member> Staff = Id<Member>.New();
    private static readonly Instant Now = Instant.FromUtc(2027, 3, 1, 10, 0);
    private static readonly LocalDate Today = new(2027, 3, 1);

    private static DomainError Refusal(Action act) => Assert.Throws<DomainException>(act).Error;

    [Fact]
    public void An_anonymous_item_shows_its_raiser_to_the_raiser_alone()
    {
        var item = ClientVoiceItem.RaiseTrafficLight(Service, TrafficLight.Red, "Stop the 7am checks", "Client-voice day", Ann, RaisedAs.Client, anonymous: true, Now);
        Assert.Equal(Ann, item.RaiserShownTo(Ann));
        Assert.Null(item.RaiserShownTo(Staff));
        Assert.Null(item.RaiserShownTo(null));
        var open = ClientVoiceItem.ReportRoadblock(Service, "Budgets buy only agency hours", null, Bob, RaisedAs.Client, anonymous: false, Now);
        Assert.Equal(Bob, open.RaiserShownTo(Staff));
    }

    [Fact]
    public void Staff_do_not_raise_anonymously_and_text_and_event_are_checked()
    {
        Assert.IsType<StaffNotAnonymous>(Refusal(() => ClientVoiceItem.ReportRoadblock(Service, "Rotas", null, Staff, RaisedAs.Staff, anonymous: true, Now)));
        Assert.Equal("text: must not be blank", Refusal(() => ClientVoiceItem.ReportRoadblock(Service, "  ", null, Ann, RaisedAs.Client, false, Now)).Message);
        Assert.IsType<ValidationFailed>(Refusal(() => ClientVoiceItem.ReportRoadblock(Service, new string('x', ClientVoiceItem.TextMaxLength + 1), null, Ann, RaisedAs.Client, false, Now)));
        Assert.Equal("event: must not be blank", Refusal(() => ClientVoiceItem.RaiseTrafficLight(Service, TrafficLight.Green, "Cooking club", null, Ann, RaisedAs.Client, false, Now)).Message);
    }

    [Fact]
    public void An_item_is_done_only_when_someone_says_what_was_done()
    {
        var item = ClientVoiceItem.ReportRoadblock(Service, "Budgets buy only agency hours", null, Bob, RaisedAs.Client, false, Now);
        Assert.Equal("whatWasDone", ((ValidationFailed)Refusal(() => item.Update(ClientVoiceStatus.Done, null, Staff, Now))).Field);
        Assert.Equal(ClientVoiceStatus.Open, item.Status);
        item.Update(ClientVoiceStatus.InHand, "Asked the council", Staff, Now);
        item.Update(ClientVoiceStatus.Done, null, Staff, Now);
        Assert.Equal((ClientVoiceStatus.Done, "Asked the council"), (item.Status, item.WhatWasDone));
    }

    [Fact]
    public void A_handover_ends_the_current_holding_with_its_note_and_starts_the_next_the_same_day()
    {
        var role = ChampionRole.Define(Service, "Welcomer", null, Staff, Now);
        Assert.IsType<RoleNotHeld>(Refusal(() => role.HandOver(null, Bob, Today, null, "Over to you", Staff, Today)));
        var ann = role.Assign(null, Ann, new LocalDate(2027, 1, 1), null, Staff, Today);
        Assert.IsType<RoleAlreadyHeld>(Refusal(() => role.Assign(ann, Bob, Today, null, Staff, Today)));
        Assert.Equal("on", ((ValidationFailed)Refusal(() => role.HandOver(ann, Bob, new LocalDate(2026, 12, 1), null, "Too early", Staff, Today))).Field);
        Assert.Null(ann.EndsOn);

        var bob = role.HandOver(ann, Bob, Today, null, "The welcome pack is in the office", Staff, Today);
        Assert.Equal((Today, "The welcome pack is in the office", (Id<Member>?)Bob), (ann.EndsOn!.Value, ann.HandoverNote!, ann.HandedOverTo));
        Assert.Equal(Today, bob.StartsOn);
        Assert.Same(bob, role.Current(bob, Today));
        Assert.Null(role.Current(ann, Today));
    }

    [Fact]
    public void A_holding_past_its_end_leaves_the_role_free_to_assign()
    {
        var role = ChampionRole.Define(Service, "Move-on workshop peer mentor", "Runs the move-on workshop", Staff, Now);
        var ann = role.Assign(null, Ann, new LocalDate(2027, 1, 1), new LocalDate(2027, 2, 28), Staff, Today);
        Assert.Null(role.Current(ann, Today));
        Assert.IsType<RoleNotHeld>(Refusal(() => role.HandOver(ann, Bob, Today, null, "Late", Staff, Today)));
        Assert.Equal(Bob, role.Assign(ann, Bob, Today, null, Staff, Today).HolderId);
        Assert.Equal("endsOn", ((ValidationFailed)Refusal(() => ChampionRole.Define(Service, "X", null, Staff, Now).Assign(null, Ann, Today, Today.PlusDays(-1), Staff, Today))).Field);
    }
}
