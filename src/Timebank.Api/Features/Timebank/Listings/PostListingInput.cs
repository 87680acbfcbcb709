using Timebank.Api.Platform.GraphQL;

namespace Timebank.Api.Features.Timebank;

public sealed record PostListingInput(string OrganisationId, string Title, string? Details, string? CategoryId, string? Area);
