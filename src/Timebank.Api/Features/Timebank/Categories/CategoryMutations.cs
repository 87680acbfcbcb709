using GraphQL.Types;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

public sealed class CategoryMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        MutationField.Add<ResultPayloadType<Category, CategoryType>, CreateCategoryInputType, CreateCategoryInput, Category>(mutation, "createCategory",
            "Coordinators: a new category for exchanges and listings.", (c, i) => c.Service<CategoryService>().CreateCategoryAsync(i, c.CancellationToken));
        MutationField.Add<ResultPayloadType<Category, CategoryType>, UpdateCategoryInputType, UpdateCategoryInput, Category>(mutation, "updateCategory",
            "Coordinators: renames a category or retires it.", (c, i) => c.Service<CategoryService>().UpdateCategoryAsync(i, c.CancellationToken));
    }
}
