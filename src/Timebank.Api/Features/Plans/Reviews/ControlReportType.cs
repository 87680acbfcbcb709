using GraphQL;
using GraphQL.Types;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Domain.Members;
using Timebank.Domain.Plans.Reviews;

namespace Timebank.Api.Features.Plans.Reviews;

/// <summary>The control report: aggregate figures only, never a review's notes or the person's words.</summary>
public sealed class ControlReportType : ObjectGraphType<ControlReport>
{
    public ControlReportType()
    {
        Name = "ControlReport";
        Field(r => r.From);
        Field(r => r.To);
        Field<NonNullGraphType<IntGraphType>>("peopleReviewed").Resolve(c => c.Source.People.Count);
        Field(r => r.Reviews).Description("Reviews held in the range.");
        Field<NonNullGraphType<RatingAverageType>>("firstRatings").Description("Each person's first rating in the range.").Resolve(c => c.Source.FirstRatings);
        Field<NonNullGraphType<RatingAverageType>>("latestRatings").Description("Each person's latest rating in the range.").Resolve(c => c.Source.LatestRatings);
        Field<NonNullGraphType<ShareType>>("decidingThemselvesFirst").Description("People who said at their first review in the range that they make the decisions.").Resolve(c => c.Source.ThemselvesFirst);
        Field<NonNullGraphType<ShareType>>("decidingThemselvesLatest").Description("The same at their latest review in the range.").Resolve(c => c.Source.ThemselvesLatest);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonControlType>>>>("people").Description($"Per person reviewed in the range (a report covers at most {ControlReport.MaxDays} days).")
            .WithComplexityImpact(1, 1).Resolve(c => c.Source.People);
    }
}

public sealed class PersonControlType : ObjectGraphType<PersonControl>
{
    public PersonControlType()
    {
        Name = "PersonControl";
        Field<NonNullGraphType<MemberType>>("person").Resolve(c => c.Service<ByIdLoader<Member>>().Load(c.Source.Person));
        Field(p => p.Reviews);
        Field<NonNullGraphType<IntGraphType>>("firstRating").Resolve(c => c.Source.FirstRating.Value);
        Field<NonNullGraphType<IntGraphType>>("latestRating").Resolve(c => c.Source.LatestRating.Value);
        Field<NonNullGraphType<DecisionMakerType>>("firstDecides").Resolve(c => c.Source.FirstDecides);
        Field<NonNullGraphType<DecisionMakerType>>("latestDecides").Resolve(c => c.Source.LatestDecides);
    }
}

public sealed class RatingAverageType : ObjectGraphType<Average>
{
    public RatingAverageType()
    {
        Name = "RatingAverage";
        Field(a => a.Total).Description("The ratings added up.");
        Field(a => a.Of).Description("How many ratings.");
        Field<DecimalGraphType>("average").Description("Total over of, to two places; null when there are none.").Resolve(c => c.Source.Value);
    }
}

public sealed class ShareType : ObjectGraphType<Share>
{
    public ShareType()
    {
        Name = "Share";
        Field(s => s.Count);
        Field(s => s.Of);
        Field<NonNullGraphType<IntGraphType>>("percent").Description("Count over of as a whole percentage; 0 when of is 0.").Resolve(c => c.Source.Percent);
    }
}
