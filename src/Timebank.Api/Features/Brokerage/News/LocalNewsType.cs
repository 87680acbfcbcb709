using GraphQL;
using GraphQL.Types;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Domain.Brokerage;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Brokerage.News;

public sealed class LocalNewsType : NodeType<LocalNewsPost>
{
    public const string TypeName = "LocalNewsPost";

    public LocalNewsType()
        : base(TypeName, p => p.Id.Value)
    {
        Description = "A short local update: how budgets are administered, policy changes, news.";
        Field(p => p.Title);
        Field(p => p.Body);
        Field<NonNullGraphType<NewsTopicType>>("topic").Resolve(c => c.Source.Topic);
        Field<NonNullGraphType<MemberType>>("author").Resolve(c => c.Service<ByIdLoader<Member>>().Load(c.Source.AuthorId));
        Field(p => p.PublishedAt);
    }
}

public sealed class NewsTopicType : EnumerationGraphType<NewsTopic>
{
    public NewsTopicType() => Name = "NewsTopic";
}

public sealed class PostLocalNewsInputType : InputObjectGraphType<PostLocalNewsInput>
{
    public PostLocalNewsInputType()
    {
        Name = "PostLocalNewsInput";
        Field<NonNullGraphType<IdGraphType>>("organisationId");
        Field(i => i.Title).Description("Up to 120 characters.");
        Field(i => i.Body).Description("Up to 4,000 characters.");
        Field<NonNullGraphType<NewsTopicType>>("topic");
    }
}

public sealed class WithdrawLocalNewsInputType : InputObjectGraphType<WithdrawLocalNewsInput>
{
    public WithdrawLocalNewsInputType()
    {
        Name = "WithdrawLocalNewsInput";
        Field<NonNullGraphType<IdGraphType>>("postId");
    }
}

public sealed class LocalNewsMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        BrokerageMutationField.Add<Platform.GraphQL.Errors.ResultPayloadType<LocalNewsPost, LocalNewsType>, PostLocalNewsInputType, PostLocalNewsInput, LocalNewsPost, LocalNewsService>(
            mutation, "postLocalNews", "Coordinators or managers: posts a short update for the organisation's members.", (s, i, ct) => s.PostAsync(i, ct));
        BrokerageMutationField.Add<Platform.GraphQL.Errors.ResultPayloadType<LocalNewsPost, LocalNewsType>, WithdrawLocalNewsInputType, WithdrawLocalNewsInput, LocalNewsPost, LocalNewsService>(
            mutation, "withdrawLocalNews", "The author or a coordinator takes a post down.", (s, i, ct) => s.WithdrawAsync(i, ct));
    }
}

public sealed class LocalNewsQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
        => query.Field<NonNullGraphType<ConnectionGraphType<LocalNewsType>>>("localNews")
            .Description("An organisation's news, newest first, for its active members (empty for anyone else).")
            .Argument<NonNullGraphType<IdGraphType>>("organisationId")
            .Argument<IntGraphType>("first", "Returns the first n posts.")
            .Argument<StringGraphType>("after", "Returns posts after this cursor.")
            .RequireAuthentication()
            .ResolveAsync(async c =>
            {
                var organisation = GlobalId.TryParse<Organisation>(c.GetArgument<string>("organisationId"), "Organisation");
                if (organisation is not { } org || !await c.Service<Viewer>().IsActiveMemberOfAsync(org))
                    return Connection.Empty;
                var page = PageRequest.From(c, c.Service<Microsoft.Extensions.Options.IOptions<GraphQLOptions>>().Value);
                var offset = 0;
                if (page.Cursor is not null && !Brokers.OffsetCursor.TryDecode(page.Cursor, out offset))
                    throw new ExecutionError("The cursor is not one this list gave out.") { Code = PageRequest.ErrorCode };
                offset = page.Cursor is null ? 0 : offset + 1;
                var databases = c.Service<Microsoft.EntityFrameworkCore.IDbContextFactory<Platform.Persistence.TimebankDbContext>>();
                await using var db = await databases.CreateDbContextAsync(c.CancellationToken);
                var rows = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                    Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AsNoTracking(Visible(db, org))
                        .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id).Skip(offset).Take(page.Size + 1), c.CancellationToken);
                var edges = rows.Take(page.Size).Select((p, i) => new Edge(Brokers.OffsetCursor.Encode(offset + i), p)).ToList();
                return new Connection(edges, new PageInfo(rows.Count > page.Size, offset > 0, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor), async () =>
                {
                    await using var counting = await databases.CreateDbContextAsync(c.CancellationToken);
                    return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(Visible(counting, org), c.CancellationToken);
                });
            });

    private static IQueryable<LocalNewsPost> Visible(Platform.Persistence.TimebankDbContext db, Id<Organisation> organisation)
        => db.Set<LocalNewsPost>().Where(p => p.OrganisationId == organisation && p.WithdrawnAt == null);
}
