using NodaTime;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Timebank;

namespace Timebank.Domain.Tests.Timebank;

public sealed class ExchangeRulesTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 2, 10, 0);
    private readonly Id<Member> _giver = Id<Member>.New();
    private readonly Id<Member> _receiver = Id<Member>.New();

    [Fact]
    public void What_the_receiver_records_is_posted_at_once()
        => Assert.Equal(Recording.PostNow, ExchangeRules.Decide(_receiver, false, _giver, _receiver));

    [Fact]
    public void What_the_giver_records_waits_for_the_receiver()
        => Assert.Equal(Recording.AwaitReceiver, ExchangeRules.Decide(_giver, false, _giver, _receiver));

    [Fact]
    public void What_a_coordinator_records_is_posted_at_once()
        => Assert.Equal(Recording.PostNow, ExchangeRules.Decide(Id<Member>.New(), true, _giver, _receiver));

    [Fact]
    public void Nobody_else_may_record_and_nobody_exchanges_with_themselves()
    {
        Assert.IsType<NotAllowed>(Assert.Throws<DomainException>(() => ExchangeRules.Decide(Id<Member>.New(), false, _giver, _receiver)).Error);
        Assert.IsType<ValidationFailed>(Assert.Throws<DomainException>(() => ExchangeRules.Decide(_giver, true, _giver, _giver)).Error);
    }

    [Fact]
    public void Only_the_receiver_or_a_coordinator_confirms_and_the_giver_may_withdraw()
    {
        var exchange = Exchange.Record(ExchangeKind.Exchange, Id<Organisation>.New(), _giver, _receiver, Amount.Of(60, "minutes"), ExchangeDescription.Parse("Lift"), null, ExchangeDate.Of(new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 2)), _giver, Now, Id<Transfer>.New());

        ExchangeRules.RequireMayConfirm(exchange, _receiver, false);
        ExchangeRules.RequireMayConfirm(exchange, Id<Member>.New(), true);
        Assert.Throws<DomainException>(() => ExchangeRules.RequireMayConfirm(exchange, _giver, false));
        ExchangeRules.RequireMayDecline(exchange, _giver, false);
        Assert.Throws<DomainException>(() => ExchangeRules.RequireMayDecline(exchange, Id<Member>.New(), false));
    }

    [Theory]
    [InlineData(TransferKind.Posted, null, false, false, ExchangeStatus.Confirmed)]
    [InlineData(TransferKind.Posted, null, true, false, ExchangeStatus.Reversed)]
    [InlineData(TransferKind.Pending, null, false, false, ExchangeStatus.AwaitingConfirmation)]
    [InlineData(TransferKind.Pending, null, false, true, ExchangeStatus.Expired)]
    [InlineData(TransferKind.Pending, TransferKind.PostPending, false, true, ExchangeStatus.Confirmed)]
    [InlineData(TransferKind.Pending, TransferKind.VoidPending, false, false, ExchangeStatus.Declined)]
    [InlineData(TransferKind.Pending, TransferKind.ExpirePending, false, true, ExchangeStatus.Expired)]
    [InlineData(TransferKind.Pending, TransferKind.PostPending, true, false, ExchangeStatus.Reversed)]
    public void An_exchanges_status_is_read_from_its_transfers(TransferKind recorded, TransferKind? resolved, bool reversed, bool pastDeadline, ExchangeStatus expected)
        => Assert.Equal(expected, ExchangeRules.Status(recorded, resolved, reversed, pastDeadline));

    [Fact]
    public void Exchanges_are_not_dated_in_the_future_and_need_a_description()
    {
        var today = new LocalDate(2026, 3, 2);

        Assert.Equal(today, ExchangeDate.Of(today, today).Value);
        Assert.Equal("date", Assert.IsType<ValidationFailed>(Assert.Throws<DomainException>(() => ExchangeDate.Of(today.PlusDays(1), today)).Error).Field);
        Assert.Throws<DomainException>(() => ExchangeDescription.Parse("  "));
        Assert.Throws<DomainException>(() => ExchangeDescription.Parse(new string('x', Exchange.DescriptionMaxLength + 1)));
    }
}

public sealed class TimebankSettingsTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 29, 0, 30);

    private static Organisation NewOrganisation(OrganisationKind kind)
        => Organisation.Create(OrganisationName.Parse("Riverside"), kind, Id<Member>.New(), Now).Organisation;

    [Fact]
    public void Opening_a_timebank_makes_its_ledger_and_a_pool_that_cannot_go_below_zero()
    {
        var (settings, ledger, pool, general) = TimebankSettings.Open(NewOrganisation(OrganisationKind.Timebank), Now);

        Assert.Equal((TimebankLedger.Hours, LedgerUnit.Minutes), (ledger.Purpose, ledger.Unit));
        Assert.Equal((settings.DefaultCategoryId, "General"), (general.Id, general.Name));
        Assert.Equal((settings.LedgerId, 0L), (pool.LedgerId, pool.Floor!.Value));
        Assert.Equal(-600, settings.MemberFloor);
        Assert.Equal(14, settings.ConfirmationDays);
    }

    [Fact]
    public void Only_timebank_organisations_keep_hours()
        => Assert.Throws<DomainException>(() => TimebankSettings.Open(NewOrganisation(OrganisationKind.Provider), Now));

    [Fact]
    public void Member_accounts_take_the_configured_defaults()
    {
        var (settings, ledger, _, _) = TimebankSettings.Open(NewOrganisation(OrganisationKind.Timebank), Now);
        settings.Configure(new BalanceLimits(-300, 1_200, -240, null), 7, DateTimeZoneProviders.Tzdb["Europe/London"]);

        var account = settings.OpenMemberAccount(ledger, Id<Member>.New(), Now);

        Assert.Equal(new BalanceLimits(-300, 1_200, -240, null), account.Limits);
        Assert.Equal(Now + Duration.FromDays(7), settings.ConfirmationDeadline(Now));
        Assert.Throws<DomainException>(() => settings.Configure(BalanceLimits.None, 0, settings.TimeZone));
    }

    [Fact]
    public void Calendar_dates_are_read_in_the_timebanks_zone_across_a_clock_change()
    {
        var (settings, _, _, _) = TimebankSettings.Open(NewOrganisation(OrganisationKind.Timebank), Now);
        // 29 March 2026: the UK moves to summer time at 01:00 UTC, so the day is 23 hours long.
        var (start, end) = settings.Span(new LocalDate(2026, 3, 29), new LocalDate(2026, 3, 29));

        Assert.Equal(Instant.FromUtc(2026, 3, 29, 0, 0), start);
        Assert.Equal(Instant.FromUtc(2026, 3, 29, 23, 0), end);
        Assert.Equal(new LocalDate(2026, 3, 29), settings.Today(Now));
    }
}

public sealed class ListingTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 2, 10, 0);

    [Fact]
    public void A_listing_is_searchable_in_lower_case_and_withdrawn_once_by_its_owner_or_a_coordinator()
    {
        var owner = Id<Member>.New();
        var listing = Listing.Post(Id<Organisation>.New(), owner, ListingKind.Offer, "Hedge Trimming", "Own TOOLS", null, "Riverside", Now);

        Assert.Equal("hedge trimming own tools riverside", listing.SearchText);
        Assert.IsType<NotAllowed>(Assert.Throws<DomainException>(() => listing.Withdraw(Id<Member>.New(), false, Now)).Error);
        listing.Withdraw(Id<Member>.New(), true, Now);
        Assert.Equal(ListingStatus.Withdrawn, listing.Status);
        Assert.Throws<DomainException>(() => listing.Withdraw(owner, false, Now));
    }

    [Fact]
    public void Categories_are_named_and_can_be_retired()
    {
        var category = Category.Create(Id<Organisation>.New(), " Gardening ");
        category.SetActive(false);

        Assert.Equal(("Gardening", false), (category.Name, category.Active));
        Assert.Throws<DomainException>(() => category.Rename(""));
    }
}
