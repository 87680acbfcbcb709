using GraphQL.Types;
using Timebank.Domain.Directory;

namespace Timebank.Api.Features.Directory.Taxonomies;

/// <summary>A term of a taxonomy the directory classifies services by; its orukId is what filters take.</summary>
public sealed class TaxonomyTermType : ObjectGraphType<TaxonomyTerm>
{
    public TaxonomyTermType()
    {
        Name = "TaxonomyTerm";
        Field<NonNullGraphType<StringGraphType>>("orukId").Description("The term's ORUK id (a UUID).").Resolve(c => c.Source.Id.Value.ToString());
        Field(t => t.Name);
        Field(t => t.Description);
        Field<StringGraphType>("taxonomy").Resolve(c => c.Source.TaxonomyName);
        Field(t => t.TermUri, nullable: true);
    }
}
