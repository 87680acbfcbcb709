using GraphQL.Types;
using Timebank.Api.Features.Brokerage.Brokers;
using Timebank.Api.Features.Brokerage.Requests;
using Timebank.Api.Features.Brokerage.Settings;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Domain.Brokerage;

namespace Timebank.Api.Features.Brokerage.Reports;

public sealed class BrokerageReportType : ObjectGraphType<BrokerageReport>
{
    public BrokerageReportType()
    {
        Name = "BrokerageReport";
        Description = "Where supply runs out, and which safeguarding checks to renew.";
        Field<NonNullGraphType<BrokerageSettingsType>>("settings").Resolve(c => c.Source.Settings);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnansweredRequestType>>>>("unansweredRequests").Resolve(c => c.Source.Unanswered);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ThinSupplyType>>>>("thinAreas").Description("Postcode districts asked for where fewer than two brokers take requests.").Resolve(c => c.Source.ThinAreas);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ThinSupplyType>>>>("thinLanguages").Resolve(c => c.Source.ThinLanguages);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExpiringCheckType>>>>("checksToRenew").Resolve(c => c.Source.ChecksToRenew);
    }
}

public sealed class UnansweredRequestType : ObjectGraphType<UnansweredRequest>
{
    public UnansweredRequestType()
    {
        Name = "UnansweredBrokerageRequest";
        Field<NonNullGraphType<BrokerageRequestType>>("request").Resolve(c => c.Service<BrokerageRequestLoader>().Load(c.Source.RequestId));
        Field<NonNullGraphType<StringGraphType>>("area").Resolve(c => c.Source.Area.Value);
        Field<StringGraphType>("language").Resolve(c => c.Source.Language?.Value);
        Field(u => u.DaysWaiting);
        Field(u => u.Invited);
        Field(u => u.Declined);
    }
}

public sealed class ThinSupplyType : ObjectGraphType<ThinSupply>
{
    public ThinSupplyType()
    {
        Name = "ThinBrokerSupply";
        Field(t => t.Value).Description("The postcode district or language code.");
        Field(t => t.MatchingBrokers);
        Field(t => t.Requests);
    }
}

public sealed class ExpiringCheckType : ObjectGraphType<ExpiringCheck>
{
    public ExpiringCheckType()
    {
        Name = "ExpiringSafeguardingCheck";
        Field<NonNullGraphType<BrokerProfileType>>("broker").Resolve(c => c.Service<ByIdLoader<BrokerProfile>>().Load(c.Source.ProfileId));
        Field<NonNullGraphType<LocalDateGraphType>>("expiresOn").Resolve(c => c.Source.ExpiresOn);
        Field(e => e.DaysLeft).Description("Negative: lapsed that many days ago.");
        Field(e => e.HasLapsed);
    }
}
