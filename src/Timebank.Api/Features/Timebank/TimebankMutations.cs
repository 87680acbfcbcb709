using GraphQL.Types;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

public sealed class RecordExchangeInputType : InputObjectGraphType<RecordExchangeInput>
{
    public RecordExchangeInputType()
    {
        Name = "RecordExchangeInput";
        Field<NonNullGraphType<IdGraphType>>("organisationId");
        Field<NonNullGraphType<IdGraphType>>("giverId").Description("Who gave the help (earns the hours).");
        Field<NonNullGraphType<IdGraphType>>("receiverId").Description("Who received it (spends the hours).");
        Field(i => i.Minutes).Description("Whole minutes: 90 is an hour and a half.");
        Field(i => i.Description);
        Field<IdGraphType>("categoryId");
        Field<NonNullGraphType<LocalDateGraphType>>("date").Description("The day the help was given (not in the future).");
        Field<NonNullGraphType<StringGraphType>>("idempotencyKey").Description(IdempotencyText);
    }

    internal const string IdempotencyText = "Chosen by the client, e.g. a UUID: sending the same request again with it returns the first outcome instead of moving hours twice.";
}

public sealed class RecordGroupExchangeInputType : InputObjectGraphType<RecordGroupExchangeInput>
{
    public RecordGroupExchangeInputType()
    {
        Name = "RecordGroupExchangeInput";
        Field<NonNullGraphType<IdGraphType>>("organisationId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("giverIds");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("receiverIds");
        Field(i => i.Minutes).Description("Minutes for each giver–receiver pair.");
        Field(i => i.Description);
        Field<IdGraphType>("categoryId");
        Field<NonNullGraphType<LocalDateGraphType>>("date");
        Field<NonNullGraphType<StringGraphType>>("idempotencyKey").Description(RecordExchangeInputType.IdempotencyText);
    }
}

public sealed class ConfirmExchangeInputType : InputObjectGraphType<ConfirmExchangeInput>
{
    public ConfirmExchangeInputType()
    {
        Name = "ConfirmExchangeInput";
        Field<NonNullGraphType<IdGraphType>>("exchangeId");
        Field(i => i.Minutes, nullable: true).Description("Confirm fewer minutes than recorded; the rest is released.");
        Field<NonNullGraphType<StringGraphType>>("idempotencyKey").Description(RecordExchangeInputType.IdempotencyText);
    }
}

public sealed class DeclineExchangeInputType : InputObjectGraphType<DeclineExchangeInput>
{
    public DeclineExchangeInputType()
    {
        Name = "DeclineExchangeInput";
        Field<NonNullGraphType<IdGraphType>>("exchangeId");
        Field<NonNullGraphType<StringGraphType>>("idempotencyKey").Description(RecordExchangeInputType.IdempotencyText);
    }
}

public sealed class DonateHoursInputType : InputObjectGraphType<DonateHoursInput>
{
    public DonateHoursInputType()
    {
        Name = "DonateHoursInput";
        Field<NonNullGraphType<IdGraphType>>("organisationId");
        Field(i => i.Minutes);
        Field(i => i.Note, nullable: true);
        Field<NonNullGraphType<StringGraphType>>("idempotencyKey").Description(RecordExchangeInputType.IdempotencyText);
    }
}

public sealed class GrantHoursInputType : InputObjectGraphType<GrantHoursInput>
{
    public GrantHoursInputType()
    {
        Name = "GrantHoursInput";
        Field<NonNullGraphType<IdGraphType>>("organisationId");
        Field<NonNullGraphType<IdGraphType>>("memberId");
        Field(i => i.Minutes);
        Field(i => i.Reason);
        Field<NonNullGraphType<StringGraphType>>("idempotencyKey").Description(RecordExchangeInputType.IdempotencyText);
    }
}

public sealed class ReverseTransferInputType : InputObjectGraphType<ReverseTransferInput>
{
    public ReverseTransferInputType()
    {
        Name = "ReverseTransferInput";
        Field<NonNullGraphType<IdGraphType>>("transferId").Description("A transfer that moved hours (an exchange's postedTransfer).");
        Field(i => i.Reason);
        Field<NonNullGraphType<StringGraphType>>("idempotencyKey").Description(RecordExchangeInputType.IdempotencyText);
    }
}

public sealed class SetBalanceLimitsInputType : InputObjectGraphType<SetBalanceLimitsInput>
{
    public SetBalanceLimitsInputType()
    {
        Name = "SetBalanceLimitsInput";
        Description = "All four limits are set together; leave one out (null) for no limit.";
        Field<NonNullGraphType<IdGraphType>>("accountId");
        Field(i => i.Floor, nullable: true).Description("Hard floor, e.g. -600 for ten hours of debit.");
        Field(i => i.Ceiling, nullable: true);
        Field(i => i.WarnBelow, nullable: true).Description("Soft floor: warn when the available balance goes under it.");
        Field(i => i.WarnAbove, nullable: true);
    }
}

public sealed class ConfigureTimebankInputType : InputObjectGraphType<ConfigureTimebankInput>
{
    public ConfigureTimebankInputType()
    {
        Name = "ConfigureTimebankInput";
        Description = "Only what is sent changes: a field left out keeps its value; a limit sent as null is cleared (no limit).";
        Field<NonNullGraphType<IdGraphType>>("organisationId");
        Field<LongGraphType>("memberFloor").Description("Floor for member accounts opened from now on.");
        Field<LongGraphType>("memberCeiling");
        Field<LongGraphType>("memberWarnBelow");
        Field<LongGraphType>("memberWarnAbove");
        Field<IntGraphType>("confirmationDays").Description("1 to 90 days; left out or null keeps the current window.");
        Field<TimeZoneGraphType>("timeZone").Description("Left out or null keeps the current zone.");
    }

    // The default binding cannot tell a field left out from an explicit null; this reads what was sent.
    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        static long? Minutes(object? v) => v is null ? null : Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture);
        return new ConfigureTimebankInput(
            (string)value["organisationId"]!,
            Given<long?>.From(value, "memberFloor", Minutes),
            Given<long?>.From(value, "memberCeiling", Minutes),
            Given<long?>.From(value, "memberWarnBelow", Minutes),
            Given<long?>.From(value, "memberWarnAbove", Minutes),
            value.TryGetValue("confirmationDays", out var days) && days is not null ? Convert.ToInt32(days, System.Globalization.CultureInfo.InvariantCulture) : null,
            value.TryGetValue("timeZone", out var zone) ? zone as NodaTime.DateTimeZone : null);
    }
}

public sealed class AddAssistedMemberInputType : InputObjectGraphType<AddAssistedMemberInput>
{
    public AddAssistedMemberInputType()
    {
        Name = "AddAssistedMemberInput";
        Field<NonNullGraphType<IdGraphType>>("organisationId");
        Field(i => i.DisplayName);
    }
}

public sealed class CreateCategoryInputType : InputObjectGraphType<CreateCategoryInput>
{
    public CreateCategoryInputType()
    {
        Name = "CreateCategoryInput";
        Field<NonNullGraphType<IdGraphType>>("organisationId");
        Field(i => i.Name);
    }
}

public sealed class UpdateCategoryInputType : InputObjectGraphType<UpdateCategoryInput>
{
    public UpdateCategoryInputType()
    {
        Name = "UpdateCategoryInput";
        Field<NonNullGraphType<IdGraphType>>("categoryId");
        Field(i => i.Name, nullable: true);
        Field(i => i.Active, nullable: true);
    }
}

public sealed class PostListingInputType : InputObjectGraphType<PostListingInput>
{
    public PostListingInputType()
    {
        Name = "PostListingInput";
        Field<NonNullGraphType<IdGraphType>>("organisationId");
        Field(i => i.Title);
        Field(i => i.Details, nullable: true);
        Field<IdGraphType>("categoryId");
        Field(i => i.Area, nullable: true);
    }
}

public sealed class WithdrawListingInputType : InputObjectGraphType<WithdrawListingInput>
{
    public WithdrawListingInputType()
    {
        Name = "WithdrawListingInput";
        Field<NonNullGraphType<IdGraphType>>("listingId");
    }
}

public sealed class ExchangePayloadType : PayloadType<ExchangesRecorded>
{
    public ExchangePayloadType()
        : base("ExchangePayload")
    {
        Description = "The exchange (or, for a group, every exchange) and any soft-limit warnings.";
        Field<ExchangeType>("exchange")
            .Resolve(c => c.Source.Result is { ExchangeIds.Count: > 0 } result ? c.Service<ByIdLoader<Exchange>>().Load(result.ExchangeIds[0]) : null);
        Field<ListGraphType<NonNullGraphType<ExchangeType>>>("exchanges")
            .Resolve(c => c.Source.Result?.ExchangeIds.Select(id => c.Service<ByIdLoader<Exchange>>().Load(id)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BalanceWarningType>>>>("warnings")
            .Resolve(c => (object?)c.Source.Result?.Warnings ?? Array.Empty<BalanceWarning>());
    }
}

public sealed class TimebankMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        Exchanging<RecordExchangeInputType, RecordExchangeInput>(mutation, "recordExchange",
            "Records help given. Posted at once when the receiver or a coordinator records it; held for the receiver's confirmation when the giver does.",
            (s, i, ct) => s.RecordExchangeAsync(i, ct));
        Exchanging<RecordGroupExchangeInputType, RecordGroupExchangeInput>(mutation, "recordGroupExchange",
            "One session given to many members, or many giving to one: all exchanges are posted together or none is.",
            (s, i, ct) => s.RecordGroupExchangeAsync(i, ct));
        Exchanging<ConfirmExchangeInputType, ConfirmExchangeInput>(mutation, "confirmExchange",
            "The receiver (or a coordinator) confirms an exchange the giver recorded; its hours move.",
            (s, i, ct) => s.ConfirmExchangeAsync(i, ct));
        Exchanging<DeclineExchangeInputType, DeclineExchangeInput>(mutation, "declineExchange",
            "The receiver declines, or the giver withdraws, an exchange awaiting confirmation; the held hours are released.",
            (s, i, ct) => s.DeclineExchangeAsync(i, ct));
        Exchanging<DonateHoursInputType, DonateHoursInput>(mutation, "donateHours",
            "Gives some of your hours to the timebank's pool.",
            (s, i, ct) => s.DonateHoursAsync(i, ct));
        Exchanging<GrantHoursInputType, GrantHoursInput>(mutation, "grantHours",
            "Coordinators: gives a member hours from the pool.",
            (s, i, ct) => s.GrantHoursAsync(i, ct));
        Exchanging<ReverseTransferInputType, ReverseTransferInput>(mutation, "reverseTransfer",
            "Coordinators: undoes a transfer with a new one the other way (the journal is never edited).",
            (s, i, ct) => s.ReverseTransferAsync(i, ct));

        Plain<ResultPayloadType<Account, AccountType>, SetBalanceLimitsInputType, SetBalanceLimitsInput, Account>(mutation, "setBalanceLimits",
            "Coordinators: sets an account's floor, ceiling and soft limits; refused if its balance already lies outside them.",
            async (s, i, c) =>
            {
                var changed = await s.SetBalanceLimitsAsync(i, c.CancellationToken);
                return (await c.Service<ByIdLoader<Account>>().LoadAsync(changed.AccountId, c.CancellationToken))!;
            });
        Plain<ResultPayloadType<TimebankSettings, TimebankType>, ConfigureTimebankInputType, ConfigureTimebankInput, TimebankSettings>(mutation, "configureTimebank",
            "Coordinators: default limits for new member accounts, the confirmation window and the time zone.",
            (s, i, c) => s.ConfigureAsync(i, c.CancellationToken));
        Plain<ResultPayloadType<Member, MemberType>, AddAssistedMemberInputType, AddAssistedMemberInput, Member>(mutation, "addAssistedMember",
            "Coordinators: adds someone without email or internet; coordinators then record their exchanges.",
            (s, i, c) => s.AddAssistedMemberAsync(i, c.CancellationToken));
        Plain<ResultPayloadType<Category, CategoryType>, CreateCategoryInputType, CreateCategoryInput, Category>(mutation, "createCategory",
            "Coordinators: a new category for exchanges and listings.", (s, i, c) => s.CreateCategoryAsync(i, c.CancellationToken));
        Plain<ResultPayloadType<Category, CategoryType>, UpdateCategoryInputType, UpdateCategoryInput, Category>(mutation, "updateCategory",
            "Coordinators: renames a category or retires it.", (s, i, c) => s.UpdateCategoryAsync(i, c.CancellationToken));
        Plain<ResultPayloadType<Listing, ListingType>, PostListingInputType, PostListingInput, Listing>(mutation, "postOffer",
            "Offers help to the timebank.", (s, i, c) => s.PostListingAsync(ListingKind.Offer, i, c.CancellationToken));
        Plain<ResultPayloadType<Listing, ListingType>, PostListingInputType, PostListingInput, Listing>(mutation, "postRequest",
            "Asks the timebank for help.", (s, i, c) => s.PostListingAsync(ListingKind.Request, i, c.CancellationToken));
        Plain<ResultPayloadType<Listing, ListingType>, WithdrawListingInputType, WithdrawListingInput, Listing>(mutation, "withdrawListing",
            "Takes down your own offer or request (coordinators: anyone's).", (s, i, c) => s.WithdrawListingAsync(i, c.CancellationToken));
    }

    private static void Exchanging<TInputType, TInput>(ObjectGraphType mutation, string name, string description,
        Func<TimebankService, TInput, CancellationToken, Task<ExchangesRecorded>> run)
        where TInputType : IInputObjectGraphType
        => Plain<ExchangePayloadType, TInputType, TInput, ExchangesRecorded>(mutation, name, description, (s, i, c) => run(s, i, c.CancellationToken));

    private static void Plain<TPayloadType, TInputType, TInput, TResult>(ObjectGraphType mutation, string name, string description,
        Func<TimebankService, TInput, global::GraphQL.IResolveFieldContext, Task<TResult>> run)
        where TPayloadType : IGraphType
        where TInputType : IInputObjectGraphType
        where TResult : class
        => mutation.Field<NonNullGraphType<TPayloadType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input")
            .RequireAuthentication()
            .ResolveAsync(async c => await Mutations.RunAsync(c, () => run(c.Service<TimebankService>(), c.Input<TInput>(), c)));
}
