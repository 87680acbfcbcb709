using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Timebank;

/// <summary>Dates come in only inside the supported range (1900-01-01 to 2199-12-31): outside it, a typed error, never a crash.</summary>
public sealed class DateRangeTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    [Fact]
    public async Task A_statement_to_the_end_of_time_is_a_validation_error_not_an_internal_one()
    {
        var timebank = await api.TimebankAsync(1);
        var member = timebank.Members[0];

        var result = await member.Client.RunAsync("statement", new { accountId = await member.AccountIdAsync(timebank), to = "9999-12-31" });

        Assert.Equal(["VALIDATION_FAILED"], result.ErrorCodes);
        Assert.Contains("to: must be between 1900-01-01 and 2199-12-31", result.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_printable_statement_to_the_end_of_time_is_a_validation_error_not_an_internal_one()
    {
        var timebank = await api.TimebankAsync(1);
        var member = timebank.Members[0];

        var result = await member.Client.PostAsync("query($id: ID!) { account(id: $id) { printableStatement(from: \"2026-01-01\", to: \"9999-12-31\") } }",
            new { id = await member.AccountIdAsync(timebank) });

        Assert.Equal(["VALIDATION_FAILED"], result.ErrorCodes);
    }

    [Fact]
    public async Task A_report_from_the_year_one_is_a_validation_error()
    {
        var timebank = await api.TimebankAsync(1);

        var result = await timebank.Coordinator.Client.RunAsync("timebankReport", new { organisationId = timebank.Id, from = "0001-01-01", to = api.Today() });

        Assert.Equal(["VALIDATION_FAILED"], result.ErrorCodes);
        Assert.Contains("from:", result.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_exchange_dated_before_the_supported_range_is_refused_with_the_field_named()
    {
        var timebank = await api.TimebankAsync();
        var (giver, receiver) = (timebank.Members[0], timebank.Members[1]);

        var result = await receiver.RecordAsync(api, timebank, giver, receiver, 30, date: "1899-12-31");

        Assert.Equal("ValidationError", result.Text("recordExchange.errors.0.__typename"));
        Assert.Equal("date", result.Text("recordExchange.errors.0.field"));
        Assert.Equal(0, await receiver.PostedAsync(timebank));
    }
}
