using Timebank.Api.Platform.GraphQL;

namespace Timebank.Api.Features.Timebank;

public sealed record UpdateCategoryInput(string CategoryId, string? Name, bool? Active);
