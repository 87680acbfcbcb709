using Timebank.Web.GraphQL;

namespace Timebank.Web.Pages.Account;

public sealed record SessionPayload(string? Token, DateTimeOffset? ExpiresAt, IReadOnlyList<UserError> Errors) : IPayload;

public sealed record Person(string Id, string DisplayName, string? Email, Connection<MembershipSummary>? Memberships);

public sealed record MembershipSummary(string Id, string Status, IReadOnlyList<string> Roles, OrganisationSummary Organisation);

public sealed record OrganisationSummary(string Id, string Name, string Kind, string? TimeZone = null, ViewerMembership? ViewerMembership = null);

public sealed record ViewerMembership(string Id, string Status, IReadOnlyList<string> Roles);

/// <summary>Where a signed-in person is sent back to: only ever a path on this site.</summary>
public static class ReturnUrls
{
    public static string Safe(string? returnUrl)
        => returnUrl is { Length: > 1 } url && url[0] == '/' && url[1] != '/' && url[1] != '\\' ? url : "/home";
}
