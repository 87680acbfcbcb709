using System.Text.Json;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Plans;

/// <summary>The person's journal over HTTP: private to them, shared entry by entry with named staff, never with commissioners.</summary>
public sealed class JournalTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    private static async Task<JsonElement> OkAsync(TestMember member, string operation, object input)
    {
        var result = (await member.Client.RunAsync(operation, new { input })).ShouldSucceed();
        Assert.True(result.PayloadErrorCodes(operation).Count == 0, result.ToString());
        return result.At(operation);
    }

    private static async Task<IReadOnlyList<string>> RefusedAsync(TestMember member, string operation, object input)
        => (await member.Client.RunAsync(operation, new { input })).ShouldSucceed().PayloadErrorCodes(operation);

    private static async Task<IReadOnlyList<string>> JournalAsync(TestMember reader, TestMember? person = null)
        => [.. (await reader.Client.RunAsync("journal", new { personId = person?.Id })).ShouldSucceed().At("journal").EnumerateArray().Select(e => e.GetProperty("text").GetString()!)];

    /// <summary>A provider with a coordinator, a keyworker (STAFF), a commissioner and a customer.</summary>
    private async Task<(TestOrganisation Provider, TestMember Coordinator, TestMember Keyworker, TestMember Commissioner, TestMember Customer)> ProviderAsync()
    {
        var coordinator = await api.SignUpAsync("Cora Coordinator");
        var provider = await coordinator.CreateOrganisationAsync("Coventry Road", "PROVIDER");
        var keyworker = await api.SignUpAsync("Kim Keyworker");
        await coordinator.GrantAsync(await keyworker.JoinApprovedAsync(provider, coordinator), "STAFF");
        var commissioner = await api.SignUpAsync("Cam Commissioner");
        await coordinator.GrantAsync(await commissioner.JoinApprovedAsync(provider, coordinator), "COMMISSIONER");
        var customer = await api.SignUpAsync("Pat Person");
        await coordinator.GrantAsync(await customer.JoinApprovedAsync(provider, coordinator), "CUSTOMER");
        return (provider, coordinator, keyworker, commissioner, customer);
    }

    [Fact]
    public async Task An_entry_shared_with_named_staff_is_read_by_them_alone_until_withdrawn_and_never_by_a_commissioner()
    {
        var (_, _, keyworker, commissioner, customer) = await ProviderAsync();
        var neighbour = await api.SignUpAsync("Nia Neighbour");
        var elsewhere = await api.SignUpAsync("Eli Elsewhere");
        await elsewhere.CreateOrganisationAsync("Another Provider", "PROVIDER");

        var added = await OkAsync(customer, "addJournalEntry", new
        {
            text = "Went to the allotment with my brother",
            attachments = new object[]
            {
                new { kind = "PHOTO", reference = "https://files.example.org/p/1.jpg", caption = "The runner beans" },
                new { kind = "SCAN", reference = "https://files.example.org/p/scrapbook-4.pdf" },
                new { kind = "AUDIO", reference = "https://files.example.org/p/note.m4a", caption = "What I said after" },
            },
        });
        var entry = added.GetProperty("journalEntry");
        var entryId = entry.GetProperty("id").GetString()!;
        Assert.Equal(["PHOTO", "SCAN", "AUDIO"], entry.GetProperty("attachments").EnumerateArray().Select(a => a.GetProperty("kind").GetString()!).ToArray());
        Assert.Equal(0, entry.GetProperty("sharedWith").GetArrayLength());
        await OkAsync(customer, "addJournalEntry", new { text = "A bad night; nobody needs to know" });

        Assert.Empty(await JournalAsync(keyworker, customer));
        var shared = await OkAsync(customer, "shareJournalEntry", new { entryId, memberIds = new[] { keyworker.Id } });
        Assert.Equal(keyworker.Id, shared.GetProperty("journalEntry").GetProperty("sharedWith")[0].GetProperty("id").GetString());
        var read = (await keyworker.Client.RunAsync("journal", new { personId = customer.Id })).ShouldSucceed().At("journal");
        Assert.Equal(["Went to the allotment with my brother"], read.EnumerateArray().Select(e => e.GetProperty("text").GetString()!).ToArray());
        Assert.Equal(JsonValueKind.Null, read[0].GetProperty("sharedWith").ValueKind);

        // A commissioner role alone never reads a journal, and cannot be named to read one.
        Assert.Equal(["NOT_YOUR_STAFF"], await RefusedAsync(customer, "shareJournalEntry", new { entryId, memberIds = new[] { commissioner.Id } }));
        Assert.Empty(await JournalAsync(commissioner, customer));
        // Staff of an organisation that does not support the person, and someone with no role, are refused too; nothing is shared.
        Assert.Equal(["NOT_YOUR_STAFF"], await RefusedAsync(customer, "shareJournalEntry", new { entryId, memberIds = new[] { keyworker.Id, elsewhere.Id } }));
        Assert.Equal(["NOT_YOUR_STAFF"], await RefusedAsync(customer, "shareJournalEntry", new { entryId, memberIds = new[] { neighbour.Id } }));
        Assert.Empty(await JournalAsync(neighbour, customer));
        Assert.Empty(await JournalAsync(elsewhere, customer));
        // Only the person shares or withdraws their own entries: to anyone else there is no such entry.
        Assert.Equal(["NOT_FOUND"], await RefusedAsync(keyworker, "shareJournalEntry", new { entryId, memberIds = new[] { keyworker.Id } }));
        Assert.Equal(["NOT_FOUND"], await RefusedAsync(neighbour, "unshareJournalEntry", new { entryId, memberIds = new[] { keyworker.Id } }));
        Assert.Equal(JsonValueKind.Null, (await neighbour.Client.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = entryId })).ShouldSucceed().At("node").ValueKind);
        Assert.Equal(entryId, (await keyworker.Client.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = entryId })).ShouldSucceed().Text("node.id"));

        var withdrawn = await OkAsync(customer, "unshareJournalEntry", new { entryId, memberIds = new[] { keyworker.Id } });
        Assert.Equal(0, withdrawn.GetProperty("journalEntry").GetProperty("sharedWith").GetArrayLength());
        Assert.Empty(await JournalAsync(keyworker, customer));
        Assert.Equal(JsonValueKind.Null, (await keyworker.Client.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = entryId })).ShouldSucceed().At("node").ValueKind);
        Assert.Equal(["A bad night; nobody needs to know", "Went to the allotment with my brother"], await JournalAsync(customer));
    }

    [Fact]
    public async Task Empty_or_too_long_text_and_attachments_that_are_not_references_are_refused_and_nothing_is_written()
    {
        var (_, _, _, _, customer) = await ProviderAsync();
        var tooLong = new string('a', 10_001);
        Assert.Equal(["VALIDATION_FAILED"], await RefusedAsync(customer, "addJournalEntry", new { text = "   " }));
        Assert.Equal(["VALIDATION_FAILED"], await RefusedAsync(customer, "addJournalEntry", new { text = tooLong }));
        var result = (await customer.Client.RunAsync("addJournalEntry", new { input = new { text = "My scrapbook", attachments = new[] { new { kind = "SCAN", reference = "data:image/png;base64,AAAA" } } } })).ShouldSucceed();
        Assert.Equal("attachments[0].reference", result.Text("addJournalEntry.errors.0.field"));
        Assert.Equal(["VALIDATION_FAILED"], await RefusedAsync(customer, "addJournalEntry", new
        {
            text = "Too many photos",
            attachments = Enumerable.Range(0, 11).Select(i => new { kind = "PHOTO", reference = $"https://files.example.org/{i}.jpg" }),
        }));
        Assert.Empty(await JournalAsync(customer));
    }
}
