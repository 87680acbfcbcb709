using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Api.Tests.Infrastructure;
using Timebank.Domain.Members;

namespace Timebank.Api.Tests.Features.Members;

/// <summary>UK GDPR right of access: exportMyData holds everything about the person and nothing about anyone else.</summary>
public sealed class DataExportTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    [Fact]
    public async Task The_export_holds_the_persons_records_and_statement_lines_and_nothing_of_the_other_side()
    {
        var timebank = await api.TimebankAsync();
        var (giver, receiver) = (timebank.Members[0], timebank.Members[1]);
        await receiver.RecordAsync(api, timebank, giver, receiver, 30);
        await receiver.RecordAsync(api, timebank, giver, receiver, 45);

        var payload = (await giver.Client.RunAsync("exportMyData")).ShouldSucceed().At("exportMyData");
        var content = payload.GetProperty("content").GetString()!;
        using var file = JsonDocument.Parse(content);
        var tables = file.RootElement.GetProperty("tables");
        var me = Raw(giver.Id);

        Assert.Empty(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("application/json", payload.GetProperty("contentType").GetString());
        Assert.Equal(giver.Email, Assert.Single(tables.GetProperty("members").EnumerateArray()).GetProperty("email").GetString());
        Assert.DoesNotContain("password_hash", content, StringComparison.Ordinal);
        Assert.DoesNotContain(receiver.Email, content, StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(tables.GetProperty("memberships").EnumerateArray());
        Assert.Equal(2, tables.GetProperty("exchanges").GetArrayLength());
        // Only the person's own accounts, and only their lines: the other side's balance never shows.
        var accounts = tables.GetProperty("accounts").EnumerateArray().ToList();
        Assert.All(accounts, a => Assert.Equal(me, Guid.Parse(a.GetProperty("owner_id").GetString()!)));
        var ids = accounts.Select(a => a.GetProperty("id").GetString()).ToHashSet();
        var lines = tables.GetProperty("account_entries").EnumerateArray().ToList();
        Assert.All(lines, l => Assert.Contains(l.GetProperty("account_id").GetString(), ids));
        Assert.Equal([30L, 45L], lines.Select(l => l.GetProperty("change").GetInt64()).Order());
    }

    [Fact]
    public async Task The_same_file_downloads_with_a_bearer_token_and_nobody_signed_out_gets_one()
    {
        var timebank = await api.TimebankAsync(members: 1);
        var member = timebank.Members[0];
        using var http = api.CreateClient();

        using var signedOut = await http.GetAsync(DataRightsEndpoints.ExportPath);
        var anonymous = (await api.CreateGraphQLClient().RunAsync("exportMyData")).ShouldSucceed();
        using var request = new HttpRequestMessage(HttpMethod.Get, DataRightsEndpoints.ExportPath);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", member.Token);
        using var download = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, signedOut.StatusCode);
        Assert.Equal(["NOT_AUTHENTICATED"], anonymous.PayloadErrorCodes("exportMyData"));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        using var file = JsonDocument.Parse(await download.Content.ReadAsStringAsync());
        Assert.Equal(member.Email, file.RootElement.GetProperty("tables").GetProperty("members")[0].GetProperty("email").GetString());
    }

    [Fact]
    public async Task A_journal_is_in_its_writers_export_and_not_in_that_of_the_staff_it_was_shared_with()
    {
        var coordinator = await api.SignUpAsync("Cora Coordinator");
        var provider = await coordinator.CreateOrganisationAsync("Coventry Road", "PROVIDER");
        var keyworker = await api.SignUpAsync("Kim Keyworker");
        await coordinator.GrantAsync(await keyworker.JoinApprovedAsync(provider, coordinator), "STAFF");
        var customer = await api.SignUpAsync("Pat Person");
        await coordinator.GrantAsync(await customer.JoinApprovedAsync(provider, coordinator), "CUSTOMER");
        var added = (await customer.Client.RunAsync("addJournalEntry", new { input = new { text = "Went to the allotment with my brother" } })).ShouldSucceed();
        await customer.Client.RunAsync("addJournalEntry", new { input = new { text = "A bad night; nobody needs to know" } });
        var entryId = added.At("addJournalEntry").GetProperty("journalEntry").GetProperty("id").GetString();
        (await customer.Client.RunAsync("shareJournalEntry", new { input = new { entryId, memberIds = new[] { keyworker.Id } } })).ShouldSucceed();

        var mine = await ExportAsync(customer);
        var theirs = await ExportAsync(keyworker);

        Assert.Contains("Went to the allotment with my brother", mine, StringComparison.Ordinal);
        Assert.Contains("A bad night; nobody needs to know", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("allotment", theirs, StringComparison.Ordinal);
        Assert.DoesNotContain("bad night", theirs, StringComparison.Ordinal);
        Assert.DoesNotContain(customer.Email, theirs, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Every_table_either_names_a_member_belongs_to_a_row_that_does_or_is_declared_as_holding_nothing_about_anyone()
    {
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync();

        var map = new PersonalDataMap(db.Model);

        Assert.Empty(map.Unclassified);
        Assert.Equal(PersonalDataLink.About, map.Links.Single(l => l.Key.GetTableName() == "journal_entries").Value);
        // A plan's versions are the person's, through their plan, not their editor's.
        Assert.Equal(PersonalDataLink.BelongsTo, map.Links.Single(l => l.Key.GetTableName() == "plan_versions").Value);
    }

    private static async Task<string> ExportAsync(TestMember member)
        => (await member.Client.RunAsync("exportMyData")).ShouldSucceed().At("exportMyData").GetProperty("content").GetString()!;

    private static Guid Raw(string memberId) => GlobalId.Parse<Member>(memberId, "Member", "id").Value;
}
