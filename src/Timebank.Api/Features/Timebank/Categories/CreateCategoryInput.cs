using Timebank.Api.Platform.GraphQL;

namespace Timebank.Api.Features.Timebank;

public sealed record CreateCategoryInput(string OrganisationId, string Name);
