using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timebank.Api.Features.Plans.Plans;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Plans.Plans;
using Timebank.Domain.Plans.Reviews;

namespace Timebank.Api.Features.Plans.Reviews;

/// <summary>
/// Reviews are rows the reports read by organisation and date; the outcomes' progress is a JSON document beside
/// them, read only with the review. The organisation and person are copied from the plan so reports need no join.
/// </summary>
internal sealed class PlanReviewConfiguration : IEntityTypeConfiguration<PlanReview>
{
    public void Configure(EntityTypeBuilder<PlanReview> builder)
    {
        builder.ToTable("plan_reviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Rating).HasConversion(r => r.Value, v => ControlRating.Of(v, "controlRating"));
        builder.Property(r => r.Decides).HasConversion<int>();
        builder.Property(r => r.InTheirWords).HasMaxLength(PlanReview.NoteMaxLength);
        builder.Property(r => r.Outcomes).HasConversion(PlanDocuments.Converter<IReadOnlyList<OutcomeReview>>(), PlanDocuments.Comparer<IReadOnlyList<OutcomeReview>>());
        builder.ToTable(t => t.HasCheckConstraint("ck_plan_reviews_rating", $"rating >= {ControlRating.Lowest} AND rating <= {ControlRating.Highest}"));
        builder.HasOne<Plan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(r => r.RecordedBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.PlanId, r.HeldOn });
        builder.HasIndex(r => new { r.OrganisationId, r.HeldOn });
    }
}
