using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Plans.Plans;
using Timebank.Domain.Plans.Sessions;

namespace Timebank.Api.Features.Plans.Plans;

/// <summary>
/// A version's content, its sign-off policy and its decisions are JSON documents beside the version's row: a
/// version is read whole, changed whole (never in part), and no query looks inside it.
/// </summary>
internal static class PlanDocuments
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

    public static ValueConverter<T, string> Converter<T>()
        => new(value => JsonSerializer.Serialize(value, Options), text => JsonSerializer.Deserialize<T>(text, Options)!);

    /// <summary>Documents are replaced, never changed in place, so comparing their text is enough to see a change.</summary>
    public static ValueComparer<T> Comparer<T>()
        => new((a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options), value => JsonSerializer.Serialize(value, Options).GetHashCode(StringComparison.Ordinal), value => value);
}

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.ToTable("plans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        // Two edits racing on one plan: the second sees the version moved and starts again.
        builder.Property(p => p.LatestVersion).IsConcurrencyToken();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(p => p.StartedBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(p => p.AppointeeId).OnDelete(DeleteBehavior.Restrict);
        // The session's plans are listed from here; a session with plans drafted in it stays.
        builder.HasOne<PlanningSession>().WithMany().HasForeignKey(p => p.PlanningSessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.OrganisationId, p.Id });
        builder.HasIndex(p => new { p.PersonId, p.Id });
    }
}

internal sealed class PlanVersionConfiguration : IEntityTypeConfiguration<PlanVersion>
{
    public void Configure(EntityTypeBuilder<PlanVersion> builder)
    {
        builder.ToTable("plan_versions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Status).HasConversion<int>();
        builder.Property(v => v.Content).HasConversion(PlanDocuments.Converter<PlanContent>(), PlanDocuments.Comparer<PlanContent>());
        builder.Property(v => v.Policy).HasConversion(PlanDocuments.Converter<PlanSignOffPolicy?>(), PlanDocuments.Comparer<PlanSignOffPolicy?>());
        builder.Property(v => v.Decisions).HasConversion(PlanDocuments.Converter<IReadOnlyList<SignOffDecision>>(), PlanDocuments.Comparer<IReadOnlyList<SignOffDecision>>());
        builder.Ignore(v => v.IsEditable);
        // A signer's decision and another's racing on one version: the second starts again from what the first left.
        builder.Property<int>(Platform.Persistence.TimebankDbContext.VersionProperty).IsConcurrencyToken();
        builder.HasOne<Plan>().WithMany().HasForeignKey(v => v.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(v => v.EditedBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.PlanId, v.Number }).IsUnique();
        builder.HasIndex(v => new { v.Status, v.PlanId });
    }
}

internal sealed class OrganisationSignOffConfiguration : IEntityTypeConfiguration<OrganisationSignOff>
{
    public void Configure(EntityTypeBuilder<OrganisationSignOff> builder)
    {
        builder.ToTable("plan_sign_off_policies");
        builder.HasKey(p => p.OrganisationId);
        builder.Property(p => p.Policy).HasConversion(PlanDocuments.Converter<PlanSignOffPolicy>(), PlanDocuments.Comparer<PlanSignOffPolicy>());
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(p => p.SetBy).OnDelete(DeleteBehavior.Restrict);
    }
}
