using System.Net;
using System.Text.Json;
using NodaTime;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Flexi;

/// <summary>
/// Contractual deviations over HTTP: a provider's manager records one, only a commissioner of the linked
/// commissioning organisation decides it, once; the report and its CSV show what was authorised.
/// </summary>
public sealed class ContractDeviationTests(FlexiFactory api) : IClassFixture<FlexiFactory>
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly LocalDate Monday = new(2027, 10, 4);

    private sealed record Setup(TestProvider Provider, string ServiceId, TestMember Commissioner, TestMember CouncilClerk, TestMember Customer, TestMember Staff);

    private async Task<Setup> ServiceAsync()
    {
        api.Clock.Reset(Monday.At(new LocalTime(9, 0)).InZoneLeniently(London).ToInstant());
        var provider = await api.ProviderAsync();
        var commissioner = await api.SignUpAsync("Cara Commissioner");
        var council = await commissioner.CreateOrganisationAsync("Riverside Council", "COMMISSIONER");
        await commissioner.GrantAsync(council.CoordinatorMembershipId, "COMMISSIONER");
        var clerk = await api.SignUpAsync("Colin Clerk");
        await clerk.JoinApprovedAsync(council, commissioner);
        var serviceId = await provider.ServiceAsync(council.Id);
        var customer = await api.MemberAsync(provider, "Ann Customer", "CUSTOMER");
        var staff = await api.MemberAsync(provider, "Sam Staff", "STAFF");
        await provider.EnrolAsync(serviceId, customer);
        return new Setup(provider, serviceId, commissioner, clerk, customer, staff);
    }

    private static object Record(string serviceId, long pence = 12000, long staffMinutes = 480) => new
    {
        input = new { serviceId, from = Date(Monday), to = Date(Monday.PlusDays(6)), pence, staffMinutes, reason = "Two customers paid an art tutor instead of a session with staff" },
    };

    private static object Decide(string deviationId, string? comment = null) => new { input = new { deviationId, comment } };

    private static string Id(JsonElement payload) => payload.GetProperty("contractDeviation").GetProperty("id").GetString()!;

    [Fact]
    public async Task A_manager_records_a_deviation_and_the_linked_commissioner_authorises_it_once_and_the_report_shows_it()
    {
        var s = await ServiceAsync();
        var recorded = await s.Provider.Manager.OkAsync("recordContractDeviation", Record(s.ServiceId));
        var id = Id(recorded);
        Assert.Equal("AWAITING_COMMISSIONER", recorded.GetProperty("contractDeviation").GetProperty("status").GetString());
        var declinedLater = Id(await s.Provider.Manager.OkAsync("recordContractDeviation", Record(s.ServiceId, pence: 500, staffMinutes: 30)));
        var waiting = (await s.Commissioner.Client.RunAsync("deviationsAwaitingCommissioner")).ShouldSucceed().At("deviationsAwaitingCommissioner");
        Assert.Equal(2, waiting.GetArrayLength());
        Assert.Equal(0, (await s.Provider.Manager.Client.RunAsync("deviationsAwaitingCommissioner")).ShouldSucceed().At("deviationsAwaitingCommissioner").GetArrayLength());

        var authorised = await s.Commissioner.OkAsync("authoriseContractDeviation", Decide(id, "Agreed: it met the outcome"));

        Assert.Equal("AUTHORISED", authorised.GetProperty("contractDeviation").GetProperty("status").GetString());
        Assert.Equal(["DEVIATION_ALREADY_DECIDED"], await s.Commissioner.RefusedAsync("authoriseContractDeviation", Decide(id)));
        Assert.Equal(["DEVIATION_ALREADY_DECIDED"], await s.Commissioner.RefusedAsync("declineContractDeviation", Decide(id, "Changed my mind")));
        Assert.Equal(["VALIDATION_FAILED"], await s.Commissioner.RefusedAsync("declineContractDeviation", Decide(declinedLater)));
        await s.Commissioner.OkAsync("declineContractDeviation", Decide(declinedLater, "Not what the contract allows"));
        Assert.Equal(0, (await s.Commissioner.Client.RunAsync("deviationsAwaitingCommissioner")).ShouldSucceed().At("deviationsAwaitingCommissioner").GetArrayLength());
        Assert.Equal(2, (await s.Commissioner.Client.RunAsync("contractDeviations", new { serviceId = s.ServiceId })).ShouldSucceed().At("contractDeviations").GetArrayLength());
        Assert.Equal(2, (await s.Provider.Manager.Client.RunAsync("contractDeviations", new { serviceId = s.ServiceId })).ShouldSucceed().At("contractDeviations").GetArrayLength());
        Assert.Equal(0, (await s.Customer.Client.RunAsync("contractDeviations", new { serviceId = s.ServiceId })).ShouldSucceed().At("contractDeviations").GetArrayLength());

        var (from, to) = (Date(Monday), Date(Monday.PlusDays(6)));
        var contract = (await s.Commissioner.Client.RunAsync("serviceReport", new { serviceId = s.ServiceId, from, to })).ShouldSucceed().At("serviceReport.contract");
        Assert.Equal(1, contract.GetProperty("authorisedDeviations").GetInt32());
        Assert.Equal(480, contract.GetProperty("authorisedDeviationMinutes").GetInt64());
        Assert.Equal(12000, contract.GetProperty("authorisedDeviationPence").GetInt64());
        Assert.Equal(0, contract.GetProperty("deviationsAwaitingCommissioner").GetInt32());
        // One customer's 210 minutes allocated, less the 480 authorised: never below nothing.
        Assert.Equal(0, contract.GetProperty("contractedMinutes").GetInt64());
        var request = new HttpRequestMessage(HttpMethod.Get, $"/flexi/services/{Uri.EscapeDataString(s.ServiceId)}/report.csv?from={from}&to={to}");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", s.Provider.Manager.Token);
        var csv = await s.Provider.Manager.Client.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains("contract,authorised deviations,1", text);
        Assert.Contains("contract,authorised deviation minutes,480", text);
        Assert.Contains("contract,authorised deviation pence,12000", text);
    }

    [Fact]
    public async Task Commissioned_services_are_listed_for_the_linked_councils_commissioners_and_no_one_outside_the_service()
    {
        var s = await ServiceAsync();
        var council = (await s.Commissioner.Client.RunAsync("me", new { first = 5 })).ShouldSucceed().Text("me.memberships.nodes.0.organisation.id");
        const string Listed = "query($id: ID!) { commissionedServices(commissionerId: $id) { id } }";
        var outsider = await api.SignUpAsync("Olly Outsider");

        Assert.Equal(s.ServiceId, (await s.Commissioner.Client.PostAsync(Listed, new { id = council })).ShouldSucceed().Text("commissionedServices.0.id"));
        Assert.Equal(0, (await s.CouncilClerk.Client.PostAsync(Listed, new { id = council })).ShouldSucceed().At("commissionedServices").GetArrayLength());
        Assert.Equal(0, (await outsider.Client.PostAsync(Listed, new { id = council })).ShouldSucceed().At("commissionedServices").GetArrayLength());
        Assert.Equal(0, (await s.Commissioner.Client.PostAsync(Listed, new { id = "not an id" })).ShouldSucceed().At("commissionedServices").GetArrayLength());
    }

    [Fact]
    public async Task Deviations_are_refused_for_the_wrong_person_and_for_amounts_of_zero_or_less()
    {
        var s = await ServiceAsync();
        Assert.Equal(["VALIDATION_FAILED"], await s.Provider.Manager.RefusedAsync("recordContractDeviation", Record(s.ServiceId, pence: 0)));
        Assert.Equal(["VALIDATION_FAILED"], await s.Provider.Manager.RefusedAsync("recordContractDeviation", Record(s.ServiceId, staffMinutes: -30)));
        Assert.Equal(["NOT_ALLOWED"], await s.Staff.RefusedAsync("recordContractDeviation", Record(s.ServiceId)));
        Assert.Equal(["NOT_ALLOWED"], await s.Customer.RefusedAsync("recordContractDeviation", Record(s.ServiceId)));
        Assert.Equal(["NOT_ALLOWED"], await s.Commissioner.RefusedAsync("recordContractDeviation", Record(s.ServiceId)));
        var id = Id(await s.Provider.Manager.OkAsync("recordContractDeviation", Record(s.ServiceId)));

        // A manager of the provider, or a member of the council without the COMMISSIONER role, cannot decide it.
        Assert.Equal(["NOT_ALLOWED"], await s.Provider.Manager.RefusedAsync("authoriseContractDeviation", Decide(id)));
        Assert.Equal(["NOT_FOUND"], await s.CouncilClerk.RefusedAsync("authoriseContractDeviation", Decide(id)));
        Assert.Equal(["NOT_FOUND"], await s.Customer.RefusedAsync("authoriseContractDeviation", Decide(id)));
        var waiting = Assert.Single((await s.Provider.Manager.Client.RunAsync("contractDeviations", new { serviceId = s.ServiceId })).ShouldSucceed().At("contractDeviations").EnumerateArray());
        Assert.Equal("AWAITING_COMMISSIONER", waiting.GetProperty("status").GetString());

        var unlinked = await api.ProviderAsync("Oak House");
        var unlinkedService = await unlinked.ServiceAsync();
        Assert.Equal(["NO_COMMISSIONER_LINKED"], await unlinked.Manager.RefusedAsync("recordContractDeviation", Record(unlinkedService)));
    }

    private static string Date(LocalDate day) => NodaTime.Text.LocalDatePattern.Iso.Format(day);
}
