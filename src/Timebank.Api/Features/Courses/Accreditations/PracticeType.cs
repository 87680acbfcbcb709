using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Courses;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Courses.Accreditations;

/// <summary>Something an accredited person did with their training afterwards.</summary>
public sealed class PracticeType : ObjectGraphType<AccreditationPractice>
{
    public PracticeType()
    {
        Name = "AccreditationPractice";
        Field(p => p.On);
        Field(p => p.What);
        Field(p => p.Minutes, nullable: true);
        Field<NonNullGraphType<MemberType>>("recordedBy").Resolve(c => c.Service<ByIdLoader<Member>>().Load(c.Source.RecordedBy));
        Field(p => p.RecordedAt);
    }
}

/// <summary>The practice recorded against every accreditation a response level shows, oldest first, in one query.</summary>
public sealed class PracticeLoader(IDbContextFactory<TimebankDbContext> databases) : BatchLoader<Id<Accreditation>, IReadOnlyList<AccreditationPractice>>
{
    protected override async Task<IReadOnlyDictionary<Id<Accreditation>, IReadOnlyList<AccreditationPractice>>> FetchAsync(IReadOnlyList<Id<Accreditation>> keys, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<AccreditationPractice>().AsNoTracking().Where(p => keys.Contains(p.AccreditationId))
            .OrderBy(p => p.On).ThenBy(p => p.RecordedAt).ToListAsync(cancellationToken);
        return rows.GroupBy(p => p.AccreditationId).ToDictionary(g => g.Key, g => (IReadOnlyList<AccreditationPractice>)g.ToList());
    }
}
