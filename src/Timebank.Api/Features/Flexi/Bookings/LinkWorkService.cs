using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Flexi.Allowances;
using Timebank.Domain.Flexi.Bookings;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Flexi;

/// <summary>Recording link work: a row of its own and no ledger movement, so it cannot spend the allowance.</summary>
public sealed class LinkWorkService(FlexiAccess access, IDbContextFactory<TimebankDbContext> databases, IClock clock)
{
    public async Task<LinkWork> RecordAsync(RecordLinkWorkInput input, CancellationToken cancellationToken)
    {
        var context = await access.ServiceAsync(input.ServiceId, "serviceId", cancellationToken);
        var keyworker = await access.MembershipInAsync(context.Service.ProviderId) ?? throw new DomainException(new NotAllowed("Only staff of this service can record link work."));
        var customerId = GlobalId.Parse<Member>(input.CustomerId, "Member", "customerId");
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var serviceId = context.Service.Id;
        var budget = await BudgetEnding.Running(db, serviceId, customerId)
                         .FirstOrDefaultAsync(cancellationToken)
                     ?? throw new DomainException(new NotFound("customer budget", input.CustomerId));
        var work = LinkWork.Record(context.Service, budget, keyworker, input.Date, input.Minutes, input.Note, clock.GetCurrentInstant());
        db.Add(work);
        await db.SaveChangesAsync(cancellationToken);
        return work;
    }
}

public sealed class LinkWorkMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
        => MutationField.Add<ResultPayloadType<LinkWork, LinkWorkType>, RecordLinkWorkInputType, RecordLinkWorkInput, LinkWork>(mutation, "recordLinkWork",
            "Staff record planning time with a customer (link work), apart from support time: it never spends their allowance and shows in the report's link-work figure.",
            (c, i) => c.Service<LinkWorkService>().RecordAsync(i, c.CancellationToken));
}
