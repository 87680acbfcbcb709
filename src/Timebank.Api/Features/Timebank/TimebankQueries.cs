using GraphQL;
using GraphQL.Types;
using NodaTime;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Domain.Organisations;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

public sealed record ListingFilter(string? CategoryId, string? Text, string? Area, bool? IncludeWithdrawn);

public sealed class ListingFilterType : InputObjectGraphType<ListingFilter>
{
    public ListingFilterType()
    {
        Name = "ListingFilter";
        Field<IdGraphType>("categoryId");
        Field(f => f.Text, nullable: true).Description("Words to find in the title, details or area (any case).");
        Field(f => f.Area, nullable: true).Description("Only listings in this area (any case).");
        Field(f => f.IncludeWithdrawn, nullable: true);
    }
}

public sealed class TimebankQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<TimebankType>("timebank")
            .Description("A timebank you belong to (its ledger opens the first time it is used); null otherwise.")
            .Argument<NonNullGraphType<IdGraphType>>("organisationId")
            .RequireAuthentication()
            .ResolveAsync(async c => await MemberTimebankAsync(c, c.GetArgument<string>("organisationId")) is { } found ? found.Settings : null);

        query.Field<TimebankReportType>("timebankReport")
            .Description("Coordinators' report on a timebank for a range of days.")
            .Argument<NonNullGraphType<IdGraphType>>("organisationId")
            .Argument<NonNullGraphType<LocalDateGraphType>>("from")
            .Argument<NonNullGraphType<LocalDateGraphType>>("to")
            .RequireAuthentication()
            .ResolveAsync(async c =>
            {
                if (await MemberTimebankAsync(c, c.GetArgument<string>("organisationId")) is not { } found || !found.Membership.Has(Roles.Coordinator))
                    throw new ExecutionError("Only coordinators of this timebank can read its report.") { Code = ErrorCodes.NotAllowed };
                return await c.Service<TimebankReports>().BuildAsync(found.Settings, c.GetArgument<LocalDate>("from"), c.GetArgument<LocalDate>("to"), c.CancellationToken);
            });

        AddListings(query, "offers", ListingKind.Offer);
        AddListings(query, "requests", ListingKind.Request);
    }

    private static void AddListings(ObjectGraphType query, string name, ListingKind kind)
        => query.Field<ConnectionGraphType<ListingType>>(name)
            .Description($"Open {name} in a timebank you belong to, newest last; null if you do not belong to it.")
            .Argument<NonNullGraphType<IdGraphType>>("organisationId")
            .Argument<ListingFilterType>("filter")
            .PagingArguments()
            .RequireAuthentication()
            .ResolveAsync(async c =>
            {
                var organisation = GlobalId.TryParse<Organisation>(c.GetArgument<string>("organisationId"), "Organisation");
                if (organisation is null || !await c.Service<Viewer>().IsActiveMemberOfAsync(organisation.Value))
                    return null;
                var filter = c.GetArgument<ListingFilter?>("filter") ?? new ListingFilter(null, null, null, null);
                // An id that names no category matches nothing, rather than everything.
                var category = string.IsNullOrEmpty(filter.CategoryId) ? (Id<Category>?)null : GlobalId.TryParse<Category>(filter.CategoryId, CategoryType.TypeName) ?? Id<Category>.New();
                var text = string.IsNullOrWhiteSpace(filter.Text) ? null : filter.Text.Trim().ToLowerInvariant();
                var area = string.IsNullOrWhiteSpace(filter.Area) ? null : filter.Area.Trim().ToLowerInvariant();
                var withdrawn = filter.IncludeWithdrawn == true;
                var org = organisation.Value;
#pragma warning disable CA1862 // EF Core translates ToLower() to SQL lower(); the StringComparison overloads do not translate.
                return await c.PageByIdAsync(db => db.Set<Listing>().Where(l => l.OrganisationId == org && l.Kind == kind
                    && (withdrawn || l.Status == ListingStatus.Open)
                    && (category == null || l.CategoryId == category)
                    && (text == null || l.SearchText.Contains(text))
                    && (area == null || (l.Area != null && l.Area.ToLower() == area))), l => l.Id);
#pragma warning restore CA1862
            });

    internal static async Task<(TimebankSettings Settings, Membership Membership)?> MemberTimebankAsync(IResolveFieldContext context, string organisationGlobalId)
    {
        if (GlobalId.TryParse<Organisation>(organisationGlobalId, "Organisation") is not { } organisation)
            return null;
        if (await context.Service<Viewer>().MembershipInAsync(organisation) is not { IsActive: true } membership)
            return null;
        try
        {
            return (await context.Service<TimebankService>().TimebankAsync(organisation, context.CancellationToken), membership);
        }
        catch (DomainException refused) when (refused.Error is NotAllowed)
        {
            // Not a timebank organisation.
            return null;
        }
    }
}
