using Microsoft.EntityFrameworkCore;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

/// <summary>A timebank's categories of help, kept by its coordinators.</summary>
public sealed class CategoryService(IDbContextFactory<TimebankDbContext> databases, Viewer viewer, TimebankService timebanks)
{
    public async Task<Category> CreateCategoryAsync(CreateCategoryInput input, CancellationToken cancellationToken)
    {
        var (settings, _) = await timebanks.CoordinatorOfTimebankAsync(input.OrganisationId, "manage categories", cancellationToken);
        var category = Category.Create(settings.OrganisationId, input.Name);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        if (await db.Set<Category>().AnyAsync(c => c.OrganisationId == settings.OrganisationId && c.Name == category.Name, cancellationToken))
            throw new DomainException(new ValidationFailed("name", "another category already has this name"));
        db.Add(category);
        await db.SaveChangesAsync(cancellationToken);
        return category;
    }

    public async Task<Category> UpdateCategoryAsync(UpdateCategoryInput input, CancellationToken cancellationToken)
    {
        await viewer.RequireIdAsync();
        var id = GlobalId.Parse<Category>(input.CategoryId, "Category", "categoryId");
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var (category, _) = await viewer.RequireInOrganisationAsync(
            await db.Set<Category>().FirstOrDefaultAsync(c => c.Id == id, cancellationToken), c => c.OrganisationId, new NotFound("category", input.CategoryId));
        await viewer.RequireRoleAsync(category.OrganisationId, Roles.Coordinator, "manage categories");
        if (input.Name is not null)
            category.Rename(input.Name);
        if (input.Active is { } active)
            category.SetActive(active);
        await db.SaveChangesAsync(cancellationToken);
        return category;
    }
}
