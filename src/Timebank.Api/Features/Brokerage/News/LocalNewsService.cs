using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Brokerage;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Brokerage.News;

public sealed record PostLocalNewsInput(string OrganisationId, string Title, string Body, NewsTopic Topic);

public sealed record WithdrawLocalNewsInput(string PostId);

/// <summary>Short local updates by an organisation's coordinators or managers, for its active members.</summary>
public sealed class LocalNewsService(IDbContextFactory<TimebankDbContext> databases, Viewer viewer, IClock clock)
{
    public async Task<LocalNewsPost> PostAsync(PostLocalNewsInput input, CancellationToken cancellationToken)
    {
        await viewer.RequireIdAsync();
        var organisation = GlobalId.Parse<Organisation>(input.OrganisationId, "Organisation", "organisationId");
        var membership = await viewer.MembershipInAsync(organisation);
        if (membership is not { IsActive: true })
            throw new DomainException(new NotFound("organisation", input.OrganisationId));
        var post = LocalNewsPost.Publish(membership, input.Title, input.Body, input.Topic, clock.GetCurrentInstant());
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.Add(post);
        await db.SaveChangesAsync(cancellationToken);
        return post;
    }

    public async Task<LocalNewsPost> WithdrawAsync(WithdrawLocalNewsInput input, CancellationToken cancellationToken)
    {
        await viewer.RequireIdAsync();
        var id = GlobalId.Parse<LocalNewsPost>(input.PostId, LocalNewsType.TypeName, "postId");
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var post = await db.Set<LocalNewsPost>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        var membership = post is null ? null : await viewer.MembershipInAsync(post.OrganisationId);
        if (post is null || !post.MayBeReadBy(membership))
            throw new DomainException(new NotFound("news post", input.PostId));
        post.Withdraw(membership!, clock.GetCurrentInstant());
        await db.SaveChangesAsync(cancellationToken);
        return post;
    }
}
