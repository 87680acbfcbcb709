using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Flexi;

/// <summary>Bad input to services and enrolment is a typed error, and nothing is written.</summary>
public sealed class ServiceInputTests(FlexiFactory api) : IClassFixture<FlexiFactory>
{
    [Fact]
    public async Task A_split_that_does_not_add_up_to_100_percent_is_refused_in_words()
    {
        var provider = await api.ProviderAsync();
        var result = (await provider.Manager.Client.RunAsync("createService",
            FlexiScenario.FieldService(provider.Organisation.Id, split: new { core = 7400, flexiCash = 800, flexiHours = 1700 }))).ShouldSucceed();

        Assert.Equal(["SPLIT_NOT_WHOLE"], result.PayloadErrorCodes("createService"));
        Assert.StartsWith("The split adds up to 99%", result.Text("createService.errors.0.message"));
        Assert.Null(result.Text("createService.flexiService"));
    }

    [Theory]
    [InlineData(0L, 4000L, "policy.supportMinutesPerPeriod")]
    [InlineData(-30L, 4000L, "policy.supportMinutesPerPeriod")]
    [InlineData(210L, 0L, "policy.cashPencePerPeriod")]
    [InlineData(210L, 1_000_000_000_001L, "policy.cashPencePerPeriod")]
    public async Task Minutes_or_pence_of_zero_negative_or_past_the_limit_are_refused(long minutes, long pence, string field)
    {
        var provider = await api.ProviderAsync();
        var result = (await provider.Manager.Client.RunAsync("createService", FlexiScenario.FieldService(provider.Organisation.Id,
            policy: new { supportMinutesPerPeriod = minutes, cashPencePerPeriod = pence, signOffThresholdPence = 5000L }))).ShouldSucceed();

        Assert.Equal(["VALIDATION_FAILED"], result.PayloadErrorCodes("createService"));
        Assert.Equal(field.Split('.')[1], result.Text("createService.errors.0.field"));
    }

    [Fact]
    public async Task Minutes_beyond_a_long_are_a_request_error()
    {
        var provider = await api.ProviderAsync();
        var result = await provider.Manager.Client.RunAsync("createService", FlexiScenario.FieldService(provider.Organisation.Id,
            policy: new { supportMinutesPerPeriod = 9_223_372_036_854_775_808m, cashPencePerPeriod = 4000L, signOffThresholdPence = 5000L }));

        Assert.False(result.HasData);
        Assert.NotEmpty(result.Errors);
    }

    [Fact]
    public async Task Only_a_manager_of_a_provider_creates_services()
    {
        var provider = await api.ProviderAsync();
        var staff = await api.MemberAsync(provider, "Sam Staff", "STAFF");
        var timebankOwner = await api.SignUpAsync("Tina Timebank");
        var timebank = await timebankOwner.CreateOrganisationAsync("Riverside Timebank", "TIMEBANK");

        Assert.Equal(["NOT_ALLOWED"], await staff.RefusedAsync("createService", FlexiScenario.FieldService(provider.Organisation.Id)));
        Assert.Equal(["NOT_A_PROVIDER"], await timebankOwner.RefusedAsync("createService", FlexiScenario.FieldService(timebank.Id)));
    }

    [Fact]
    public async Task Enrolling_someone_who_is_not_a_customer_or_enrolling_twice_is_refused()
    {
        var provider = await api.ProviderAsync();
        var serviceId = await provider.ServiceAsync();
        var staff = await api.MemberAsync(provider, "Sam Staff", "STAFF");
        var ann = await api.MemberAsync(provider, "Ann Customer", "CUSTOMER");
        await provider.EnrolAsync(serviceId, ann);

        Assert.Equal(["NOT_A_CUSTOMER"], await provider.Manager.RefusedAsync("enrolCustomer", new { input = new { serviceId, customerId = staff.Id } }));
        Assert.Equal(["ALREADY_ENROLLED"], await provider.Manager.RefusedAsync("enrolCustomer", new { input = new { serviceId, customerId = ann.Id } }));
        Assert.Equal(["NOT_ALLOWED"], await staff.RefusedAsync("enrolCustomer", new { input = new { serviceId, customerId = ann.Id } }));
    }
}
