using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Timebank;

public sealed class ListingAndReportTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    [Fact]
    public async Task Offers_and_requests_are_found_by_category_text_and_area_and_withdrawn_by_their_owner()
    {
        var timebank = await api.TimebankAsync();
        var (ann, bob) = (timebank.Members[0], timebank.Members[1]);
        var gardening = await CategoryAsync(timebank, "Gardening");
        var offer = (await ann.Client.RunAsync("postOffer", new { input = new { organisationId = timebank.Id, title = "Hedge trimming", details = "I have my own tools", categoryId = gardening, area = "Riverside" } })).ShouldSucceed();
        await ann.Client.RunAsync("postOffer", new { input = new { organisationId = timebank.Id, title = "Lifts to the shops", area = "Hilltop" } });
        await bob.Client.RunAsync("postRequest", new { input = new { organisationId = timebank.Id, title = "Help with forms" } });
        var offerId = offer.Text("postOffer.listing.id")!;

        var byCategory = (await bob.Client.RunAsync("offers", new { organisationId = timebank.Id, filter = new { categoryId = gardening } })).ShouldSucceed();
        var byText = (await bob.Client.RunAsync("offers", new { organisationId = timebank.Id, filter = new { text = "TOOLS" } })).ShouldSucceed();
        var byArea = (await bob.Client.RunAsync("offers", new { organisationId = timebank.Id, filter = new { area = "hilltop" } })).ShouldSucceed();
        var requests = (await ann.Client.RunAsync("requests", new { organisationId = timebank.Id })).ShouldSucceed();
        var notOwner = (await bob.Client.RunAsync("withdrawListing", new { input = new { listingId = offerId } })).ShouldSucceed();
        var owner = (await ann.Client.RunAsync("withdrawListing", new { input = new { listingId = offerId } })).ShouldSucceed();
        var afterWithdrawal = (await bob.Client.RunAsync("offers", new { organisationId = timebank.Id })).ShouldSucceed();

        Assert.Equal("Hedge trimming", byCategory.Text("offers.nodes.0.title"));
        Assert.Equal(1, byCategory.At("offers.totalCount").GetInt32());
        Assert.Equal("Hedge trimming", byText.Text("offers.nodes.0.title"));
        Assert.Equal("Lifts to the shops", byArea.Text("offers.nodes.0.title"));
        Assert.Equal("Help with forms", requests.Text("requests.nodes.0.title"));
        Assert.Equal(["NOT_ALLOWED"], notOwner.PayloadErrorCodes("withdrawListing"));
        Assert.Equal("WITHDRAWN", owner.Text("withdrawListing.listing.status"));
        Assert.Equal(1, afterWithdrawal.At("offers.totalCount").GetInt32());
    }

    [Fact]
    public async Task Listings_are_for_members_of_the_timebank()
    {
        var timebank = await api.TimebankAsync();
        var outsider = await api.SignUpAsync();

        var post = (await outsider.Client.RunAsync("postOffer", new { input = new { organisationId = timebank.Id, title = "Anything" } })).ShouldSucceed();
        var read = (await outsider.Client.RunAsync("offers", new { organisationId = timebank.Id })).ShouldSucceed();

        Assert.Equal(["NOT_FOUND"], post.PayloadErrorCodes("postOffer"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, read.At("offers").ValueKind);
    }

    [Fact]
    public async Task Categories_are_managed_by_coordinators_and_retired_ones_take_no_new_exchanges()
    {
        var timebank = await api.TimebankAsync();
        var byMember = (await timebank.Members[0].Client.RunAsync("createCategory", new { input = new { organisationId = timebank.Id, name = "Cooking" } })).ShouldSucceed();
        var cooking = await CategoryAsync(timebank, "Cooking");
        var duplicate = (await timebank.Coordinator.Client.RunAsync("createCategory", new { input = new { organisationId = timebank.Id, name = "Cooking" } })).ShouldSucceed();
        await timebank.Coordinator.Client.PostAsync("mutation($id: ID!) { updateCategory(input: { categoryId: $id, active: false }) { errors { code } } }", new { id = cooking });

        var exchange = await timebank.Members[1].RecordAsync(api, timebank, timebank.Members[0], timebank.Members[1], 30, categoryId: cooking);

        Assert.Equal(["NOT_ALLOWED"], byMember.PayloadErrorCodes("createCategory"));
        Assert.Equal("name", duplicate.Text("createCategory.errors.0.field"));
        Assert.Equal("categoryId", exchange.Text("recordExchange.errors.0.field"));
    }

    [Fact]
    public async Task The_report_counts_confirmed_exchanges_by_category_and_lists_members_near_their_floor()
    {
        var timebank = await api.TimebankAsync(3);
        var (ann, bob, cath) = (timebank.Members[0], timebank.Members[1], timebank.Members[2]);
        var gardening = await CategoryAsync(timebank, "Gardening");
        var lifts = await CategoryAsync(timebank, "Lifts");
        await bob.RecordAsync(api, timebank, ann, bob, 60, categoryId: gardening);
        await bob.RecordAsync(api, timebank, ann, bob, 500, categoryId: lifts);
        var reversed = await cath.RecordAsync(api, timebank, ann, cath, 30, categoryId: gardening);
        await timebank.Coordinator.Client.RunAsync("reverseTransfer", new { input = new { transferId = reversed.Text("recordExchange.exchange.postedTransfer.id"), reason = "Wrong person", idempotencyKey = "r" } });
        await ann.RecordAsync(api, timebank, ann, cath, 45);

        var report = (await timebank.Coordinator.Client.RunAsync("timebankReport", new { organisationId = timebank.Id, from = api.Today(), to = api.Today() })).ShouldSucceed();

        Assert.Equal(2, report.At("timebankReport.exchangeCount").GetInt32());
        Assert.Equal(560, report.At("timebankReport.minutesExchanged").GetInt64());
        Assert.Equal(2, report.At("timebankReport.activeMembers").GetInt32());
        Assert.Equal(1, report.At("timebankReport.awaitingConfirmation").GetInt32());
        Assert.Equal(["Lifts", "Gardening"], report.At("timebankReport.byCategory").EnumerateArray().Select(c => c.GetProperty("category").GetProperty("name").GetString()));
        Assert.Equal(bob.Id, report.Text("timebankReport.membersNearFloor.0.member.id"));
    }

    private static async Task<string> CategoryAsync(TestTimebank timebank, string name)
        => (await timebank.Coordinator.Client.RunAsync("createCategory", new { input = new { organisationId = timebank.Id, name } })).ShouldSucceed().Text("createCategory.category.id")!;
}
