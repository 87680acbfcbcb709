using Timebank.Web.GraphQL;
using Timebank.Web.Pages.Flexi;
using Timebank.Web.Pages.Timebanks;

namespace Timebank.Web.Pages.Plans;

/// <summary>What the plan page's operation answers: the organisation and the person's own plan there, if any.</summary>
public sealed record PlanPageData(IdOnly? Me, ProviderOrganisation? Organisation, IReadOnlyList<PlanView> Plans);

public sealed record PlanView(string Id, MemberRef Person, PlanVersionView Latest, IReadOnlyList<ReviewView>? Reviews = null);

public sealed record ReviewView(string HeldOn, int ControlRating);

public sealed record PlanVersionView(
    int Number, string Status, string StartsOn, string EndsOn, string ReviewOn, IReadOnlyList<OutcomeView> Outcomes,
    IReadOnlyList<string> Working, IReadOnlyList<string> NotWorking, IReadOnlyList<DecisionView> Decisions);

public sealed record IdOnly(string Id);

public sealed record OutcomeView(string Key, string InTheirWords);

public sealed record DecisionView(MemberRef Signer, bool Approves, string? Comment);

public sealed record PlanPayload(IReadOnlyList<UserError> Errors) : IPayload;

/// <summary>A plan's states in easy-read words.</summary>
public static class PlanWords
{
    public static string Status(string status) => status switch
    {
        "DRAFT" => "Being written: only you and your staff see it",
        "SUBMITTED" => "Sent to be agreed",
        "SENT_BACK" => "Sent back to change",
        "APPROVED" => "Agreed",
        _ => status,
    };
}
