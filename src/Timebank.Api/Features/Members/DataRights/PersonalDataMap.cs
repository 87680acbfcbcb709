using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Members;

/// <summary>How a stored table relates to a person, for exporting (and later erasing) what is held about them.</summary>
public enum PersonalDataLink
{
    /// <summary>A row is about the person: one of its member columns other than who acted names them.</summary>
    About,

    /// <summary>A row belongs to a row about the person (a plan's versions, a session's resolution, a pairing's meetings).</summary>
    BelongsTo,

    /// <summary>The person's ledger accounts and their statement lines (accounts are owned by a member or an organisation).</summary>
    Ledger,

    /// <summary>Names members only as who acted (<c>…_by</c>): listed as the person's actions, its contents are someone else's.</summary>
    ActedOnly,

    /// <summary>Holds nothing about any one person (an organisation's settings, the directory, keys).</summary>
    NotPersonal,
}

/// <summary>
/// Every table of the model, classified from its columns and foreign keys, so a new table is covered by the export
/// as soon as it names a member, or else must be declared here as holding nothing about anyone (a test fails otherwise).
/// </summary>
public sealed class PersonalDataMap
{
    /// <summary>Tables about organisations, the directory or the platform, never about one person, with why.</summary>
    public static readonly IReadOnlyDictionary<string, string> NotPersonal = new Dictionary<string, string>
    {
        ["organisations"] = "an organisation's name and kind",
        ["timebanks"] = "a timebank's settings",
        ["categories"] = "a timebank's categories of help",
        ["ledgers"] = "which ledgers an organisation has",
        ["transfers"] = "read through the person's own statement lines; a transfer also names the other side's account",
        ["open_holds"] = "read through the person's own statement lines; a hold also names the other side's account",
        ["idempotency_records"] = "replies kept for retries, keyed by request",
        ["data_protection_keys"] = "the platform's key ring",
        ["signing_keys"] = "the platform's token signing key",
        ["courses"] = "a training body's courses",
        ["course_modules"] = "a course's modules",
        ["directory_taxonomies"] = "the directory's taxonomies",
        ["directory_taxonomy_terms"] = "the directory's taxonomy terms",
        ["local_supports"] = "the public directory of local supports",
        ["local_support_areas"] = "the public directory",
        ["local_support_hours"] = "the public directory",
        ["local_support_places"] = "the public directory",
        ["local_support_terms"] = "the public directory",
        ["local_news"] = "a group's news of how budgets are run locally",
        ["brokerage_settings"] = "a timebank's brokerage settings",
        ["flexi_services"] = "a provider's service",
        ["flexi_books"] = "a service's ledgers",
        ["flexi_policy_versions"] = "a service's policy",
        ["flexi_movements"] = "read through the person's own statement lines",
        ["flexi_contract_deviations"] = "a service's contract with its commissioner",
        ["allocation_rules"] = "an organisation's allocation rules",
        ["plan_sign_off_policies"] = "an organisation's sign-off policy",
        ["champion_roles"] = "an organisation's champion roles",
    };

    private static readonly HashSet<string> LedgerTables = ["accounts", "account_entries"];

    /// <summary>Rows about the person through a link table that names them (a pairing through its members).</summary>
    public static readonly IReadOnlyDictionary<string, string> Through = new Dictionary<string, string> { ["mentoring_pairings"] = "mentoring_pairing_members" };

    /// <summary>Never exported, even to their owner: what would let anyone sign in as them.</summary>
    public static readonly IReadOnlySet<string> Secret = new HashSet<string> { "password_hash" };

    public PersonalDataMap(IModel model)
    {
        var links = new Dictionary<IEntityType, PersonalDataLink>();
        var tables = model.GetEntityTypes().Where(t => !t.IsOwned() && t.GetTableName() is not null).ToList();
        foreach (var type in tables)
        {
            var table = type.GetTableName()!;
            if (LedgerTables.Contains(table))
                links[type] = PersonalDataLink.Ledger;
            else if (SubjectColumns(type).Count > 0 || Through.ContainsKey(table))
                links[type] = PersonalDataLink.About;
            else if (NotPersonal.ContainsKey(table))
                links[type] = PersonalDataLink.NotPersonal;
        }
        // A row that belongs (through a required foreign key) to a row about the person is theirs too, however deep.
        for (var found = true; found;)
        {
            found = false;
            foreach (var type in tables.Where(t => !links.ContainsKey(t) || links[t] == PersonalDataLink.ActedOnly))
            {
                var parent = type.GetForeignKeys().FirstOrDefault(k => k.IsRequired && links.GetValueOrDefault(k.PrincipalEntityType) is PersonalDataLink.About or PersonalDataLink.BelongsTo);
                if (parent is null)
                    continue;
                links[type] = PersonalDataLink.BelongsTo;
                Parents[type] = parent;
                found = true;
            }
        }
        foreach (var type in tables.Where(t => !links.ContainsKey(t) && ActorColumns(t).Count > 0))
            links[type] = PersonalDataLink.ActedOnly;
        Links = links;
        Unclassified = [.. tables.Where(t => !links.ContainsKey(t)).Select(t => t.GetTableName()!).Order()];
    }

    public IReadOnlyDictionary<IEntityType, PersonalDataLink> Links { get; }

    /// <summary>For each table that belongs to a row about the person: the foreign key to it.</summary>
    public Dictionary<IEntityType, IForeignKey> Parents { get; } = [];

    /// <summary>Tables this map cannot place: each must name a member, belong to a row that does, or be declared not personal.</summary>
    public IReadOnlyList<string> Unclassified { get; }

    public static IReadOnlyList<IProperty> MemberColumns(IEntityType type)
        => [.. type.GetProperties().Where(p => p.ClrType == typeof(Id<Member>) || p.ClrType == typeof(Id<Member>?))];

    /// <summary>Who acted on a row (<c>recorded_by</c>, <c>edited_by</c>, <c>by</c>): the row is not about them.</summary>
    public static IReadOnlyList<IProperty> ActorColumns(IEntityType type)
        => [.. MemberColumns(type).Where(IsActor)];

    public static IReadOnlyList<IProperty> SubjectColumns(IEntityType type)
        => [.. MemberColumns(type).Where(p => !IsActor(p))];

    private static bool IsActor(IProperty column)
        => column.GetColumnName() is var name && (name == "by" || name.EndsWith("_by", StringComparison.Ordinal));
}
