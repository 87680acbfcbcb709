using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timebank.Domain.Brokerage;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Brokerage.News;

internal sealed class LocalNewsConfiguration : IEntityTypeConfiguration<LocalNewsPost>
{
    public void Configure(EntityTypeBuilder<LocalNewsPost> builder)
    {
        builder.ToTable("local_news");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Title).HasMaxLength(LocalNewsPost.TitleMaxLength);
        builder.Property(p => p.Body).HasMaxLength(LocalNewsPost.BodyMaxLength);
        builder.Property(p => p.Topic).HasConversion<int>();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(p => p.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.OrganisationId, p.PublishedAt, p.Id });
    }
}
