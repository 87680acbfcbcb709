using GraphQL.Types;
using NodaTime;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

public sealed class CategoryTotalType : ObjectGraphType<CategoryTotal>
{
    public CategoryTotalType()
    {
        Name = "CategoryTotal";
        Field<CategoryType>("category").Description("Null for exchanges without a category.")
            .Resolve(c => c.Source.CategoryId is { } id ? c.Service<ByIdLoader<Category>>().Load(id) : null);
        Field(t => t.ExchangeCount);
        Field<NonNullGraphType<LongGraphType>>("minutes").Resolve(c => c.Source.Minutes);
    }
}

public sealed class MonthTotalType : ObjectGraphType<MonthTotal>
{
    public MonthTotalType()
    {
        Name = "MonthTotal";
        Description = "Confirmed exchanges given in one calendar month of the report's range.";
        Field(t => t.Month, type: typeof(NonNullGraphType<Platform.GraphQL.Scalars.LocalDateGraphType>)).Description("The month's first day.");
        Field(t => t.ExchangeCount);
        Field<NonNullGraphType<LongGraphType>>("minutes").Resolve(c => c.Source.Minutes);
    }
}
