using Timebank.Domain.Directory;

namespace Timebank.Api.Features.Directory.Entries;

public sealed record ListLocalSupportInput(string OrganisationId, LocalServiceDraft Service);

public sealed record UpdateLocalSupportInput(string LocalSupportId, LocalServiceDraft Service);

public sealed record ArchiveLocalSupportInput(string LocalSupportId);

public sealed record ConfirmLocalSupportInput(string LocalSupportId, string? AssurerEmail);
