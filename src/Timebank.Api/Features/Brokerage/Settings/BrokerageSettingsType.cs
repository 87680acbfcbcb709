using GraphQL.Types;
using Timebank.Domain.Brokerage;

namespace Timebank.Api.Features.Brokerage.Settings;

public sealed class BrokerageSettingsType : ObjectGraphType<BrokerageSettings>
{
    public BrokerageSettingsType()
    {
        Name = "BrokerageSettings";
        Field(s => s.GrantFromPool).Description("The pool pays the hours of people who cannot pay them themselves. Off by default.");
        Field(s => s.UnansweredAfterDays).Description("A request with no accepted broker after this many days is in the report (7 by default).");
        Field(s => s.CheckExpiryWarningDays).Description("Checks expiring within this many days are listed (30 by default).");
    }
}

public sealed class ConfigureBrokerageInputType : InputObjectGraphType<ConfigureBrokerageInput>
{
    public ConfigureBrokerageInputType()
    {
        Name = "ConfigureBrokerageInput";
        Description = "Only what is sent changes.";
        Field<NonNullGraphType<IdGraphType>>("organisationId");
        Field<BooleanGraphType>("grantFromPool");
        Field<IntGraphType>("unansweredAfterDays").Description("1 to 90.");
        Field<IntGraphType>("checkExpiryWarningDays").Description("1 to 365.");
    }
}

public sealed class BrokerageSettingsMutations : Platform.GraphQL.IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
        => BrokerageMutationField.Add<Platform.GraphQL.Errors.ResultPayloadType<BrokerageSettings, BrokerageSettingsType>, ConfigureBrokerageInputType, ConfigureBrokerageInput, BrokerageSettings, BrokerageSettingsService>(
            mutation, "configureBrokerage", "Coordinators: the brokerage grant from the pool, and the report's windows.", (s, i, ct) => s.ConfigureAsync(i, ct));
}
