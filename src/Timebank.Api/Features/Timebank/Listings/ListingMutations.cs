using GraphQL.Types;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

public sealed class ListingMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        MutationField.Add<ResultPayloadType<Listing, ListingType>, PostListingInputType, PostListingInput, Listing>(mutation, "postOffer",
            "Offers help to the timebank.", (c, i) => c.Service<ListingService>().PostListingAsync(ListingKind.Offer, i, c.CancellationToken));
        MutationField.Add<ResultPayloadType<Listing, ListingType>, PostListingInputType, PostListingInput, Listing>(mutation, "postRequest",
            "Asks the timebank for help.", (c, i) => c.Service<ListingService>().PostListingAsync(ListingKind.Request, i, c.CancellationToken));
        MutationField.Add<ResultPayloadType<Listing, ListingType>, WithdrawListingInputType, WithdrawListingInput, Listing>(mutation, "withdrawListing",
            "Takes down your own offer or request (coordinators: anyone's).", (c, i) => c.Service<ListingService>().WithdrawListingAsync(i, c.CancellationToken));
    }
}
