using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Plans.Budgets;

namespace Timebank.Api.Features.Plans;

/// <summary>
/// A rule version's questions and bands, and an assessment's answers, are JSON text beside their row: they are
/// written once, never edited (a change is a new version), always read whole, and no query looks inside them.
/// </summary>
internal static class PlansJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static ValueConverter<IReadOnlyList<T>, string> Converter<T>()
        => new(list => JsonSerializer.Serialize(list, Options), text => JsonSerializer.Deserialize<List<T>>(text, Options) ?? new List<T>());

    public static ValueComparer<IReadOnlyList<T>> Comparer<T>()
        => new((a, b) => a!.SequenceEqual(b!), list => list.Count, list => list.ToList());
}

internal sealed class AllocationRulesConfiguration : IEntityTypeConfiguration<AllocationRules>
{
    public void Configure(EntityTypeBuilder<AllocationRules> builder)
    {
        builder.ToTable("allocation_rules");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Name).HasMaxLength(AllocationRules.NameMaxLength);
        builder.Property(r => r.Questions).HasConversion(PlansJson.Converter<AllocationQuestion>(), PlansJson.Comparer<AllocationQuestion>());
        builder.Property(r => r.Bands).HasConversion(PlansJson.Converter<BudgetBand>(), PlansJson.Comparer<BudgetBand>());
        builder.Ignore(r => r.MaxPoints);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(r => r.PublishedBy).OnDelete(DeleteBehavior.Restrict);
        // Two managers publishing at once cannot both make version 3.
        builder.HasIndex(r => new { r.OrganisationId, r.Version }).IsUnique();
    }
}

internal sealed class SelfAssessmentConfiguration : IEntityTypeConfiguration<SelfAssessment>
{
    public void Configure(EntityTypeBuilder<SelfAssessment> builder)
    {
        builder.ToTable("self_assessments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Answers).HasConversion(PlansJson.Converter<GivenAnswer>(), PlansJson.Comparer<GivenAnswer>());
        builder.HasOne<AllocationRules>().WithMany().HasForeignKey(a => a.RulesId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(a => a.SubmittedBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.OrganisationId, a.PersonId, a.SubmittedAt });
    }
}

internal sealed class BudgetChallengeConfiguration : IEntityTypeConfiguration<BudgetChallenge>
{
    public void Configure(EntityTypeBuilder<BudgetChallenge> builder)
    {
        builder.ToTable("budget_challenges");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Reason).HasMaxLength(BudgetChallenge.ReasonMaxLength);
        builder.Property(c => c.SupportedBy).HasMaxLength(BudgetChallenge.SupporterMaxLength);
        builder.Property(c => c.DecisionNote).HasMaxLength(BudgetChallenge.NoteMaxLength);
        builder.Property(c => c.Status).HasConversion<int>();
        builder.Property<int>(Platform.Persistence.TimebankDbContext.VersionProperty).IsConcurrencyToken();
        builder.HasOne<SelfAssessment>().WithMany().HasForeignKey(c => c.AssessmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(c => c.RaisedBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(c => c.DecidedBy).OnDelete(DeleteBehavior.Restrict);
        // At most one open challenge per assessment, however many are raised at once.
        builder.HasIndex(c => c.AssessmentId).IsUnique().HasFilter("status = 1");
    }
}
