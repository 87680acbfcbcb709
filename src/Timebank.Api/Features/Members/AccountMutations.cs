using GraphQL.Types;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Scalars;

namespace Timebank.Api.Features.Members;

public sealed class SignedInPayloadType : PayloadType<SignedIn>
{
    public SignedInPayloadType()
        : base("SignedInPayload")
    {
        Description = "The member and a bearer token to send as 'Authorization: Bearer <token>'.";
        Result<MemberType>("member", r => r.Member);
        Result<StringGraphType>("token", r => r.Token.Token);
        Result<InstantGraphType>("expiresAt", r => r.Token.ExpiresAt);
    }
}

public sealed class AccountMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SignedInPayloadType>>("signUp")
            .Description("Creates an account with email and password and signs it in.")
            .Argument<NonNullGraphType<SignUpInputType>>("input")
            .ResolveAsync(async context => await Mutations.RunAsync(context,
                () => context.Service<AccountService>().SignUpAsync(context.Input<SignUpInput>(), context.CancellationToken)));

        mutation.Field<NonNullGraphType<SignedInPayloadType>>("signIn")
            .Description("Exchanges email and password for a bearer token. Attempts are rate limited per account and per address.")
            .Argument<NonNullGraphType<SignInInputType>>("input")
            .ResolveAsync(async context => await Mutations.RunAsync(context,
                () => context.Service<AccountService>().SignInAsync(context.Input<SignInInput>(), context.CancellationToken)));
    }
}
