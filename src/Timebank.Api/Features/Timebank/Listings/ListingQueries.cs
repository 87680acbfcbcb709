using GraphQL;
using GraphQL.Types;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Domain.Organisations;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

public sealed class ListingQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
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
}
