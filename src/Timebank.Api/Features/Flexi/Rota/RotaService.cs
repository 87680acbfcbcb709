using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Flexi.Rota;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Flexi;

/// <summary>The service's rota of core shifts, planned by its managers (usually weeks ahead).</summary>
public sealed class RotaService(FlexiAccess access, IDbContextFactory<TimebankDbContext> databases)
{
    public async Task<Shift> PlanAsync(PlanShiftInput input, CancellationToken cancellationToken)
    {
        var context = await access.ServiceAsync(input.ServiceId, "serviceId", cancellationToken);
        var provider = context.Service.ProviderId;
        var manager = await access.MembershipInAsync(provider);
        var workerId = GlobalId.Parse<Member>(input.WorkerId, "Member", "workerId");
        var worker = (await access.MembershipsAsync(provider, [workerId], cancellationToken)).GetValueOrDefault(workerId)
                     ?? throw new DomainException(new ValidationFailed("workerId", "must be a member of staff of this provider"));
        var name = (await access.NamesAsync([workerId], cancellationToken)).GetValueOrDefault(workerId) ?? "The worker";
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var serviceId = context.Service.Id;
        var theirs = await db.Set<Shift>().AsNoTracking().Where(s => s.ServiceId == serviceId && s.WorkerId == workerId && s.Start < input.End && s.End > input.Start).ToListAsync(cancellationToken);
        var shift = Shift.Plan(context.Service, manager!, worker, name, input.Start, input.End, theirs);
        db.Add(shift);
        await db.SaveChangesAsync(cancellationToken);
        return shift;
    }
}

public sealed class ShiftType : NodeType<Shift>
{
    public ShiftType()
        : base("Shift", s => s.Id.Value)
    {
        Field<NonNullGraphType<MemberType>>("worker").Resolve(c => c.Service<ByIdLoader<Member>>().Load(c.Source.WorkerId));
        Field<NonNullGraphType<InstantGraphType>>("start").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<InstantGraphType>>("end").Resolve(c => c.Source.End);
    }
}

public sealed class RotaMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
        => MutationField.Add<ResultPayloadType<Shift, ShiftType>, PlanShiftInputType, PlanShiftInput, Shift>(mutation, "planShift",
            "Managers: puts a member of staff on the core rota; bookings may not take the staff on shift below the service's core minimum.",
            (c, i) => c.Service<RotaService>().PlanAsync(i, c.CancellationToken));
}
