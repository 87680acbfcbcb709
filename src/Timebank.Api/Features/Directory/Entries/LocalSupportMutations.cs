using GraphQL;
using GraphQL.Types;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Domain.Directory;

namespace Timebank.Api.Features.Directory.Entries;

public sealed class LocalSupportMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ResultPayloadType<LocalService, LocalSupportType>>>("listLocalSupport")
            .Description("Lists a local support for your group (coordinators and managers); it is confirmed current today. Every problem with the entry comes back as its own error, with its ORUK path.")
            .Argument<NonNullGraphType<ListLocalSupportInputType>>("input")
            .RequireAuthentication()
            .ResolveAsync(async c => await DirectoryMutationRunner.RunAsync(c, () => c.Service<LocalSupportService>().ListAsync(c.Input<ListLocalSupportInput>(), c.CancellationToken)));

        mutation.Field<NonNullGraphType<ResultPayloadType<LocalService, LocalSupportType>>>("updateLocalSupport")
            .Description("Replaces an entry of your group with what it should now say; saving confirms it current today.")
            .Argument<NonNullGraphType<UpdateLocalSupportInputType>>("input")
            .RequireAuthentication()
            .ResolveAsync(async c => await DirectoryMutationRunner.RunAsync(c, () => c.Service<LocalSupportService>().UpdateAsync(c.Input<UpdateLocalSupportInput>(), c.CancellationToken)));

        mutation.Field<NonNullGraphType<ResultPayloadType<LocalService, LocalSupportType>>>("confirmLocalSupport")
            .Description("Says an entry of your group is still right, without changing it.")
            .Argument<NonNullGraphType<ConfirmLocalSupportInputType>>("input")
            .RequireAuthentication()
            .ResolveAsync(async c => await DirectoryMutationRunner.RunAsync(c, () => c.Service<LocalSupportService>().ConfirmAsync(c.Input<ConfirmLocalSupportInput>(), c.CancellationToken)));

        mutation.Field<NonNullGraphType<ResultPayloadType<LocalService, LocalSupportType>>>("archiveLocalSupport")
            .Description("Takes an entry of your group out of the directory.")
            .Argument<NonNullGraphType<ArchiveLocalSupportInputType>>("input")
            .RequireAuthentication()
            .ResolveAsync(async c => await DirectoryMutationRunner.RunAsync(c, () => c.Service<LocalSupportService>().ArchiveAsync(c.Input<ArchiveLocalSupportInput>(), c.CancellationToken)));
    }
}
